import KGCore

/// What a user asks of the graph — one value shared by the CLI, the web server and the JSON API, answered by
/// the store through its indexes or by an in-memory `KnowledgeGraph`. Every answer is itself a (sub)graph.
public struct GraphQuery: Sendable, Hashable, Codable {
    /// The question.
    public enum Kind: Sendable, Hashable, Codable {
        /// The ego network of an entity (name or alias), `depth` hops out.
        case neighbors(entity: String, depth: Int, direction: Direction)
        /// Shortest paths between two entities, at most `maxLength` hops.
        case path(from: String, to: String, maxLength: Int)
        /// Entities, optionally of one type and matching a search text.
        case entities(type: EntityType?, search: String?)
        /// Every piece of evidence behind the edges between two entities (optionally one relation).
        case evidence(subject: String, object: String, relation: String?)
        /// Edges that some evidence asserts and other evidence denies.
        case contested
        /// The whole graph (capped by `limit` edges, strongest first).
        case whole
    }

    public var kind: Kind
    public var filter: GraphFilter
    /// At most this many edges (or entities, for `.entities`) in the answer; nil for no limit.
    public var limit: Int?

    public init(_ kind: Kind, filter: GraphFilter = GraphFilter(), limit: Int? = nil) {
        self.kind = kind
        self.filter = filter
        self.limit = limit
    }
}

/// Which edges a query keeps: by relation, category, polarity, evidence, dates and endpoint types.
public struct GraphFilter: Sendable, Hashable, Codable {
    /// Relation lemmas to keep; empty keeps all.
    public var relations: Set<String> = []
    public var categories: Set<RelationCategory> = []
    public var polarities: Set<Polarity> = []
    /// Edges with fewer pieces of evidence are dropped.
    public var minimumEvidence: Int = 1
    /// Inclusive ISO dates (`YYYY-MM-DD`); an edge is kept when some evidence falls in the range.
    public var fromDate: String?
    public var toDate: String?
    /// Whether edges to non-actor objects ("Iranian drones") are kept.
    public var includeConcepts: Bool = true
    /// Only edges whose evidence is both asserted and denied.
    public var contestedOnly: Bool = false

    public init() {}
}
