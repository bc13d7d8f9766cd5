import KGCore

/// What a user asks of the graph — one value shared by the CLI, the web server and the JSON API, answered by
/// the store through its indexes (`GraphStore.answer(_:)`) or by an in-memory graph
/// (`KnowledgeGraph.answer(_:)`). Every answer is itself a (sub)graph, in a `QueryResult`.
public struct GraphQuery: Sendable, Hashable, Codable {
    /// The question.
    public enum Kind: Sendable, Hashable, Codable {
        /// The ego network of an entity (name or alias), `depth` hops out along edges the filter keeps.
        case neighbors(entity: String, depth: Int, direction: Direction)
        /// Shortest paths between two entities, at most `maxLength` hops, along edges in either direction
        /// that the filter keeps.
        case path(from: String, to: String, maxLength: Int)
        /// Entities, optionally of one type and matching a search text (exact, prefix, word, substring or
        /// a close spelling), with their degree and evidence counts.
        case entities(type: EntityType?, search: String?)
        /// Every piece of evidence behind the edges from `subject` to `object` (optionally one relation).
        case evidence(subject: String, object: String, relation: String?)
        /// Edges that some evidence asserts and other evidence denies.
        case contested
        /// The whole graph (capped by `limit` edges, strongest first).
        case whole
    }

    public var kind: Kind
    public var filter: GraphFilter
    /// At most this many rows in the answer: edges (neighbors, contested, whole), paths, entities, or
    /// sentences (evidence); nil for no limit.
    public var limit: Int?

    public init(_ kind: Kind, filter: GraphFilter = GraphFilter(), limit: Int? = nil) {
        self.kind = kind
        self.filter = filter
        self.limit = limit
    }

    /// The largest `depth` a neighbors query may ask for; deeper ego networks are most of the graph.
    public static let maximumDepth = 4
    /// The longest path a path query may ask for.
    public static let maximumPathLength = 6
    /// How many shortest paths a path query lists when it gives no limit.
    public static let defaultPathLimit = 20

    /// Throws a `QueryError` of kind `invalidQuery` when a number is out of range or a date malformed.
    public func validate() throws {
        switch kind {
        case let .neighbors(_, depth, _) where !(0...Self.maximumDepth).contains(depth):
            throw QueryError(.invalidQuery, "depth \(depth) is out of range",
                             hint: "use a depth from 0 to \(Self.maximumDepth)")
        case let .path(_, _, maxLength) where !(1...Self.maximumPathLength).contains(maxLength):
            throw QueryError(.invalidQuery, "path length \(maxLength) is out of range",
                             hint: "use a maximum path length from 1 to \(Self.maximumPathLength)")
        default: break
        }
        if let limit, limit < 1 {
            throw QueryError(.invalidQuery, "limit \(limit) is out of range", hint: "use a limit of at least 1")
        }
        try filter.validate()
    }
}
