import KGText

/// Makes one document's entity types agree: a name tagged with one type in one place and another type elsewhere
/// ("Jordan" a person in one sentence, a place in the next) takes the type most of its mentions have. A tie
/// changes nothing. Only whole spans with the same words are compared.
public enum EntityHarmonizer {
    /// Rewrites the `entity` tags of the sentences (one document's, in order) so that each name has one type.
    public static func harmonize(_ sentences: inout [[Word]]) {
        var counts: [String: [NamedEntityType: Int]] = [:]
        var mentions: [(sentence: Int, range: Range<Int>, name: String, type: NamedEntityType)] = []
        for (s, words) in sentences.enumerated() {
            for span in EntitySpan.spans(ofTags: words.map(\.entity)) {
                guard let type = NamedEntityType(rawValue: span.type) else { continue }
                let name = words[span.range].map(\.form).joined(separator: " ")
                counts[name, default: [:]][type, default: 0] += 1
                mentions.append((s, span.range, name, type))
            }
        }
        for mention in mentions {
            guard let byType = counts[mention.name], byType.count > 1 else { continue }
            let ranked = byType.sorted { $0.value > $1.value || $0.value == $1.value && $0.key.rawValue < $1.key.rawValue }
            guard ranked[0].value > ranked[1].value, ranked[0].key != mention.type else { continue }
            let type = ranked[0].key.rawValue
            for w in mention.range {
                sentences[mention.sentence][w].entity = (w == mention.range.lowerBound ? "B-" : "I-") + type
            }
        }
    }

    /// Harmonises the sentences of one document in place.
    public static func harmonize(_ sentences: inout [Sentence]) {
        var words = sentences.map(\.words)
        harmonize(&words)
        for i in sentences.indices { sentences[i].words = words[i] }
    }
}
