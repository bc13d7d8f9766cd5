/// The answer to a `GraphQuery`: a subgraph to render or dump, plus the ordered rows a table or JSON API
/// shows. Both executors (`KnowledgeGraph.answer(_:)`, `GraphStore.answer(_:)`) give equal results.
///
/// Evidence in `graph`: evidence queries and paths carry every sentence (within the date range); the other
/// kinds carry one example per edge (a contested edge: its first asserting and first denying sentence) and
/// the counts and dates of all of it in `Edge.totals`, or every sentence when the query's `evidence` is `.all`.
public struct QueryResult: Sendable, Hashable, Codable {
    /// The question answered.
    public var query: GraphQuery
    /// The answer as a graph: the rows' edges and their endpoints (plus the anchors).
    public var graph: KnowledgeGraph
    /// The entities the query named, resolved: the centre (neighbors), start and end (path), subject and
    /// object (evidence); empty for the other kinds.
    public var anchors: [Entity]
    /// Edges in table order: neighbors by hop then evidence; path edges hop by hop; others strongest first.
    public var rows: [EdgeRow]
    /// Entities query: the listing, best match first, then most connected.
    public var entities: [EntityRow]
    /// Path query: the shortest paths, strongest first (the sum over hops of each hop's strongest edge).
    public var paths: [GraphPath]
    /// How many rows (edges, entities, paths or sentences) the answer had before `limit` cut it. Neighbors
    /// stop reading farther hops once nearer ones fill the limit, so there it counts the hops read.
    public var totalCount: Int
    /// Whether `limit` (or a search cap) left part of the answer out.
    public var truncated: Bool

    /// Makes a result.
    public init(query: GraphQuery, graph: KnowledgeGraph = KnowledgeGraph(), anchors: [Entity] = [],
                rows: [EdgeRow] = [], entities: [EntityRow] = [], paths: [GraphPath] = [], totalCount: Int = 0,
                truncated: Bool = false) {
        self.query = query
        self.graph = graph
        self.anchors = anchors
        self.rows = rows
        self.entities = entities
        self.paths = paths
        self.totalCount = totalCount
        self.truncated = truncated
    }

    /// Distinct documents behind the evidence the graph carries (a lower bound when edges are sampled).
    public var documentCount: Int {
        Set(graph.edges.values.lazy.flatMap { $0.evidence.map(\.documentID) }).count
    }
}
