/// Named lists of phrases (countries, demonyms, organisations, given names, titles…) that the named-entity
/// tagger reads as membership features: "this word is the first of a two-word country name".
///
/// KGSyntax does not know where the lists come from (the gazetteer lives in KGExtraction, above it): the trainer
/// is handed them, and the model file stores only each phrase's hash with the lists it belongs to, so tagging
/// never needs the word lists themselves.
public struct NamedEntityGazetteer: Sendable {
    /// Names of the lists, in bit order (at most 32).
    public let listNames: [String]
    /// Phrase hashes (lower-cased words, as `TaggerToken.lower`, combined in order), sorted.
    let keys: [UInt64]
    /// For each phrase: a bit per list that holds it.
    let masks: [UInt32]
    /// Longest phrase in words.
    let longest: Int
    private let table: [UInt64: UInt32]

    /// Values one word can carry at most (keeps the feature count bounded).
    static let valuesPerWord = 4

    init(listNames: [String], keys: [UInt64], masks: [UInt32], longest: Int) {
        self.listNames = listNames
        self.keys = keys
        self.masks = masks
        self.longest = longest
        var table: [UInt64: UInt32] = [:]
        table.reserveCapacity(keys.count)
        for (k, m) in zip(keys, masks) { table[k] = m }
        self.table = table
    }

    /// Hashes lists of phrases (each phrase as its words, the way the tokenizer splits it); phrases longer than
    /// six words are left out, and so are lists beyond the 32nd.
    public init(lists: [(name: String, phrases: [[String]])]) {
        var table: [UInt64: UInt32] = [:]
        var longest = 1
        let kept = Array(lists.prefix(32))
        for (bit, list) in kept.enumerated() {
            for phrase in list.phrases where !phrase.isEmpty && phrase.count <= 6 {
                let hash = phrase.reduce(Self.seed) { Self.extend($0, with: TaggerToken(form: $1).lower) }
                table[hash, default: 0] |= 1 << UInt32(bit)
                longest = max(longest, phrase.count)
            }
        }
        let sorted = table.sorted { $0.key < $1.key }
        self.init(listNames: kept.map(\.name), keys: sorted.map(\.key), masks: sorted.map(\.value), longest: longest)
    }

    /// Number of distinct phrases.
    public var count: Int { keys.count }

    static let seed: UInt64 = 0x6761_7a65_7474_6565

    @inline(__always)
    static func extend(_ hash: UInt64, with lower: UInt64) -> UInt64 {
        FeatureHashing.combine(hash, lower)
    }

    /// For each of `tokens` (padded by two on each side, as `NamedEntityFeatures.Sentence` holds them), up to
    /// `valuesPerWord` values `list × 4 + position` (position 0 single word, 1 first, 2 inside, 3 last), plus one,
    /// so that 0 means none; laid out `valuesPerWord` per token.
    func values(of tokens: [TaggerToken]) -> [UInt16] {
        let width = Self.valuesPerWord
        var out = [UInt16](repeating: 0, count: tokens.count * width)
        var filled = [Int](repeating: 0, count: tokens.count)
        let end = tokens.count - 2
        guard end > 2 else { return out }
        for start in 2..<end {
            var hash = Self.seed
            for last in start..<min(end, start + longest) {
                hash = Self.extend(hash, with: tokens[last].lower)
                guard var mask = table[hash] else { continue }
                while mask != 0 {
                    let list = UInt16(mask.trailingZeroBitCount)
                    mask &= mask - 1
                    for w in start...last where filled[w] < width {
                        let position: UInt16 = start == last ? 0 : w == start ? 1 : w == last ? 3 : 2
                        let value = list * 4 + position + 1
                        let row = w * width
                        if !out[row..<(row + filled[w])].contains(value) {
                            out[row + filled[w]] = value
                            filled[w] += 1
                        }
                    }
                }
            }
        }
        return out
    }

    /// Appends the lists to a model file being written.
    func write(to writer: inout ModelFileWriter) {
        writer.write(listNames)
        writer.write(UInt32(longest))
        writer.writeArray(keys)
        writer.writeArray(masks)
    }

    /// Reads lists written by `write(to:)`.
    static func read(from reader: inout ModelFileReader) throws -> NamedEntityGazetteer {
        let names = try reader.readStrings()
        let longest = Int(try reader.readInteger() as UInt32)
        let keys: [UInt64] = try reader.readArray()
        let masks: [UInt32] = try reader.readArray(expectedCount: keys.count)
        guard names.count <= 32, (1...6).contains(longest), zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }),
              masks.allSatisfy({ $0 != 0 && (names.count == 32 || $0 >> UInt32(names.count) == 0) })
        else { throw reader.invalid("inconsistent gazetteer table") }
        return NamedEntityGazetteer(listNames: names, keys: keys, masks: masks, longest: longest)
    }
}
