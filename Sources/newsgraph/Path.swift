import ArgumentParser
import Foundation
import KGGraph
import KGStore

/// `newsgraph path`: how two entities are connected, with the sentences behind each hop.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the shortest paths between two entities, with the evidence of each hop.")

    @ArgumentParser.Argument(help: "Where the path starts (name or alias).")
    var from: String

    @ArgumentParser.Argument(help: "Where the path ends (name or alias).")
    var to: String

    @Option(help: "Longest path to look for, in hops (1 to \(GraphQuery.maximumPathLength)).")
    var maxLength: Int = 4

    @Option(help: "Show at most this many paths (strongest first).")
    var limit: Int = 5

    @Option(help: "Sentences to show per hop in the table.")
    var examples: Int = 2

    @Option(help: "Output: table, jsonl (one path per line) or tsv (one hop edge per line).")
    var format: QueryOutputFormat = .table

    @OptionGroup var filter: QueryFilterOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (1...GraphQuery.maximumPathLength).contains(maxLength) else {
            throw ValidationError("--max-length must be between 1 and \(GraphQuery.maximumPathLength), not \(maxLength)")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
        guard examples >= 0 else { throw ValidationError("--examples must be 0 or more, not \(examples)") }
    }

    func run() throws {
        let query = GraphQuery(.path(from: from, to: to, maxLength: maxLength), filter: filter.filter(), limit: limit)
        let result = try store.openForReading().answer(query)
        Terminal.write(try format(result))
    }

    /// A path as JSON: its entities by name and, per hop, the edge rows joining them.
    struct PathLine: Encodable {
        var rank: Int
        var length: Int
        var entities: [Entity]
        var hops: [[EdgeRecord]]
    }

    func format(_ result: QueryResult) throws -> String {
        let rowByID = Dictionary(result.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        switch format {
        case .jsonl:
            return try QueryOutput.jsonLines(result.paths.enumerated().map { index, path in
                PathLine(rank: index + 1, length: path.length,
                         entities: path.entities.compactMap { result.graph.entities[$0] },
                         hops: path.hops.map { $0.compactMap { rowByID[$0].map { EdgeRecord($0) } } })
            })
        case .tsv:
            let header = ["path", "hop", "subject", "relation", "object", "evidence", "first_date", "last_date", "example"]
            var rows: [[String]] = []
            for (index, path) in result.paths.enumerated() {
                for (hop, ids) in path.hops.enumerated() {
                    for row in ids.compactMap({ rowByID[$0] }) {
                        rows.append(["\(index + 1)", "\(hop + 1)", row.subjectName, row.id.relation, row.objectName,
                                     "\(row.evidenceCount)", row.firstDate ?? "", row.lastDate ?? "",
                                     row.example?.sentence ?? ""])
                    }
                }
            }
            return QueryOutput.tsv(header: header, rows: rows)
        case .table:
            guard result.anchors.count == 2 else { return "" }
            let (start, end) = (QueryOutput.singleLine(result.anchors[0].name), QueryOutput.singleLine(result.anchors[1].name))
            guard let shortest = result.paths.first else {
                return "no path from \(start) to \(end) within \(QueryOutput.plural(maxLength, "hop"))"
                    + " (raise --max-length or relax the filters)\n"
            }
            var text = "\(QueryOutput.plural(result.totalCount, "shortest path")) from \(start) to \(end), "
                + "\(QueryOutput.plural(shortest.length, "hop")) each\n"
            for (index, path) in result.paths.enumerated() {
                let names = path.entities.map { QueryOutput.singleLine(result.graph.entities[$0]?.name ?? $0) }
                text += "\n\(index + 1). " + names.joined(separator: " — ") + "\n"
                for ids in path.hops {
                    for id in ids {
                        guard let edge = result.graph.edges[id], let row = rowByID[id] else { continue }
                        text += "   \(QueryOutput.singleLine(row.subjectName)) —\(id.relation)→ "
                            + "\(QueryOutput.singleLine(row.objectName))  [\(QueryOutput.count(row))]\n"
                        for evidence in edge.evidence.prefix(examples) {
                            text += "     \(evidence.date ?? "undated")  \"\(QueryOutput.clip(evidence.sentence, 100))\"\n"
                        }
                    }
                }
            }
            return text + QueryOutput.moreLine(result, shown: result.paths.count, noun: "paths")
        }
    }
}
