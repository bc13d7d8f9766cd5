import KGGraph

/// An entity's filtered ego network.
public struct NeighborsAnswer: Sendable, Hashable {
    /// The entity the network is around.
    public var center: Entity
    /// The network's strongest edges (the query's limit), centre included; one example sentence per edge.
    public var graph: KnowledgeGraph
    /// Hops followed.
    public var depth: Int
    /// Edges in the whole filtered network, before the limit.
    public var totalEdges: Int
}

/// The edges from one entity to another with all their evidence.
public struct EvidenceAnswer: Sendable, Hashable {
    /// The entity the edges start from.
    public var subject: Entity
    /// The entity they end at.
    public var object: Entity
    /// The relation asked for, if any.
    public var relation: String?
    /// The two entities and the edges between them.
    public var graph: KnowledgeGraph
    /// Sentences before the query's limit.
    public var totalSentences: Int
}

/// Shortest paths between two entities.
public struct PathAnswer: Sendable, Hashable {
    /// Where the paths start.
    public var from: Entity
    /// Where they end.
    public var to: Entity
    /// Longest path looked for.
    public var maxLength: Int
    /// The paths, strongest first; each hop may be joined by several edges.
    public var paths: [GraphPath]
    /// Every edge on some path, with its endpoints and evidence.
    public var graph: KnowledgeGraph
}
