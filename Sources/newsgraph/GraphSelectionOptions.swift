import ArgumentParser
import KGGraph
import KGStore

/// Which part of the stored graph `render` and `export` work on: an ego network or the whole graph, filtered.
struct GraphSelectionOptions: ParsableArguments {
    @Option(help: "Only the network around this entity (name or alias).")
    var entity: String?

    @Option(help: "Hops around --entity to include (1-4).")
    var depth: Int = 1

    @Option(help: "Drop edges with fewer sentences behind them than this.")
    var minEvidence: Int = 1

    @Option(help: "Keep at most this many edges, the strongest (most evidence) first.")
    var limit: Int?

    func validate() throws {
        guard (1...4).contains(depth) else { throw ValidationError("--depth must be between 1 and 4, not \(depth)") }
        guard minEvidence >= 1 else { throw ValidationError("--min-evidence must be at least 1, not \(minEvidence)") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    /// A selected subgraph and the words that describe how it was chosen.
    struct Selection {
        var graph: KnowledgeGraph
        /// "Russia, 1 hop" or "whole graph", plus the filters used.
        var query: String
        /// Distinct articles behind the selected edges.
        var articleCount: Int
        /// The entity the selection is centred on, if any.
        var focus: Set<String>
    }

    /// Reads the selection from `store`; `defaultLimit` applies when --limit is not given.
    func select(from store: GraphStore, defaultLimit: Int? = nil) throws -> Selection {
        let limit = self.limit ?? defaultLimit
        var graph: KnowledgeGraph
        var query: String
        var focus: Set<String> = []
        if let entity {
            let center = try store.resolveEntity(named: entity)
            graph = try store.neighborhood(of: center.id, depth: depth, direction: .both)
            query = "\(center.name): relations within \(depth) hop\(depth == 1 ? "" : "s")"
            focus = [center.id]
        } else if let limit, minEvidence == 1 {
            graph = try store.topEdges(limit: limit)
            query = "The whole graph"
        } else {
            graph = try store.loadGraph()
            query = "The whole graph"
        }
        if minEvidence > 1 {
            graph = graph.subgraph(edges: graph.edges.values.filter { $0.evidenceCount >= minEvidence }.map(\.id))
            query += ", ≥ \(minEvidence) sentences per edge"
        }
        if let limit, graph.edgeCount > limit {
            let kept = graph.topEdges(limit: limit)
            query += ", strongest \(kept.edgeCount) of \(graph.edgeCount) edges"
            graph = kept
        } else if let limit, entity == nil, graph.edgeCount == limit {
            query += ", strongest \(limit) edges"
        }
        let articles = Set(graph.edges.values.flatMap { $0.evidence.map(\.documentID) }).count
        return Selection(graph: graph, query: query, articleCount: articles, focus: focus)
    }
}
