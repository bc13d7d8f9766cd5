/// The per-word values the tagger's features are built from, hashed once per sentence from UTF-8 bytes.
struct TaggerToken {
    var word: UInt64
    var lower: UInt64
    var prefix1: UInt64
    var prefix2: UInt64
    var prefix3: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    var suffix5: UInt64
    var shape: UInt64
    var flags: UInt64
    /// Ambiguity class from the lexicon (`TaggerLexicon.unknown` for unknown words).
    var ambiguity: UInt64 = TaggerLexicon.unknown
    /// How capitalised the whole sentence is (headlines and shouting change what a capital means).
    var sentenceCase: UInt64 = 0
    /// The word's `WordClusters` classes (`coarse << 16 | fine`): 0 without a class, all ones for padding.
    /// Kept when `markUnknown()` hides the word, as a word unseen in training still has its class.
    var classes: UInt32 = 0

    /// The Unicode scalar whose UTF-8 encoding starts at `bytes[start]`, or nil when malformed.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Unicode.Scalar? {
        let lead = bytes[start]
        let length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2
        guard start + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1f : length == 3 ? 0x0f : 0x07)
        for j in 1..<length {
            let byte = bytes[start + j]
            guard byte & 0xc0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3f)
        }
        return Unicode.Scalar(value)
    }

    /// Hides the word's identity (kept: affixes, shape), as for a word never seen in training.
    mutating func markUnknown() {
        word = TaggerLexicon.unknownWord
        lower = TaggerLexicon.unknownWord
        ambiguity = TaggerLexicon.unknown
    }

    /// Filler before the first and after the last word; `marker` tells the two sides apart.
    static func padding(_ marker: UInt64) -> TaggerToken {
        let v = FeatureHashing.mix(0xdead_0000 &+ marker)
        var token = TaggerToken(word: v, lower: v, prefix1: v, prefix2: v, prefix3: v, suffix1: v, suffix2: v,
                                suffix3: v, suffix4: v, suffix5: v, shape: v, flags: v, ambiguity: v)
        token.classes = .max
        return token
    }

    /// The hashed description of one word form (typographic punctuation read as ASCII).
    init(form: String) {
        var copy = FormNormalizer.normalized(form)
        self = copy.withUTF8 { TaggerToken(bytes: $0) }
    }

    private init(word: UInt64, lower: UInt64, prefix1: UInt64, prefix2: UInt64, prefix3: UInt64, suffix1: UInt64,
                 suffix2: UInt64, suffix3: UInt64, suffix4: UInt64, suffix5: UInt64, shape: UInt64, flags: UInt64, ambiguity: UInt64) {
        self.word = word
        self.lower = lower
        self.prefix1 = prefix1
        self.prefix2 = prefix2
        self.prefix3 = prefix3
        self.suffix1 = suffix1
        self.suffix2 = suffix2
        self.suffix3 = suffix3
        self.suffix4 = suffix4
        self.suffix5 = suffix5
        self.shape = shape
        self.flags = flags
        self.ambiguity = ambiguity
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        word = FeatureHashing.hash(bytes, from: 0, to: n, lowercase: false)
        lower = FeatureHashing.hash(bytes, from: 0, to: n, lowercase: true)
        prefix1 = FeatureHashing.hash(bytes, from: 0, to: min(1, n), lowercase: true)
        prefix2 = FeatureHashing.hash(bytes, from: 0, to: min(2, n), lowercase: true)
        prefix3 = FeatureHashing.hash(bytes, from: 0, to: min(3, n), lowercase: true)
        suffix1 = FeatureHashing.hash(bytes, from: max(0, n - 1), to: n, lowercase: true)
        suffix2 = FeatureHashing.hash(bytes, from: max(0, n - 2), to: n, lowercase: true)
        suffix3 = FeatureHashing.hash(bytes, from: max(0, n - 3), to: n, lowercase: true)
        suffix4 = FeatureHashing.hash(bytes, from: max(0, n - 4), to: n, lowercase: true)
        suffix5 = FeatureHashing.hash(bytes, from: max(0, n - 5), to: n, lowercase: true)

        // Shape: X for upper, x for lower, d for digit, u for other non-ASCII characters, punctuation as itself;
        // runs longer than three collapse ("Xxxx", "dddd").
        var shapeHash = FeatureHashing.fnvOffset
        var last: UInt8 = 0
        var run = 0
        var bits: UInt64 = 0
        var letters = 0
        var uppers = 0
        for i in 0..<n {
            let byte = bytes[i]
            let symbol: UInt8
            switch byte {
            case 65...90: symbol = 88; bits |= 4; uppers += 1; letters += 1; if i == 0 { bits |= 8 }
            case 97...122: symbol = 120; letters += 1
            case 48...57: symbol = 100; bits |= 1
            case 0x80...0xbf: continue
            case 0xc0...0xff:
                // A non-ASCII character: decode it so "Zürich" and "Élysée" read as capitalised words.
                switch Self.scalar(in: bytes, at: i) {
                case let scalar? where scalar.properties.isUppercase:
                    symbol = 88; bits |= 4; uppers += 1; letters += 1; if i == 0 { bits |= 8 }
                case let scalar? where scalar.properties.isAlphabetic:
                    symbol = 120; letters += 1
                default:
                    symbol = 117
                }
            default:
                symbol = byte
                if byte == 45 { bits |= 2 }
                if byte == 46 { bits |= 64 }
            }
            if symbol == last { run += 1 } else { run = 1; last = symbol }
            if run <= 3 { shapeHash = (shapeHash ^ UInt64(symbol)) &* FeatureHashing.fnvPrime }
        }
        if letters > 1, uppers == letters { bits |= 16 }
        if letters == 0 { bits |= 128 }
        shape = FeatureHashing.mix(shapeHash)
        flags = bits
    }
}
