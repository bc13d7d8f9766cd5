import KGCore
import KGGraph

/// `GraphFilter` applied to a graph in memory: which edges it keeps, and the graph that is left.
struct QueryFilter: Sendable {
    let filter: GraphFilter

    init(_ filter: GraphFilter) {
        self.filter = filter
    }

    /// Whether `edge` passes every part of the filter.
    func admits(_ edge: Edge, in graph: KnowledgeGraph) -> Bool {
        if edge.evidenceCount < filter.minimumEvidence { return false }
        if filter.contestedOnly && !edge.isContested { return false }
        if !filter.relations.isEmpty && !filter.relations.contains(edge.relation.lowercased()) { return false }
        if !filter.categories.isEmpty || !filter.polarities.isEmpty {
            let relationClass = edge.relationClass
            if !filter.categories.isEmpty && !filter.categories.contains(relationClass.category) { return false }
            if !filter.polarities.isEmpty && !filter.polarities.contains(relationClass.polarity) { return false }
        }
        if !filter.includeConcepts {
            for end in [edge.subject, edge.object] where graph.entities[end]?.type.isActor == false { return false }
        }
        if filter.fromDate != nil || filter.toDate != nil {
            let inRange = edge.evidence.contains { evidence in
                guard let date = evidence.date else { return false }
                return date >= (filter.fromDate ?? "") && date <= (filter.toDate ?? "9999-12-31")
            }
            if !inRange { return false }
        }
        return true
    }

    /// The edges of `graph` the filter admits, their endpoints, and the entities in `keeping`.
    func apply(to graph: KnowledgeGraph, keeping: [String]) -> KnowledgeGraph {
        var kept = graph.subgraph(edges: graph.edges.values.filter { admits($0, in: graph) }.map(\.id))
        for id in keeping {
            if let entity = graph.entities[id] { kept.insert(entity) }
        }
        return kept
    }
}
