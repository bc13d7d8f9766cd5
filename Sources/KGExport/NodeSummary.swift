import KGGraph

/// What a node's tooltip says about its edges in the drawn graph: how many, how much evidence, the strongest.
struct NodeSummary: Sendable, Hashable {
    /// Edges that start or end at the node (a self-loop counts once).
    var edges = 0
    /// Pieces of evidence behind those edges.
    var evidence = 0
    /// The edge with the most evidence; ties go to the smaller edge id.
    var strongest: Edge?

    /// Summaries of every entity that has an edge in `graph`, by entity id.
    static func summaries(of graph: KnowledgeGraph) -> [String: NodeSummary] {
        var summaries: [String: NodeSummary] = [:]
        for edge in graph.edges.values {
            let ends = edge.subject == edge.object ? [edge.subject] : [edge.subject, edge.object]
            for end in ends {
                summaries[end, default: NodeSummary()].add(edge)
            }
        }
        return summaries
    }

    private mutating func add(_ edge: Edge) {
        edges += 1
        evidence += edge.evidenceCount
        if let current = strongest,
           (current.evidenceCount, edge.id) >= (edge.evidenceCount, current.id) {
            return
        }
        strongest = edge
    }
}
