import KGGraph

/// Breadth-first shortest paths over a snapshot's edges, ignoring their direction.
struct PathFinder {
    let snapshot: GraphSnapshot
    let admits: (Edge) -> Bool

    /// Up to `limit` shortest paths of at most `maxLength` edges, each as its edges from `from` to `to`.
    func shortestPaths(from: String, to: String, maxLength: Int, limit: Int) -> [[Edge.ID]] {
        guard from != to else { return [] }
        // Distance of each reached entity from `from`, and the edges that reach it on a shortest path.
        var distance: [String: Int] = [from: 0]
        var parents: [String: [(entity: String, edge: Edge.ID)]] = [:]
        var frontier = [from]
        var level = 0
        while !frontier.isEmpty, level < maxLength, distance[to] == nil {
            level += 1
            var next: [String] = []
            for node in frontier {
                for id in snapshot.adjacency[node] ?? [] {
                    guard let edge = snapshot.graph.edges[id], admits(edge) else { continue }
                    let other = id.subject == node ? id.object : id.subject
                    if let seen = distance[other] {
                        if seen == level { parents[other, default: []].append((node, id)) }
                        continue
                    }
                    distance[other] = level
                    parents[other] = [(node, id)]
                    next.append(other)
                }
            }
            frontier = next
        }
        guard distance[to] != nil else { return [] }
        var paths: [[Edge.ID]] = []
        var stack: [(node: String, suffix: [Edge.ID])] = [(to, [])]
        while let (node, suffix) = stack.popLast(), paths.count < limit {
            if node == from {
                paths.append(suffix)
                continue
            }
            for parent in (parents[node] ?? []).reversed() {
                stack.append((parent.entity, [parent.edge] + suffix))
            }
        }
        return paths.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
