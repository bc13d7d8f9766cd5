/// One named entity of a sentence: a contiguous range of word indices (0-based) and its type label.
public struct EntitySpan: Sendable, Hashable {
    /// Word indices covered, 0-based, half-open.
    public var range: Range<Int>
    /// The type as written in the tags (`PER`, `ORG`, `LOC`, or another label such as `OTH`).
    public var type: String

    /// A span of `type` over `range`.
    public init(range: Range<Int>, type: String) {
        self.range = range
        self.type = type
    }

    /// The entities of an IOB2 tag sequence, read as CoNLL's `conlleval` reads them: an `I-X` that does not
    /// continue an `X` entity starts a new one; `O`, empty tags and `B-O`/`I-O` are outside.
    public static func spans(ofTags tags: [String]) -> [EntitySpan] {
        var out: [EntitySpan] = []
        var start = -1
        var type = ""
        func close(at end: Int) {
            if start >= 0 { out.append(EntitySpan(range: start..<end, type: type)) }
            start = -1
        }
        for (i, tag) in tags.enumerated() {
            let (prefix, label) = split(tag)
            guard let prefix, label != "O" else {
                close(at: i)
                continue
            }
            if prefix == "B" || start < 0 || label != type {
                close(at: i)
                start = i
                type = String(label)
            }
        }
        close(at: tags.count)
        return out
    }

    /// `("B", "PER")` for `B-PER`; `(nil, "O")` for `O`, empty or malformed tags.
    static func split(_ tag: String) -> (prefix: Character?, label: Substring) {
        guard tag.count > 2, let first = tag.first, first == "B" || first == "I",
              tag.dropFirst().first == "-" else { return (nil, "O") }
        return (first, tag.dropFirst(2))
    }
}
