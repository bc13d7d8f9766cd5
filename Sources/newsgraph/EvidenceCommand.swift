import ArgumentParser
import KGGraph
import KGStore

/// `newsgraph evidence`: the sentences behind the relations from one entity to another.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Show every sentence behind the relations from SUBJECT to OBJECT, with document, date and attribution.")

    @ArgumentParser.Argument(help: "The entity acting (name or alias).")
    var subject: String

    @ArgumentParser.Argument(help: "The entity acted on (name or alias).")
    var object: String

    @Option(help: "Show at most this many sentences.")
    var limit: Int = 200

    @Option(help: "Output: table, jsonl (one sentence per line) or tsv.")
    var format: QueryOutputFormat = .table

    @OptionGroup var filter: QueryFilterOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        // --relation narrows the filter; one relation is also what the evidence kind takes.
        let relation = filter.relations.count == 1 ? filter.relations[0].lowercased() : nil
        let query = GraphQuery(.evidence(subject: subject, object: object, relation: relation),
                               filter: filter.filter(), limit: limit)
        let result = try store.openForReading().answer(query)
        Terminal.write(try format(result))
    }

    /// One sentence with the edge it supports.
    struct SentenceLine: Encodable {
        var subject: String
        var relation: String
        var object: String
        var evidence: Evidence
    }

    func format(_ result: QueryResult) throws -> String {
        let sentences = result.rows.flatMap { row in
            (result.graph.edges[row.id]?.evidence ?? []).map { (row: row, evidence: $0) }
        }
        switch format {
        case .jsonl:
            return try QueryOutput.jsonLines(sentences.map {
                SentenceLine(subject: $0.row.subjectName, relation: $0.row.id.relation, object: $0.row.objectName,
                             evidence: $0.evidence)
            })
        case .tsv:
            let header = ["subject", "relation", "object", "negated", "modality", "date", "document", "title",
                          "attribution", "sentence"]
            return QueryOutput.tsv(header: header, rows: sentences.map { row, evidence in
                [row.subjectName, row.id.relation, row.objectName, evidence.negated ? "1" : "0", evidence.modality ?? "",
                 evidence.date ?? "",
                 evidence.documentID, evidence.documentTitle ?? "", Self.attribution(evidence), evidence.sentence]
            })
        case .table:
            guard result.anchors.count == 2 else { return "" }
            let (subject, object) = (QueryOutput.singleLine(result.anchors[0].name),
                                     QueryOutput.singleLine(result.anchors[1].name))
            guard !result.rows.isEmpty else {
                return "no relation from \(subject) to \(object) matches"
                    + " (relations are directed: try `newsgraph evidence \"\(object)\" \"\(subject)\"`)\n"
            }
            var text = ""
            for row in result.rows {
                text += "\(subject) —\(row.id.relation)→ \(object): \(QueryOutput.plural(row.evidenceCount, "sentence"))"
                    + (row.deniedCount > 0 ? ", \(row.deniedCount) denying" : "") + "\n"
                for evidence in result.graph.edges[row.id]?.evidence ?? [] {
                    let title = evidence.documentTitle.map { QueryOutput.clip($0, 70) } ?? evidence.documentID
                    text += "  \(evidence.date ?? "undated")  \(title)\n"
                    let said = Self.attribution(evidence)
                    text += "    " + (evidence.negated ? "[denied] " : "") + QueryOutput.modalityTag(evidence)
                        + (said.isEmpty ? "" : "[\(said)] ")
                        + "\"\(QueryOutput.singleLine(evidence.sentence))\"\n"
                }
            }
            return text + QueryOutput.moreLine(result, shown: sentences.count, noun: "sentences")
        }
    }

    /// "officials say", or empty when the sentence is unattributed.
    static func attribution(_ evidence: Evidence) -> String {
        guard let attribution = evidence.attribution else { return "" }
        return QueryOutput.singleLine("\(attribution.text) \(attribution.verb)")
    }
}
