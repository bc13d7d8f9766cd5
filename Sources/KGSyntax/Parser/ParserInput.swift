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

    static let noneWord = ParserHashing.hash("<NONE>")
    static let rootWord = ParserHashing.hash("<ROOT>")
    static let noneTag = ParserHashing.hash("<NONE-TAG>")
    static let rootTag = ParserHashing.hash("<ROOT-TAG>")

    /// Fills the buffers from `words`, reusing their storage.
    mutating func load(_ sentence: [Word]) {
        count = sentence.count
        let size = count + 2
        if self.words.count < size {
            let capacity = max(size, 2 * self.words.count)
            self.words = Array(repeating: 0, count: capacity)
            tags = Array(repeating: 0, count: capacity)
            universalTags = Array(repeating: 0, count: capacity)
        }
        self.words[0] = Self.noneWord
        tags[0] = Self.noneTag
        universalTags[0] = Self.noneTag
        for (i, word) in sentence.enumerated() {
            self.words[i + 1] = Self.wordHash(word.form)
            let upos = word.upos.isEmpty || word.upos == "_" ? "X" : word.upos
            let xpos = word.xpos.isEmpty || word.xpos == "_" ? upos : word.xpos
            tags[i + 1] = ParserHashing.hash(xpos) &+ 1
            universalTags[i + 1] = ParserHashing.hash(upos) &+ 2
        }
        self.words[count + 1] = Self.rootWord
        tags[count + 1] = Self.rootTag
        universalTags[count + 1] = Self.rootTag
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
