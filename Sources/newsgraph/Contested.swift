import ArgumentParser
import Foundation
import KGGraph
import KGStore

/// `newsgraph contested`: edges one source asserts and another denies.
struct Contested: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List relations that some evidence asserts and other evidence denies, with a sentence of each side.",
        discussion: "Most evidence first. The filter options (--category, --from, …) narrow the list as for neighbors.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, tsv, jsonl
    }

    @Option(help: "Output format: text, tsv or jsonl.")
    var format: Format = .text

    @Option(help: "Show at most this many relations.")
    var limit: Int = 50

    @OptionGroup var filter: QueryFilterOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let query = GraphQuery(.contested, filter: filter.filter(), limit: limit)
        let result = try store.openForReading().answer(query)
        let sides = result.rows.map { row -> (asserted: Evidence?, denied: Evidence?) in
            let sample = result.graph.edges[row.id]?.evidence ?? []
            return (sample.first { !$0.negated }, sample.first(where: \.negated))
        }
        switch format {
        case .text:
            if result.rows.isEmpty { Terminal.write("no contested relations\n") }
            for (row, side) in zip(result.rows, sides) {
                Terminal.write("\(row.subjectName) —\(row.id.relation)→ \(row.objectName)  [\(row.assertedCount) asserted, "
                               + "\(row.deniedCount) denied]\n")
                if let asserted = side.asserted { Terminal.write("  + \(Self.cite(asserted))\n") }
                if let denied = side.denied { Terminal.write("  − \(Self.cite(denied))\n") }
            }
            Terminal.write(QueryOutput.moreLine(result, shown: result.rows.count, noun: "relations"))
        case .tsv:
            let header = ["subject", "relation", "object", "asserted", "denied", "asserted_document",
                          "asserted_sentence", "denied_document", "denied_sentence"]
            Terminal.write(QueryOutput.tsv(header: header, rows: zip(result.rows, sides).map { row, side in
                [row.subjectName, row.id.relation, row.objectName, String(row.assertedCount), String(row.deniedCount),
                 side.asserted?.documentID ?? "", side.asserted?.sentence ?? "", side.denied?.documentID ?? "",
                 side.denied?.sentence ?? ""]
            }))
        case .jsonl:
            Terminal.write(try QueryOutput.jsonLines(zip(result.rows, sides).map { row, side in
                Line(subject: row.subjectName, subjectID: row.id.subject, relation: row.id.relation,
                     object: row.objectName, objectID: row.id.object, category: row.category.rawValue,
                     asserted: row.assertedCount, denied: row.deniedCount,
                     assertedEvidence: side.asserted.map(Line.Side.init), deniedEvidence: side.denied.map(Line.Side.init))
            }))
        }
    }

    static func cite(_ evidence: Evidence) -> String {
        let who = evidence.attribution.map { " (\($0.text) \($0.verb))" } ?? ""
        return "\"\(QueryOutput.clip(evidence.sentence, 110))\"\(who)  [\(evidence.documentID) #\(evidence.sentenceIndex)]"
    }

    /// One `--format jsonl` line.
    struct Line: Encodable {
        struct Side: Encodable {
            var doc: String
            var sentenceIndex: Int
            var sentence: String
            var attribution: String?
            var date: String?

            init(_ evidence: Evidence) {
                doc = evidence.documentID
                sentenceIndex = evidence.sentenceIndex
                sentence = evidence.sentence
                attribution = evidence.attribution.map { "\($0.text) (\($0.verb))" }
                date = evidence.date
            }

            enum CodingKeys: String, CodingKey {
                case doc, sentence, attribution, date
                case sentenceIndex = "sentence_index"
            }
        }

        var subject: String
        var subjectID: String
        var relation: String
        var object: String
        var objectID: String
        var category: String
        var asserted: Int
        var denied: Int
        var assertedEvidence: Side?
        var deniedEvidence: Side?

        enum CodingKeys: String, CodingKey {
            case subject, relation, object, category, asserted, denied
            case subjectID = "subject_id"
            case objectID = "object_id"
            case assertedEvidence = "asserted_evidence"
            case deniedEvidence = "denied_evidence"
        }
    }
}
