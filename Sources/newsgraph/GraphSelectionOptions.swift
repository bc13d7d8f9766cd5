import ArgumentParser
import KGGraph
import KGStore

/// Which part of the stored graph `render` and `export` work on: an ego network, the paths between two
/// entities, or the whole graph, each through the shared query filters, as one `GraphQuery`.
struct GraphSelectionOptions: ParsableArguments {
    @Option(help: "Only the network around this entity (name or alias).")
    var entity: String?

    @Option(help: "Hops around --entity to include (1-\(GraphQuery.maximumDepth)).")
    var depth: Int = 1

    @Option(help: "With --path-to: only the shortest paths from this entity.")
    var pathFrom: String?

    @Option(help: "With --path-from: only the shortest paths to this entity.")
    var pathTo: String?

    @Option(help: "Longest path for --path-from/--path-to, in hops (1-\(GraphQuery.maximumPathLength)).")
    var maxLength: Int = 4

    @Option(help: "Keep at most this many edges (paths for --path-from), the strongest first.")
    var limit: Int?

    @OptionGroup var filter: QueryFilterOptions

    func validate() throws {
        guard (1...GraphQuery.maximumDepth).contains(depth) else {
            throw ValidationError("--depth must be between 1 and \(GraphQuery.maximumDepth), not \(depth)")
        }
        guard (1...GraphQuery.maximumPathLength).contains(maxLength) else {
            throw ValidationError("--max-length must be between 1 and \(GraphQuery.maximumPathLength), not \(maxLength)")
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
        if (pathFrom == nil) != (pathTo == nil) {
            throw ValidationError("--path-from and --path-to go together: give both ends of the path")
        }
        if pathFrom != nil, entity != nil {
            throw ValidationError("use either --entity (an ego network) or --path-from/--path-to (paths), not both")
        }
    }

    /// A selected subgraph with complete evidence, and the words that describe how it was chosen.
    struct Selection {
        var graph: KnowledgeGraph
        /// "Russia: relations within 1 hop, ≥ 2 sentences per edge, strongest 45 of 94 edges".
        var query: String
        /// Distinct articles behind the selected edges.
        var articleCount: Int
        /// The entities the query named (centre, path ends), drawn emphasised.
        var focus: Set<String>
        /// Edges (paths for path queries) that matched before the limit cut them.
        var totalCount: Int
    }

    /// The question the options ask; `defaultLimit` applies when --limit is not given.
    func graphQuery(defaultLimit: Int?) -> GraphQuery {
        let kind: GraphQuery.Kind
        if let entity {
            kind = .neighbors(entity: entity, depth: depth, direction: .both)
        } else if let pathFrom, let pathTo {
            kind = .path(from: pathFrom, to: pathTo, maxLength: maxLength)
        } else {
            kind = .whole
        }
        return GraphQuery(kind, filter: filter.filter(), limit: limit ?? defaultLimit)
    }

    /// Answers the query on `store` with every sentence behind the chosen edges (not one example each), so
    /// dumps are complete and titles count articles exactly.
    func select(from store: any GraphSource, defaultLimit: Int? = nil) throws -> Selection {
        try select(from: store, query: graphQuery(defaultLimit: defaultLimit))
    }

    /// Answers `query` as `select(from:defaultLimit:)` does; with `describesCut` false, the description leaves
    /// the limit's cut to the caller (a diagram's selection says what it left out itself).
    func select(from store: any GraphSource, query: GraphQuery, describesCut: Bool = true) throws -> Selection {
        var query = query
        query.evidence = .all
        let result = try store.answer(query)
        let graph = result.graph
        let articles = Set(graph.edges.values.flatMap { $0.evidence.map(\.documentID) }).count
        return Selection(
            graph: graph, query: Self.describe(query, result: result, describesCut: describesCut),
            articleCount: articles, focus: Set(result.anchors.map(\.id)), totalCount: result.totalCount)
    }

    /// The query in words, for titles and messages.
    static func describe(_ query: GraphQuery, result: QueryResult, describesCut: Bool = true) -> String {
        var text: String
        let name = { (index: Int, fallback: String) in
            result.anchors.indices.contains(index) ? result.anchors[index].name : fallback
        }
        switch query.kind {
        case let .neighbors(entity, depth, _):
            text = "\(name(0, entity)): relations within \(depth) hop\(depth == 1 ? "" : "s")"
        case let .path(from, to, maxLength):
            text = "Shortest paths from \(name(0, from)) to \(name(1, to)) (at most \(maxLength) hops)"
        case .contested:
            text = "Contested relations"
        case .whole, .entities, .evidence:
            text = "The whole graph"
        }
        let filter = query.filter
        if filter.minimumEvidence > 1 { text += ", ≥ \(filter.minimumEvidence) sentences per edge" }
        if !filter.relations.isEmpty { text += ", relation " + filter.relations.sorted().joined(separator: " or ") }
        if !filter.categories.isEmpty { text += ", " + filter.categories.sorted().map(\.title).joined(separator: " or ") }
        if !filter.polarities.isEmpty { text += ", " + filter.polarities.map(\.rawValue).sorted().joined(separator: " or ") }
        if let from = filter.fromDate, let to = filter.toDate {
            text += ", \(from) to \(to)"
        } else if let from = filter.fromDate {
            text += ", from \(from)"
        } else if let to = filter.toDate {
            text += ", until \(to)"
        }
        if !filter.includeConcepts { text += ", actors only" }
        if filter.contestedOnly { text += ", contested only" }
        if result.truncated && describesCut {
            var unit = "edges"
            if case .path = query.kind { unit = "paths" }
            text += ", strongest \(query.limit ?? 0) of \(result.totalCount) \(unit)"
        }
        return text
    }
}
