import ArgumentParser
import Foundation
import KGGraph

/// `newsgraph changes --since DATE`: what is new or different in the articles from a date on.
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed from a date on: new actors, new relations, flipped balances, busiest pairs.",
        discussion: """
            By the articles' dates: actors and relations whose first sentence falls in the period; relations
            mostly asserted before and mostly denied since (or the reverse), and pairs whose evidence turned from
            mostly cooperative to mostly conflictual (or the reverse); the pairs with the most sentences in the
            period. Actors only unless --include-concepts.
            """)

    @Option(help: "First day of the period (YYYY-MM-DD).")
    var since: String

    @Option(help: "Last day of the period (YYYY-MM-DD); default: everything after --since.")
    var until: String?

    @Option(help: "Rows per list.")
    var limit: Int = 10

    @Flag(help: "Count concepts (non-actor objects) too.")
    var includeConcepts = false

    @Option(help: "Output: table or jsonl (one JSON object).")
    var format: QueryOutputFormat = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
        for (name, date) in [("--since", Optional(since)), ("--until", until)] {
            if let date, !GraphFilter.isISODate(date) {
                throw ValidationError("\(name) '\(date)' is not a date: write YYYY-MM-DD, e.g. 2017-03-01")
            }
        }
        if let until, until < since { throw ValidationError("--until \(until) is before --since \(since)") }
    }

    func run() throws {
        let report = try store.openForReading().changes(since: since, until: until, limit: limit,
                                                        includeConcepts: includeConcepts)
        switch format {
        case .jsonl, .tsv:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            Terminal.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        case .table:
            Terminal.write(Self.table(report))
        }
    }

    static func table(_ report: ChangeReport) -> String {
        func name(_ entity: Entity) -> String { QueryOutput.clip(entity.name, 36) }
        var text = "Changes from \(report.since)" + (report.until.map { " to \($0)" } ?? "") + "\n\n"
        text += "New actors: \(report.newActorCount) first seen"
            + (report.newActorCount > report.newActors.count ? ", \(report.newActors.count) with the most evidence:" : ":") + "\n"
        if !report.newActors.isEmpty {
            text += QueryOutput.table(header: ["NAME", "TYPE", "FIRST", "EVIDENCE"], rows: report.newActors.map {
                [name($0.entity), $0.entity.type.rawValue, $0.firstDate, "\($0.evidenceCount)"]
            })
        }
        text += "\nNew relations: \(report.newEdgeCount) first seen"
            + (report.newEdgeCount > report.newEdges.count ? ", \(report.newEdges.count) with the most evidence:" : ":") + "\n"
        if !report.newEdges.isEmpty {
            text += QueryOutput.table(header: ["SUBJECT", "RELATION", "OBJECT", "EVIDENCE", "POLARITY", "FIRST"],
                                      rows: report.newEdges.map {
                [QueryOutput.clip($0.subjectName, 36), QueryOutput.clip($0.id.relation, 30), QueryOutput.clip($0.objectName, 36),
                 QueryOutput.count($0), $0.polarity.rawValue, $0.firstDate ?? ""]
            })
        }
        text += "\nFlipped: \(report.flips.count)" + (report.flips.isEmpty ? "\n" : ":\n")
        if !report.flips.isEmpty {
            text += QueryOutput.table(header: ["BETWEEN", "WHAT", "BEFORE", "SINCE"], rows: report.flips.map { flip in
                let pair = "\(name(flip.subject)) – \(name(flip.object))"
                switch flip.kind {
                case .stance:
                    return [pair, "\(flip.relation ?? ""): asserted/denied",
                            "\(flip.before.asserted)/\(flip.before.denied)", "\(flip.since.asserted)/\(flip.since.denied)"]
                case .polarity:
                    return [pair, "cooperative/conflictual", "\(flip.before.cooperative)/\(flip.before.conflictual)",
                            "\(flip.since.cooperative)/\(flip.since.conflictual)"]
                }
            })
        }
        text += "\nBusiest pairs:" + (report.busiestPairs.isEmpty ? " none\n" : "\n")
        if !report.busiestPairs.isEmpty {
            text += QueryOutput.table(header: ["PAIR", "SENTENCES", "COOPERATIVE", "CONFLICTUAL", "DENIED"],
                                      rows: report.busiestPairs.map { pair in
                ["\(name(pair.first)) – \(name(pair.second))", "\(pair.evidenceCount)", "\(pair.balance.cooperative)",
                 "\(pair.balance.conflictual)", "\(pair.balance.denied)"]
            })
        }
        return text
    }
}
