/// The labels each known word (lowercased) took in training, as one hash per word: its "ambiguity class".
///
/// Features over the ambiguity classes of the following words let a left-to-right tagger see what is coming.
struct TaggerLexicon: Sendable {
    /// Lowercased word-form hashes, in row order.
    let keys: [UInt64]
    /// Hash of the set of labels of each word.
    let classSets: [UInt64]
    private let index: FeatureIndex

    /// The ambiguity class of words not in the lexicon.
    static let unknown: UInt64 = 0x5eed_0000_0000_0001
    /// The ambiguity class of words seen too rarely to have a reliable one.
    static let rare: UInt64 = 0x5eed_0000_0000_0002
    /// The word and lowercase value of words never seen in training (and of rare words dropped out in training).
    static let unknownWord: UInt64 = 0x5eed_0000_0000_0003

    init(keys: [UInt64], classSets: [UInt64]) {
        self.keys = keys
        self.classSets = classSets
        var index = FeatureIndex(capacity: keys.count)
        for key in keys { _ = index.rowInserting(key) }
        self.index = index
    }

    /// The ambiguity class of a lowercased word hash, or nil for a word never seen in training.
    @inline(__always)
    func classSet(of lowerHash: UInt64) -> UInt64? {
        let row = index.row(of: lowerHash)
        return row < 0 ? nil : classSets[Int(row)]
    }

    /// Builds the lexicon from (lowercased hash, class) observations: every word; those seen at least
    /// `minimumCount` times get the set of labels that make up at least `minimumShare` of their occurrences.
    static func build(_ observations: [(UInt64, Int)], minimumCount: Int, minimumShare: Double) -> TaggerLexicon {
        var counts: [UInt64: [Int: Int]] = [:]
        for (word, label) in observations { counts[word, default: [:]][label, default: 0] += 1 }
        var entries: [(UInt64, UInt64)] = []
        for (word, byLabel) in counts {
            let total = byLabel.values.reduce(0, +)
            guard total >= minimumCount else {
                entries.append((word, rare))
                continue
            }
            var set = FeatureHashing.fnvOffset
            for label in byLabel.keys.sorted() where Double(byLabel[label] ?? 0) >= minimumShare * Double(total) {
                set = FeatureHashing.combine(set, UInt64(label))
            }
            entries.append((word, set))
        }
        entries.sort { $0.0 < $1.0 }
        return TaggerLexicon(keys: entries.map(\.0), classSets: entries.map(\.1))
    }
}
