import Foundation
import KGText

/// Greedy left-to-right averaged-perceptron tagger predicting UPOS and XPOS jointly (one combined label).
///
/// Frequent unambiguous words are tagged from a tag dictionary without scoring. Thread-safe: tagging only
/// reads the model, so one instance can serve many tasks.
public struct PartOfSpeechTagger: Sendable {
    /// Universal POS tag of each class.
    public let universalTags: [String]
    /// Penn Treebank (XPOS) tag of each class.
    public let pennTags: [String]
    let weights: SparseLinearModel
    /// Exact word-form hashes of the tag dictionary, in row order.
    let dictionaryKeys: [UInt64]
    /// Class of each tag-dictionary entry.
    let dictionaryClasses: [UInt16]
    private let dictionaryIndex: FeatureIndex

    init(universalTags: [String], pennTags: [String], weights: SparseLinearModel, dictionaryKeys: [UInt64],
         dictionaryClasses: [UInt16]) {
        self.universalTags = universalTags
        self.pennTags = pennTags
        self.weights = weights
        self.dictionaryKeys = dictionaryKeys
        self.dictionaryClasses = dictionaryClasses
        var index = FeatureIndex(capacity: dictionaryKeys.count)
        for key in dictionaryKeys { _ = index.rowInserting(key) }
        dictionaryIndex = index
    }

    /// Number of classes (UPOS/XPOS pairs).
    public var classCount: Int { universalTags.count }

    /// Number of non-zero weights kept in the model.
    public var weightCount: Int { weights.entryCount }

    /// Number of word forms tagged straight from the tag dictionary.
    public var dictionaryCount: Int { dictionaryKeys.count }

    /// Fills `upos` and `xpos` of every word of `sentence`.
    public func tag(_ sentence: inout Sentence) {
        tag(&sentence.words)
    }

    /// Fills `upos` and `xpos` of every word, reading only the word forms.
    public func tag(_ words: inout [Word]) {
        let classes = predictClasses(words)
        for i in words.indices {
            words[i].upos = universalTags[classes[i]]
            words[i].xpos = pennTags[classes[i]]
        }
    }

    /// The predicted class of each word.
    func predictClasses(_ words: [Word]) -> [Int] {
        let tokens = TaggerFeatures.tokens(for: words)
        var result = [Int](repeating: 0, count: words.count)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.maximumCount)
        var scores = [Float](repeating: 0, count: classCount)
        tokens.withUnsafeBufferPointer { tokenBuffer in
            keys.withUnsafeMutableBufferPointer { keyBuffer in
                scores.withUnsafeMutableBufferPointer { scoreBuffer in
                    var previous = -1
                    var beforePrevious = -2
                    for i in 0..<words.count {
                        let guess = classify(tokenBuffer, position: i, previous: previous,
                                             beforePrevious: beforePrevious, keys: keyBuffer, scores: scoreBuffer)
                        result[i] = guess
                        beforePrevious = previous
                        previous = guess
                    }
                }
            }
        }
        return result
    }

    /// The tag-dictionary class of a word hash, or nil.
    @inline(__always)
    func dictionaryClass(of wordHash: UInt64) -> Int? {
        let row = dictionaryIndex.row(of: wordHash)
        return row < 0 ? nil : Int(dictionaryClasses[Int(row)])
    }

    @inline(__always)
    private func classify(
        _ tokens: UnsafeBufferPointer<TaggerToken>, position: Int, previous: Int, beforePrevious: Int,
        keys: UnsafeMutableBufferPointer<UInt64>, scores: UnsafeMutableBufferPointer<Float>
    ) -> Int {
        if let known = dictionaryClass(of: tokens[position + 2].word) { return known }
        let count = TaggerFeatures.extract(tokens, position: position, previous: previous,
                                           beforePrevious: beforePrevious, into: keys)
        for c in 0..<scores.count { scores[c] = 0 }
        weights.addScores(UnsafeBufferPointer(keys), count: count, into: scores)
        var best = 0
        var bestScore = scores[0]
        for c in 1..<scores.count where scores[c] > bestScore {
            best = c
            bestScore = scores[c]
        }
        return best
    }
}
