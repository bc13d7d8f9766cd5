import ArgumentParser
import Foundation
import KGGraph
import KGStore

/// `newsgraph contested`: edges one source asserts and another denies.
struct Contested: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List relations that some evidence asserts and other evidence denies, with a sentence of each side.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, tsv, jsonl
    }

    @Option(help: "Output format: text, tsv or jsonl.")
    var format: Format = .text

    @Option(help: "Show at most this many relations, most contested first.")
    var limit: Int = 50

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let graph = try GraphStore.openExisting(path: store.db).contestedEdges(limit: limit)
        let edges = graph.sortedContestedEdges
        if format == .tsv {
            Terminal.write("subject\trelation\tobject\tasserted\tdenied\tasserted_document\tasserted_sentence\t"
                           + "denied_document\tdenied_sentence\n")
        }
        if format == .text && edges.isEmpty { Terminal.write("no contested relations\n") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for edge in edges {
            let subject = graph.entities[edge.subject]?.name ?? edge.subject
            let object = graph.entities[edge.object]?.name ?? edge.object
            let asserted = Self.strongest(edge.evidence.filter { !$0.negated })
            let denied = Self.strongest(edge.evidence.filter(\.negated))
            switch format {
            case .text:
                Terminal.write("\(subject) —\(edge.relation)→ \(object)  [\(edge.assertedCount) asserted, "
                               + "\(edge.deniedCount) denied]\n")
                if let asserted { Terminal.write("  + \(Self.cite(asserted))\n") }
                if let denied { Terminal.write("  − \(Self.cite(denied))\n") }
            case .tsv:
                let fields = [
                    subject, edge.relation, object, String(edge.assertedCount), String(edge.deniedCount),
                    asserted?.documentID ?? "", asserted.map(\.sentence) ?? "", denied?.documentID ?? "",
                    denied.map(\.sentence) ?? "",
                ]
                Terminal.write(fields.map(Extract.tsvField).joined(separator: "\t") + "\n")
            case .jsonl:
                let line = Line(
                    subject: subject, subjectID: edge.subject, relation: edge.relation, object: object,
                    objectID: edge.object, category: edge.relationClass.category.rawValue,
                    asserted: edge.assertedCount, denied: edge.deniedCount,
                    assertedEvidence: asserted.map(Line.Side.init), deniedEvidence: denied.map(Line.Side.init))
                Terminal.write(String(decoding: try encoder.encode(line), as: UTF8.self) + "\n")
            }
        }
    }

    /// The most confident piece of evidence (the first stored among equals).
    static func strongest(_ evidence: [Evidence]) -> Evidence? {
        evidence.enumerated().max { ($0.element.confidence, -$0.offset) < ($1.element.confidence, -$1.offset) }?.element
    }

    static func cite(_ evidence: Evidence) -> String {
        let who = evidence.attribution.map { " (\($0.text) \($0.verb))" } ?? ""
        return "\(clip(evidence.sentence, 110))\(who)  [\(evidence.documentID) #\(evidence.sentenceIndex)]"
    }

    /// The sentence on one line, quoted, cut to `n` characters.
    static func clip(_ s: String, _ n: Int) -> String {
        let flat = s.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= n ? "\"\(flat)\"" : "\"\(flat.prefix(n - 1))…\""
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
