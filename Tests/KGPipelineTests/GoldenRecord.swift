import Foundation
import KGCore
import KGExport
import KGGraph
import KGText

/// The golden form of one document's pipeline output: assertions (JSONL), its graph (the TSV dump) and its
/// entities (TSV).
///
/// Licence rule: shared-corpus articles may not be copied into the repository, so for them no sentence or
/// argument text is written — only ids, sentence numbers, offsets, entity names and relation lemmas, and a
/// name longer than `quotableWords` words (a concept phrase) becomes its length and a hash. The seed article
/// is ours and is written in full.
struct GoldenRecord {
    /// Entity names up to this many words are written as they are.
    static let quotableWords = 4

    let assertions: [Assertion]
    let graph: KnowledgeGraph
    /// Whether the document's text may be quoted (the seed article).
    let quotable: Bool

    init(assertions: [Assertion], document: DocumentInfo, quotable: Bool) {
        self.assertions = assertions
        self.graph = KnowledgeGraph(assertions: assertions, document: document)
        self.quotable = quotable
    }

    /// A name as the golden files show it.
    func name(_ text: String) -> String {
        if quotable || text.split(separator: " ").count <= Self.quotableWords { return text }
        let words = text.split(whereSeparator: \.isWhitespace).count
        return "<\(words) words #\(SHA256.hexDigest(text).prefix(8))>"
    }

    /// One JSON object per assertion, keys sorted; positions as "start-end" scalar offsets.
    var assertionsJSONL: String {
        assertions.map { a -> String in
            var record: [String: Any] = [
                "sentence": a.sentenceIndex,
                "sentence_span": "\(a.sentenceSpan.start)-\(a.sentenceSpan.end)",
                "subject": argument(a.subject),
                "relation": relation(a.relation),
                "object": a.object.map(argument) ?? NSNull(),
                "confidence": String(format: "%.2f", a.confidence),
            ]
            if let attribution = a.attribution {
                record["attribution"] = [
                    "entity": attribution.entity ?? NSNull(), "verb": attribution.verb,
                    "name": name(attribution.entity ?? attribution.text),
                ] as [String: Any]
            }
            if quotable { record["sentence_text"] = a.sentence }
            return json(record)
        }.map { $0 + "\n" }.joined()
    }

    /// The graph's `export --format tsv` dump, with long names shortened for shared-corpus articles.
    var graphTSV: String {
        let dump = TripleWriter(format: .tsv).write(graph)
        guard !quotable else { return dump }
        let nameColumns: Set<Int> = [0, 3]
        return dump.split(separator: "\n").enumerated().map { row, line in
            guard row > 0 else { return String(line) }
            return line.split(separator: "\t", omittingEmptySubsequences: false).enumerated()
                .map { nameColumns.contains($0.offset) ? name(String($0.element)) : String($0.element) }
                .joined(separator: "\t")
        }.map { $0 + "\n" }.joined()
    }

    /// Entities sorted by type and name: name, type, Wikidata id, aliases (`; `-separated).
    var entitiesTSV: String {
        let rows = graph.entities.values
            .sorted { ($0.type.rawValue, $0.name) < ($1.type.rawValue, $1.name) }
            .map { e in [name(e.name), e.type.rawValue, e.wikidata ?? "", e.aliases.sorted().map(name).joined(separator: "; ")] }
        return (["name\ttype\twikidata\taliases"] + rows.map { $0.joined(separator: "\t") }).map { $0 + "\n" }.joined()
    }

    private func argument(_ a: Argument) -> [String: Any] {
        [
            "name": name(a.nodeName), "entity": a.entity.map(name) ?? NSNull(), "type": a.type.rawValue,
            "span": "\(a.start)-\(a.end)", "coreferent": a.coreferent,
            "qualifier": a.qualifier.map(name) ?? NSNull(), "wikidata": a.wikidata ?? NSNull(),
        ]
    }

    private func relation(_ r: RelationPhrase) -> [String: Any] {
        let relationClass = r.relationClass
        var fields: [String: Any] = [
            "lemma": r.lemma, "negated": r.negated, "modality": r.modality ?? NSNull(),
            "category": relationClass.category.rawValue, "polarity": relationClass.polarity.rawValue,
            "span": r.start.map { "\($0)-\(r.end ?? $0)" } ?? NSNull(),
        ]
        if quotable { fields["text"] = r.text }
        return fields
    }

    private func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{\"error\":\"not encodable\"}"
        }
        return String(decoding: data, as: UTF8.self)
    }
}
