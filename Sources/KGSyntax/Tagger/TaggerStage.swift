import KGText

/// One greedy pass of the tagger: weights, tag dictionary and lexicon, reading the sentence left to right or
/// (for the first of two passes) right to left. A later pass also sees the classes an earlier pass predicted
/// ("lookahead"), so it knows about the words to its right.
struct TaggerStage: Sendable {
    /// Whether this pass reads the sentence from its last word to its first.
    let reversed: Bool
    /// Replaced by an ensemble's mean after training.
    var weights: SparseLinearModel
    /// Exact word-form hashes of the tag dictionary, in row order, and the class of each.
    let dictionaryKeys: [UInt64]
    let dictionaryClasses: [UInt16]
    let lexicon: TaggerLexicon
    /// Word classes read as features (shared by the tagger's passes and stored once in its file, so set after
    /// reading the passes), or nil.
    var clusters: WordClusters?
    private let dictionaryIndex: FeatureIndex

    init(reversed: Bool, weights: SparseLinearModel, dictionaryKeys: [UInt64], dictionaryClasses: [UInt16],
         lexicon: TaggerLexicon, clusters: WordClusters? = nil) {
        self.reversed = reversed
        self.clusters = clusters
        self.weights = weights
        self.dictionaryKeys = dictionaryKeys
        self.dictionaryClasses = dictionaryClasses
        self.lexicon = lexicon
        var index = FeatureIndex(capacity: dictionaryKeys.count)
        for key in dictionaryKeys { _ = index.rowInserting(key) }
        dictionaryIndex = index
    }

    /// The tag-dictionary class of a word hash, or nil.
    @inline(__always)
    func dictionaryClass(of wordHash: UInt64) -> Int? {
        let row = dictionaryIndex.row(of: wordHash)
        return row < 0 ? nil : Int(dictionaryClasses[Int(row)])
    }

    /// The class of each word, in sentence order; `lookahead` holds an earlier pass's classes (or is empty).
    func predict(_ words: [Word], lookahead: [Int32]) -> [Int32] {
        let tokens = TaggerFeatures.tokens(for: words, lexicon: lexicon, clusters: clusters, reversed: reversed)
        let clustered = clusters != nil
        let look = reversed ? Array(lookahead.reversed()) : lookahead
        var result = [Int32](repeating: 0, count: words.count)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.maximumCount)
        var scores = [Float](repeating: 0, count: weights.classCount)
        tokens.withUnsafeBufferPointer { tokenBuffer in
            look.withUnsafeBufferPointer { lookBuffer in
                keys.withUnsafeMutableBufferPointer { keyBuffer in
                    scores.withUnsafeMutableBufferPointer { scoreBuffer in
                        var previous = -1
                        var beforePrevious = -2
                        for i in 0..<words.count {
                            let guess: Int
                            if let known = dictionaryClass(of: tokenBuffer[i + 2].word) {
                                guess = known
                            } else {
                                let count = TaggerFeatures.extract(
                                    tokenBuffer, position: i, previous: previous, beforePrevious: beforePrevious,
                                    lookahead: lookBuffer, clustered: clustered, into: keyBuffer)
                                for c in 0..<scoreBuffer.count { scoreBuffer[c] = 0 }
                                weights.addScores(UnsafeBufferPointer(keyBuffer), count: count, into: scoreBuffer)
                                var best = 0
                                for c in 1..<scoreBuffer.count where scoreBuffer[c] > scoreBuffer[best] { best = c }
                                guess = best
                            }
                            result[i] = Int32(guess)
                            beforePrevious = previous
                            previous = guess
                        }
                    }
                }
            }
        }
        return reversed ? result.reversed() : result
    }

    /// Appends the stage to a model file.
    func write(to writer: inout ModelFileWriter) {
        writer.write(UInt8(reversed ? 1 : 0))
        writer.writeArray(dictionaryKeys)
        writer.writeArray(dictionaryClasses)
        writer.writeArray(lexicon.keys)
        writer.writeArray(lexicon.classSets)
        weights.write(to: &writer)
    }

    /// Reads a stage written by `write(to:)` (without word classes: the tagger file sets `clusters`).
    static func read(from reader: inout ModelFileReader, classCount: Int) throws -> TaggerStage {
        let direction: UInt8 = try reader.readInteger()
        guard direction <= 1 else { throw reader.invalid("unknown tagging direction \(direction)") }
        let keys: [UInt64] = try reader.readArray()
        let classes: [UInt16] = try reader.readArray(expectedCount: keys.count)
        guard classes.allSatisfy({ Int($0) < classCount }), Set(keys).count == keys.count, !keys.contains(0)
        else { throw reader.invalid("inconsistent tag dictionary") }
        let lexiconKeys: [UInt64] = try reader.readArray()
        let lexiconSets: [UInt64] = try reader.readArray(expectedCount: lexiconKeys.count)
        guard Set(lexiconKeys).count == lexiconKeys.count, !lexiconKeys.contains(0) else {
            throw reader.invalid("inconsistent lexicon")
        }
        let weights = try SparseLinearModel.read(from: &reader, classCount: classCount)
        return TaggerStage(reversed: direction == 1, weights: weights, dictionaryKeys: keys,
                           dictionaryClasses: classes, lexicon: TaggerLexicon(keys: lexiconKeys, classSets: lexiconSets))
    }
}
