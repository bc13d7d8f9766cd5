/// A set of lowercase words stored as sorted 32-bit hashes: compact enough to ship tens of thousands of
/// words inside the lemmatizer file, and only asked "is this candidate lemma a word?" (a false "yes" has a
/// chance of about one in 60,000 per question for 70,000 words).
struct KnownWords: Sendable, Equatable {
    /// Sorted, distinct hashes.
    let hashes: [UInt32]

    /// The empty set.
    static let empty = KnownWords(sortedHashes: [])

    /// The set of `words` (spelled as given; callers lowercase).
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        hashes = Array(Set(words.map(Self.hash))).sorted()
    }

    /// A set from hashes already sorted and distinct (as read from a model file).
    init(sortedHashes: [UInt32]) {
        hashes = sortedHashes
    }

    /// Whether the hashes are strictly increasing, as a valid file has them.
    var isWellFormed: Bool {
        zip(hashes, hashes.dropFirst()).allSatisfy { $0 < $1 }
    }

    var count: Int { hashes.count }

    /// Whether `word` is (almost certainly) in the set.
    func contains(_ word: String) -> Bool {
        let h = Self.hash(word)
        var low = 0
        var high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < h { low = middle + 1 } else { high = middle }
        }
        return low < hashes.count && hashes[low] == h
    }

    static func hash(_ word: String) -> UInt32 {
        let h = FeatureHashing.hash(word)
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }
}
