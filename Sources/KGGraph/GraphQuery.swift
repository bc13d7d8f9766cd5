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

    /// The question asked.
    public var kind: Kind
    /// Which edges the answer keeps.
    public var filter: GraphFilter
    /// At most this many rows in the answer: edges (neighbors, contested, whole), paths, entities, or
    /// sentences (evidence); nil for no limit.
    public var limit: Int?
    /// How much evidence the edges of a neighbors, contested or whole-graph answer carry: one example each
    /// (the default) or every sentence. Path answers always carry every sentence, evidence answers every one
    /// up to their limit (which counts sentences).
    public var evidence: EvidenceDetail

    /// Makes a query; every part left out asks for everything, with one example sentence per edge.
    public init(_ kind: Kind, filter: GraphFilter = GraphFilter(), limit: Int? = nil,
                evidence: EvidenceDetail = .sample) {
        self.kind = kind
        self.filter = filter
        self.limit = limit
        self.evidence = evidence
    }

    private enum CodingKeys: String, CodingKey {
        case kind, filter, limit, evidence
    }

    /// Decodes a query; one encoded before queries had an evidence setting asks for a sample.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        filter = try container.decode(GraphFilter.self, forKey: .filter)
        limit = try container.decodeIfPresent(Int.self, forKey: .limit)
        evidence = try container.decodeIfPresent(EvidenceDetail.self, forKey: .evidence) ?? .sample
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
