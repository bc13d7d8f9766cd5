import Foundation
import KGText

/// Word classes learnt from unlabeled news: words that are followed by the same words fall into the same
/// class ("gazprom", "rosneft" and "lukoil"; "tuesday" and "friday"), at two granularities (a coarse and a fine
/// partition). A feature that generalises past the labelled data the way Brown clusters do (Koo, Carreras &
/// Collins 2008; Turian, Ratinov & Bengio 2010): a name never seen in training still has the class of the names
/// like it.
///
/// Learnt by the predictive exchange algorithm (Uszkoreit & Brants 2008): each word is moved, in turn, to the
/// class that most raises the likelihood of the corpus under a class-to-word bigram model, until a pass moves
/// few words. Deterministic: words are visited by frequency, ties go to the lower class, and nothing is random.
public struct WordClusters: Sendable, Equatable {
    /// Lower-cased form hashes (as `TaggerToken.lower`), sorted, with their packed classes.
    let keys: [UInt64]
    /// `coarse << 16 | fine`, each 1-based.
    let values: [UInt32]
    /// Row of each key, which is its index in `keys` (an open-addressing table: no hashing work per lookup).
    private let index: FeatureIndex

    /// Keys are distinct and never 0 (an empty slot of the table): `build` hashes words, `read` checks.
    init(keys: [UInt64], values: [UInt32]) {
        self.keys = keys
        self.values = values
        var index = FeatureIndex(capacity: keys.count)
        for key in keys { _ = index.rowInserting(key) }
        self.index = index
    }

    /// Number of words with a class.
    public var count: Int { keys.count }

    /// Same words in the same classes (the lookup table is derived from them).
    public static func == (a: WordClusters, b: WordClusters) -> Bool {
        a.keys == b.keys && a.values == b.values
    }

    /// The classes of a word form, compared lower-cased as the tagger reads it (`coarse << 16 | fine`, each
    /// 1-based; 0 when the word has none).
    @inline(__always)
    func classes(ofForm form: String) -> UInt32 {
        classes(ofLowercased: FeatureHashing.hashLowercased(FormNormalizer.normalized(form)))
    }

    /// The packed classes of a lower-cased form hash (`coarse << 16 | fine`, 0 when the word has none).
    @inline(__always)
    func classes(ofLowercased key: UInt64) -> UInt32 {
        let row = index.row(of: key)
        return row < 0 ? 0 : values[Int(row)]
    }

    /// What one pass of the exchange algorithm did.
    public struct PassReport: Sendable {
        /// Classes of the partition being learnt.
        public var classCount: Int
        /// 1-based pass number.
        public var pass: Int
        /// Words that changed class.
        public var moved: Int
        /// Log-likelihood of the corpus under the class bigram model, per token.
        public var logLikelihoodPerToken: Double
    }

    /// Learns classes for every word seen at least `minimumCount` times in `sentences` (plain word forms in text
    /// order; compared lower-cased, as the taggers' features do).
    public static func build(
        sentences: [[String]], minimumCount: Int = 3, coarse: Int = 64, fine: Int = 512, passes: Int = 12,
        progress: (PassReport) -> Void = { _ in }
    ) -> WordClusters {
        let corpus = Corpus(sentences: sentences, minimumCount: minimumCount)
        let coarseClasses = corpus.exchange(classCount: coarse, passes: passes, progress: progress)
        let fineClasses = corpus.exchange(classCount: fine, passes: passes, progress: progress)
        var packed: [(UInt64, UInt32)] = []
        // A word whose hash is 0 (never seen; 0 marks an empty slot of the lookup table) gets no class.
        for id in Corpus.firstWord..<corpus.vocabulary.count where corpus.vocabulary[id] != 0 {
            packed.append((corpus.vocabulary[id], UInt32(coarseClasses[id] + 1) << 16 | UInt32(fineClasses[id] + 1)))
        }
        packed.sort { $0.0 < $1.0 }
        return WordClusters(keys: packed.map(\.0), values: packed.map(\.1))
    }

    /// Appends the classes to a model file being written.
    func write(to writer: inout ModelFileWriter) {
        writer.writeArray(keys)
        writer.writeArray(values)
    }

    /// Reads classes written by `write(to:)`.
    static func read(from reader: inout ModelFileReader) throws -> WordClusters {
        let keys: [UInt64] = try reader.readArray()
        let values: [UInt32] = try reader.readArray(expectedCount: keys.count)
        guard keys.first != 0, zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw reader.invalid("word class keys are not sorted, or one is 0")
        }
        return WordClusters(keys: keys, values: values)
    }
}

extension WordClusters {
    /// The corpus as word ids and bigram counts: id 0 is the start of a sentence, id 1 every rare word.
    struct Corpus {
        static let sentenceStart = 0
        static let rare = 1
        static let firstWord = 2

        /// Lower-cased hash of each id (0 for the two pseudo-words).
        var vocabulary: [UInt64] = [0, 0]
        /// Occurrences of each id as the first word of a bigram.
        var predecessorCounts: [Int] = []
        /// Largest number of times any id follows anything (bounds every class-word count).
        var largestCount = 0
        /// Successors of each id, as compressed rows: `successors[rowStart[v]..<rowStart[v + 1]]` with counts.
        var rowStart: [Int] = []
        var successors: [Int32] = []
        var counts: [Int32] = []
        var tokenCount = 0

        init(sentences: [[String]], minimumCount: Int) {
            func key(_ form: String) -> UInt64 { FeatureHashing.hashLowercased(FormNormalizer.normalized(form)) }
            var frequency: [UInt64: Int] = [:]
            for sentence in sentences { for form in sentence { frequency[key(form), default: 0] += 1 } }
            let kept = frequency.filter { $0.value >= minimumCount }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            var idOf: [UInt64: Int32] = [:]
            for (k, _) in kept {
                idOf[k] = Int32(vocabulary.count)
                vocabulary.append(k)
            }
            var bigrams: [UInt64: Int32] = [:]
            var followed = [Int](repeating: 0, count: vocabulary.count)
            for sentence in sentences {
                var previous = Int32(Self.sentenceStart)
                for form in sentence {
                    let id = idOf[key(form)] ?? Int32(Self.rare)
                    bigrams[UInt64(UInt32(previous)) << 32 | UInt64(UInt32(id)), default: 0] += 1
                    followed[Int(id)] += 1
                    previous = id
                    tokenCount += 1
                }
            }
            largestCount = followed.max() ?? 0
            predecessorCounts = [Int](repeating: 0, count: vocabulary.count)
            var rows = [[(Int32, Int32)]](repeating: [], count: vocabulary.count)
            for (pair, n) in bigrams {
                let v = Int(pair >> 32)
                rows[v].append((Int32(truncatingIfNeeded: pair & 0xffff_ffff), n))
                predecessorCounts[v] += Int(n)
            }
            rowStart = [0]
            for v in rows.indices {
                for (w, n) in rows[v].sorted(by: { $0.0 < $1.0 }) {
                    successors.append(w)
                    counts.append(n)
                }
                rowStart.append(successors.count)
            }
        }

        /// Class of every id after the exchange algorithm with `classCount` classes.
        func exchange(classCount k: Int, passes: Int, progress: (PassReport) -> Void) -> [Int] {
            let v = vocabulary.count
            // Start: words by frequency dealt round-robin, so each class begins with frequent and rare words.
            var classOf = (0..<v).map { $0 % k }
            // wordByClass[w * k + c]: how often word w follows a word of class c; classTotal[c]: how often a
            // word of class c is followed by anything.
            var wordByClass = [Int32](repeating: 0, count: v * k)
            var classTotal = [Int](repeating: 0, count: k)
            for p in 0..<v {
                classTotal[classOf[p]] += predecessorCounts[p]
                for j in rowStart[p]..<rowStart[p + 1] { wordByClass[Int(successors[j]) * k + classOf[p]] += counts[j] }
            }
            // x log x for every count a class-word cell can hold.
            let xlogx = (0...largestCount).map { $0 == 0 ? 0.0 : Double($0) * log(Double($0)) }
            func xlogxLarge(_ x: Int) -> Double { x == 0 ? 0 : Double(x) * log(Double(x)) }
            var gain = [Double](repeating: 0, count: k)
            for pass in 1...max(1, passes) {
                var moved = 0
                wordByClass.withUnsafeMutableBufferPointer { cells in
                    xlogx.withUnsafeBufferPointer { f in
                        for p in 0..<v where predecessorCounts[p] > 0 {
                            let old = classOf[p]
                            let row = rowStart[p]..<rowStart[p + 1]
                            // Take the word out of its class.
                            for j in row { cells[Int(successors[j]) * k + old] -= counts[j] }
                            classTotal[old] -= predecessorCounts[p]
                            for c in 0..<k { gain[c] = xlogxLarge(classTotal[c]) - xlogxLarge(classTotal[c] + predecessorCounts[p]) }
                            gain.withUnsafeMutableBufferPointer { g in
                                for j in row {
                                    let n = Int(counts[j])
                                    let base = Int(successors[j]) * k
                                    for c in 0..<k {
                                        let cell = Int(cells[base + c])
                                        g[c] += f[cell + n] - f[cell]
                                    }
                                }
                            }
                            var best = old
                            for c in 0..<k where gain[c] > gain[best] + 1e-9 { best = c }
                            if best != old { moved += 1 }
                            classOf[p] = best
                            for j in row { cells[Int(successors[j]) * k + best] += counts[j] }
                            classTotal[best] += predecessorCounts[p]
                        }
                    }
                }
                var likelihood = 0.0
                for cell in wordByClass where cell > 0 { likelihood += xlogx[Int(cell)] }
                for total in classTotal { likelihood -= xlogxLarge(total) }
                progress(PassReport(classCount: k, pass: pass, moved: moved,
                                    logLikelihoodPerToken: likelihood / Double(max(1, tokenCount))))
                if moved * 1000 < v { break }
            }
            return classOf
        }
    }
}
