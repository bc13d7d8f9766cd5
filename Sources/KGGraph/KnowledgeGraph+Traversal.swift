import KGCore

extension KnowledgeGraph {
    /// The ego network of an entity: breadth-first up to `depth` hops along edges in `direction`.
    ///
    /// Holds every reached entity and every edge followed while expanding entities closer than `depth` hops,
    /// with all its evidence. Depth 0 is the entity alone; an unknown id gives an empty graph.
    public func subgraph(around entityID: String, depth: Int, direction: Direction = .both) -> KnowledgeGraph {
        guard let start = entities[entityID] else { return KnowledgeGraph() }
        var result = KnowledgeGraph()
        result.insert(start)
        guard depth > 0 else { return result }

        let adjacency = adjacency(direction)
        var visited: Set<String> = [entityID]
        var frontier = [entityID]
        for _ in 0..<depth where !frontier.isEmpty {
            var next: [String] = []
            for node in frontier {
                for edgeID in adjacency[node, default: []] {
                    guard let edge = edges[edgeID], result.edges[edgeID] == nil else { continue }
                    result.insert(edge)
                    for end in [edge.subject, edge.object] where visited.insert(end).inserted {
                        next.append(end)
                        if let entity = entities[end] { result.insert(entity) }
                    }
                }
            }
            frontier = next
        }
        return result
    }

    /// The `limit` edges with the most evidence and their endpoints; ties go to the smaller edge id.
    public func topEdges(limit: Int) -> KnowledgeGraph {
        let ranked = edges.values.sorted { lhs, rhs in
            lhs.evidenceCount != rhs.evidenceCount ? lhs.evidenceCount > rhs.evidenceCount : lhs.id < rhs.id
        }
        return subgraph(edges: ranked.prefix(max(0, limit)).map(\.id))
    }

    /// The graph made of the given edges (those that exist) and their endpoint entities.
    public func subgraph(edges ids: some Sequence<Edge.ID>) -> KnowledgeGraph {
        var result = KnowledgeGraph()
        for id in ids {
            guard let edge = edges[id], result.edges[id] == nil else { continue }
            for end in [edge.subject, edge.object] where result.entities[end] == nil {
                if let entity = entities[end] { result.insert(entity) }
            }
            result.insert(edge)
        }
        return result
    }

    /// Edge ids by the entity a traversal in `direction` leaves from, in sorted order for determinism.
    private func adjacency(_ direction: Direction) -> [String: [Edge.ID]] {
        var adjacency: [String: [Edge.ID]] = [:]
        for id in edges.keys.sorted() {
            if direction.followsOutgoing { adjacency[id.subject, default: []].append(id) }
            if direction.followsIncoming && id.object != id.subject { adjacency[id.object, default: []].append(id) }
        }
        return adjacency
    }
}
