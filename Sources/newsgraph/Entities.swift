import ArgumentParser
import KGCore
import KGGraph
import KGStore

/// `newsgraph entities`: list or search the graph's nodes.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List entities, most connected first, or search them by name (prefix, substring or close spelling).")

    @Option(help: "Only entities of this type: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).")
    var type: EntityType?

    @Option(help: "Text to look for in names and aliases (any case); close spellings match too.")
    var search: String?

    @Flag(inversion: .prefixedNo, help: "List concepts (non-actor objects) too; by default only actors are listed.")
    var includeConcepts = false

    @Option(help: "Show at most this many entities.")
    var limit: Int = 50

    @Option(help: "Output: table, jsonl or tsv.")
    var format: QueryOutputFormat = .table

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        var filter = GraphFilter()
        filter.includeConcepts = includeConcepts
        let query = GraphQuery(.entities(type: type, search: search), filter: filter, limit: limit)
        let graphStore = try store.openForReading()
        let result = try graphStore.answer(query)
        var text = try format(result)
        if format == .table && !includeConcepts && type == nil {
            // Say how many concepts the actors-only listing passed over, and how to see them.
            filter.includeConcepts = true
            let all = try graphStore.answer(GraphQuery(.entities(type: nil, search: search), filter: filter, limit: 1))
            let concepts = all.totalCount - result.totalCount
            if concepts > 0 {
                text += "\(concepts) concept\(concepts == 1 ? "" : "s") not listed (--include-concepts lists them)\n"
            }
        }
        Terminal.write(text)
    }

    func format(_ result: QueryResult) throws -> String {
        let header = ["name", "type", "degree", "evidence", "match", "aliases", "id"]
        let rows = result.entities.map { row in
            [row.entity.name, row.entity.type.rawValue, "\(row.degree)", "\(row.evidenceCount)",
             row.match.map(Self.describe) ?? "", row.entity.aliases.joined(separator: "; "), row.entity.id]
        }
        switch format {
        case .jsonl: return try QueryOutput.jsonLines(result.entities)
        case .tsv: return QueryOutput.tsv(header: header, rows: rows)
        case .table:
            if result.entities.isEmpty {
                return search.map { "no entity matches '\(QueryOutput.singleLine($0))'\n" } ?? "no entities\n"
            }
            let clipped = rows.map { row in row.enumerated().map { $0.offset == 5 || $0.offset == 0 ? QueryOutput.clip($0.element, 40) : $0.element } }
            return QueryOutput.table(header: header.map { $0.uppercased() }, rows: clipped)
                + QueryOutput.moreLine(result, shown: result.entities.count, noun: "entities")
        }
    }

    static func describe(_ match: NameMatch) -> String {
        switch match {
        case .exact: "exact"
        case .prefix: "prefix"
        case .wordPrefix: "word"
        case .substring: "substring"
        case let .similar(distance): "spelling (\(distance))"
        }
    }
}
