import KGText

/// A sentence reduced to the integers the features read: hashed lower-case forms, PTB tags and UPOS tags.
///
/// Position 0 is "no item", 1...n are the words, n + 1 is the artificial root. Hashing each string once per
/// word keeps String work out of the per-transition loop.
struct ParserInput {
    private(set) var count = 0
    private(set) var words: [UInt64] = []
    private(set) var tags: [UInt64] = []
    private(set) var universalTags: [UInt64] = []
    /// Hash of the last three bytes of the lower-cased form (morphology for words the tagger got wrong).
    private(set) var suffixes: [UInt64] = []
    /// Running counts up to and including each position, to tell what lies between two items.
    private(set) var punctuationBefore: [Int] = []
    private(set) var verbsBefore: [Int] = []
    /// Whether the model reads word classes; then `fineClasses` and `coarseClasses` hold each position's
    /// (0 for a word without one; the "no item" and root positions have values of their own).
    private(set) var hasClasses = false
    private(set) var fineClasses: [UInt64] = []
    private(set) var coarseClasses: [UInt64] = []

    static let noneWord = ParserHashing.hash("<NONE>")
    static let rootWord = ParserHashing.hash("<ROOT>")
    static let noneTag = ParserHashing.hash("<NONE-TAG>")
    static let rootTag = ParserHashing.hash("<ROOT-TAG>")

    static let noneClass: UInt64 = 0x1_0001
    static let rootClass: UInt64 = 0x1_0002

    /// Fills the buffers from `words`, reusing their storage; with `clusters`, the words' classes too.
    mutating func load(_ sentence: [Word], clusters: WordClusters? = nil) {
        count = sentence.count
        let size = count + 2
        if self.words.count < size {
            let capacity = max(size, 2 * self.words.count)
            self.words = Array(repeating: 0, count: capacity)
            tags = Array(repeating: 0, count: capacity)
            universalTags = Array(repeating: 0, count: capacity)
            suffixes = Array(repeating: 0, count: capacity)
            punctuationBefore = Array(repeating: 0, count: capacity)
            verbsBefore = Array(repeating: 0, count: capacity)
            fineClasses = Array(repeating: 0, count: capacity)
            coarseClasses = Array(repeating: 0, count: capacity)
        }
        self.words[0] = Self.noneWord
        tags[0] = Self.noneTag
        universalTags[0] = Self.noneTag
        suffixes[0] = Self.noneWord
        punctuationBefore[0] = 0
        verbsBefore[0] = 0
        for (i, word) in sentence.enumerated() {
            self.words[i + 1] = Self.wordHash(word.form)
            let upos = word.upos.isEmpty || word.upos == "_" ? "X" : word.upos
            let xpos = word.xpos.isEmpty || word.xpos == "_" ? upos : word.xpos
            tags[i + 1] = ParserHashing.hash(xpos) &+ 1
            universalTags[i + 1] = ParserHashing.hash(upos) &+ 2
            suffixes[i + 1] = Self.suffixHash(word.form)
            punctuationBefore[i + 1] = punctuationBefore[i] + (upos == "PUNCT" ? 1 : 0)
            verbsBefore[i + 1] = verbsBefore[i] + (upos == "VERB" || upos == "AUX" ? 1 : 0)
        }
        suffixes[count + 1] = Self.rootWord
        punctuationBefore[count + 1] = punctuationBefore[count]
        verbsBefore[count + 1] = verbsBefore[count]
        self.words[count + 1] = Self.rootWord
        tags[count + 1] = Self.rootTag
        universalTags[count + 1] = Self.rootTag
        hasClasses = clusters != nil
        if let clusters {
            fineClasses[0] = Self.noneClass
            coarseClasses[0] = Self.noneClass
            for (i, word) in sentence.enumerated() {
                let packed = clusters.classes(ofForm: word.form)
                fineClasses[i + 1] = UInt64(packed & 0xffff)
                coarseClasses[i + 1] = UInt64(packed >> 16)
            }
            fineClasses[count + 1] = Self.rootClass
            coarseClasses[count + 1] = Self.rootClass
        }
    }

    /// How many punctuation marks (or verbs) lie strictly between positions a < b, capped at 3.
    @inline(__always)
    func between(_ counts: [Int], _ a: Int, _ b: Int) -> UInt64 {
        guard a > 0, b > a + 1 else { return 0 }
        return UInt64(min(counts[b - 1] - counts[a], 3))
    }

    static func suffixHash(_ form: String) -> UInt64 {
        var h = ParserHashing.fnvOffset
        var copy = form
        copy.withUTF8 { bytes in
            for var byte in bytes.suffix(3) {
                if byte >= 65, byte <= 90 { byte += 32 }
                h = (h ^ UInt64(byte)) &* ParserHashing.fnvPrime
            }
        }
        return h &+ 3
    }

    /// Lower-cased form with digits collapsed to 0, so numbers share features.
    static func wordHash(_ form: String) -> UInt64 {
        var h = ParserHashing.fnvOffset
        var copy = form
        copy.withUTF8 { bytes in
            for var byte in bytes {
                if byte >= 65, byte <= 90 { byte += 32 } else if byte >= 48, byte <= 57 { byte = 48 }
                h = (h ^ UInt64(byte)) &* ParserHashing.fnvPrime
            }
        }
        return h == 0 ? 1 : h
    }
}
