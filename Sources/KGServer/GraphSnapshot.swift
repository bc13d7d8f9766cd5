import Foundation
import KGGraph
import KGStore

/// The whole stored graph in memory with per-entity counts and adjacency, for the questions the store has no
/// index for yet (entity lists by degree, paths, contested edges). Loaded once, on first use.
final class GraphSnapshot: Sendable {
    let graph: KnowledgeGraph
    /// Entities by degree (most connected first), ties by name.
    let rankedEntities: [EntitySummary]
    /// Edge ids touching each entity, in either role.
    let adjacency: [String: [Edge.ID]]

    init(graph: KnowledgeGraph) {
        self.graph = graph
        var adjacency: [String: [Edge.ID]] = [:]
        var evidence: [String: Int] = [:]
        for id in graph.edges.keys.sorted() {
            let count = graph.edges[id]?.evidenceCount ?? 0
            adjacency[id.subject, default: []].append(id)
            evidence[id.subject, default: 0] += count
            if id.object != id.subject {
                adjacency[id.object, default: []].append(id)
                evidence[id.object, default: 0] += count
            }
        }
        self.adjacency = adjacency
        rankedEntities = graph.entities.values
            .map { EntitySummary($0, degree: adjacency[$0.id]?.count ?? 0, evidence: evidence[$0.id] ?? 0) }
            .sorted { ($1.degree, $0.name, $0.id) < ($0.degree, $1.name, $1.id) }
    }
}

/// Loads the snapshot once and hands out the same one to every request.
final class GraphSnapshotCache: @unchecked Sendable {
    private let store: GraphStore
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var snapshot: GraphSnapshot?

    init(store: GraphStore) {
        self.store = store
    }

    func current() throws -> GraphSnapshot {
        lock.lock()
        defer { lock.unlock() }
        if let snapshot { return snapshot }
        let loaded = GraphSnapshot(graph: try store.loadGraph())
        snapshot = loaded
        return loaded
    }
}
