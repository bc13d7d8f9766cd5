import ArgumentParser
import KGGraph
import KGStore

/// `newsgraph neighbors`: who an entity is connected to, and how.
struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the relations around an entity (looked up by name or alias, any case).")

    @ArgumentParser.Argument(help: "Entity name or alias, e.g. Russia, Moscow, US.")
    var entity: String

    @Option(help: "How many hops to follow (1 to \(GraphQuery.maximumDepth)).")
    var depth: Int = 1

    @Option(help: "Follow outgoing, incoming or both kinds of edges.")
    var direction: Direction = .both

    @Option(help: "Show at most this many relations (nearest, then most evidence, first).")
    var limit: Int = 50

    @Option(help: "Output: table, jsonl or tsv.")
    var format: QueryOutputFormat = .table

    @OptionGroup var filter: QueryFilterOptions
    @OptionGroup var store: StoreOptions

    var query: GraphQuery {
        GraphQuery(.neighbors(entity: entity, depth: depth, direction: direction), filter: filter.filter(), limit: limit)
    }

    func validate() throws {
        guard (1...GraphQuery.maximumDepth).contains(depth) else {
            throw ValidationError("--depth must be between 1 and \(GraphQuery.maximumDepth), not \(depth)")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        let result = try store.openForReading().answer(query)
        Terminal.write(try Self.format(result, as: format, depth: depth))
    }

    static let tsvHeader = [
        "hop", "subject", "relation", "object", "category", "polarity", "evidence", "asserted", "denied", "first_date",
        "last_date", "example",
    ]

    /// The rows in the chosen format; the table starts with a line naming the centre.
    static func format(_ result: QueryResult, as format: QueryOutputFormat, depth: Int) throws -> String {
        switch format {
        case .jsonl:
            return try QueryOutput.jsonLines(result.rows.map { EdgeRecord($0) })
        case .tsv:
            return QueryOutput.tsv(header: tsvHeader, rows: result.rows.map { row in
                ["\(row.hop)", row.subjectName, row.id.relation, row.objectName, row.category.rawValue,
                 row.polarity.rawValue, "\(row.evidenceCount)", "\(row.assertedCount)", "\(row.deniedCount)",
                 row.firstDate ?? "", row.lastDate ?? "", row.example?.sentence ?? ""]
            })
        case .table:
            guard let center = result.anchors.first else { return "" }
            var text = "\(QueryOutput.singleLine(center.name)) (\(center.type.rawValue)): "
                + "\(QueryOutput.plural(result.totalCount, "relation")) within \(QueryOutput.plural(depth, "hop"))\n"
            guard !result.rows.isEmpty else { return text }
            // Which end of each edge is nearer the centre: the one a previous hop reached.
            var distance = [center.id: 0]
            var lines: [[String]] = []
            for row in result.rows {
                let subjectIsNear = distance[row.id.subject] == row.hop - 1 || distance[row.id.object] != row.hop - 1
                let (near, far) = subjectIsNear ? (row.id.subject, row.id.object) : (row.id.object, row.id.subject)
                if distance[far] == nil { distance[far] = row.hop }
                func name(_ id: String) -> String { QueryOutput.clip(id == row.id.subject ? row.subjectName : row.objectName, 40) }
                let relation = subjectIsNear ? "—\(row.id.relation)→" : "←\(row.id.relation)—"
                var line = [relation, name(far), QueryOutput.count(row), row.firstDate ?? "",
                            row.lastDate ?? "", row.example.map { QueryOutput.modalityTag($0) + "\"" + QueryOutput.clip($0.sentence, 90) + "\"" } ?? ""]
                if depth > 1 { line.insert(name(near), at: 0) }
                lines.append(line)
            }
            var header = ["RELATION", "NEIGHBOR", "EVIDENCE", "FIRST", "LAST", "EXAMPLE"]
            if depth > 1 { header.insert("VIA", at: 0) }
            text += QueryOutput.table(header: header, rows: lines)
            return text + QueryOutput.moreLine(result, shown: result.rows.count, noun: "relations")
        }
    }
}

extension Direction: ExpressibleByArgument {}
