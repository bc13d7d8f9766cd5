import KGCore
import KGGraph

/// Dumps a graph's edges as TSV, CSV or JSONL, one edge per line, sorted by (subject, relation, object) id.
///
/// Columns: subject, subject_type, relation, object, object_type, evidence_count, asserted, denied,
/// first_date, last_date, category, polarity (the relation's taxonomy class). JSONL adds subject_id, object_id and
/// the full evidence array.
public struct TripleWriter: Sendable {
    /// The dump format written.
    public var format: TripleFormat

    /// The column names of the TSV and CSV header, in order.
    public static let columns = [
        "subject", "subject_type", "relation", "object", "object_type",
        "evidence_count", "asserted", "denied", "first_date", "last_date", "category", "polarity",
    ]

    /// A writer for `format`.
    public init(format: TripleFormat) {
        self.format = format
    }

    /// The whole dump as one string (header included for TSV and CSV).
    public func write(_ graph: KnowledgeGraph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Streams the dump into `output` line by line, so large graphs need not be held as one string.
    public func write<Output: TextOutputStream>(_ graph: KnowledgeGraph, to output: inout Output) {
        switch format {
        case .tsv: output.write(tsvLine(Self.columns))
        case .csv: output.write(csvLine(Self.columns))
        case .jsonl: break
        }
        for edge in graph.sortedEdges {
            output.write(line(for: edge, in: graph))
        }
    }

    /// One edge's line, line end included.
    public func line(for edge: Edge, in graph: KnowledgeGraph) -> String {
        let subject = graph.entities[edge.subject]
        let object = graph.entities[edge.object]
        switch format {
        case .tsv: return tsvLine(fields(edge, subject: subject, object: object))
        case .csv: return csvLine(fields(edge, subject: subject, object: object))
        case .jsonl: return json(edge, subject: subject, object: object) + "\n"
        }
    }

    // MARK: - Delimited

    /// The column values; an endpoint missing from the graph shows its id and an empty type.
    private func fields(_ edge: Edge, subject: Entity?, object: Entity?) -> [String] {
        let relationClass = edge.relationClass
        return [
            subject?.name ?? edge.subject, subject?.type.rawValue ?? "",
            edge.relation,
            object?.name ?? edge.object, object?.type.rawValue ?? "",
            String(edge.evidenceCount), String(edge.assertedCount), String(edge.deniedCount),
            edge.firstDate ?? "", edge.lastDate ?? "",
            relationClass.category.rawValue, relationClass.polarity.rawValue,
        ]
    }

    private func tsvLine(_ fields: [String]) -> String {
        fields.map(Self.tsvField).joined(separator: "\t") + "\n"
    }

    private func csvLine(_ fields: [String]) -> String {
        fields.map(Self.csvField).joined(separator: ",") + "\r\n"
    }

    /// Backslash escapes for the characters TSV cannot hold (the PostgreSQL `COPY` convention).
    static func tsvField(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// RFC 4180: quote when the field holds a comma, quote, CR or LF, doubling quotes inside; a field a
    /// spreadsheet would run as a formula gets a leading `'` first (`FormulaGuard`).
    static func csvField(_ field: String) -> String {
        let text = FormulaGuard.neutralized(field)
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    // MARK: - JSONL

    private func json(_ edge: Edge, subject: Entity?, object: Entity?) -> String {
        let evidence = edge.evidence.sorted { a, b in
            (a.documentID, a.sentenceIndex, a.span.start, a.span.end) < (b.documentID, b.sentenceIndex, b.span.start, b.span.end)
        }
        return JSONText.object([
            ("subject", JSONText.string(subject?.name ?? edge.subject)),
            ("subject_id", JSONText.string(edge.subject)),
            ("subject_type", JSONText.string(subject?.type.rawValue)),
            ("relation", JSONText.string(edge.relation)),
            ("category", JSONText.string(edge.relationClass.category.rawValue)),
            ("polarity", JSONText.string(edge.relationClass.polarity.rawValue)),
            ("object", JSONText.string(object?.name ?? edge.object)),
            ("object_id", JSONText.string(edge.object)),
            ("object_type", JSONText.string(object?.type.rawValue)),
            ("evidence_count", JSONText.number(edge.evidenceCount)),
            ("asserted", JSONText.number(edge.assertedCount)),
            ("denied", JSONText.number(edge.deniedCount)),
            ("first_date", JSONText.string(edge.firstDate)),
            ("last_date", JSONText.string(edge.lastDate)),
            ("evidence", JSONText.array(evidence.map(json))),
        ])
    }

    /// Keys follow `extract --format jsonl` (`doc`, `sentence_index`, snake_case).
    private func json(_ evidence: Evidence) -> String {
        let attribution = evidence.attribution.map {
            JSONText.object([
                ("text", JSONText.string($0.text)),
                ("entity", JSONText.string($0.entity)),
                ("verb", JSONText.string($0.verb)),
            ])
        } ?? "null"
        return JSONText.object([
            ("doc", JSONText.string(evidence.documentID)),
            ("sentence_index", JSONText.number(evidence.sentenceIndex)),
            ("start", JSONText.number(evidence.span.start)),
            ("end", JSONText.number(evidence.span.end)),
            ("sentence", JSONText.string(evidence.sentence)),
            ("relation_text", JSONText.string(evidence.relationText)),
            ("negated", JSONText.bool(evidence.negated)),
            ("modality", JSONText.string(evidence.modality)),
            ("attribution", attribution),
            ("date", JSONText.string(evidence.date)),
            ("confidence", JSONText.number(evidence.confidence)),
            ("coreferent", JSONText.bool(evidence.coreferent)),
            ("title", JSONText.string(evidence.documentTitle)),
        ])
    }
}
