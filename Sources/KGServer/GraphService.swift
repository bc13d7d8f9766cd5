import KGCore
import KGGraph
import KGStore

/// Answers `GraphQuery` values for the server from a read-only store: the one place pages and the JSON API
/// get their data, so both always agree.
public final class GraphService: Sendable {
    /// The store, opened read-only.
    public let store: GraphStore
    /// The caps every answer respects.
    public let limits: ServerLimits
    let snapshots: GraphSnapshotCache

    /// A service over `store` within `limits`.
    public init(store: GraphStore, limits: ServerLimits = ServerLimits()) {
        self.store = store
        self.limits = limits
        snapshots = GraphSnapshotCache(store: store)
    }

    /// The ego network a `.neighbors` query asks for, filtered; the centre is always in it.
    public func neighbors(_ query: GraphQuery) throws(ServerError) -> NeighborsAnswer {
        guard case .neighbors(let name, let depth, let direction) = query.kind else {
            throw ServerError(.internalError, "neighbors(_:) was given a \(query.kind) query")
        }
        let center = try resolve(name)
        let network = try storeCall { try store.neighborhood(of: center.id, depth: depth, direction: direction) }
        let filtered = QueryFilter(query.filter).apply(to: network, keeping: [center.id])
        guard filtered.edgeCount <= limits.maximumEdges else {
            throw ServerError(.tooLarge, "the network of \(center.name) within \(depth) hops has \(filtered.edgeCount) relations; "
                              + "at most \(limits.maximumEdges) are answered",
                              hint: "lower the depth, or raise min-evidence, or pick categories or polarities")
        }
        return NeighborsAnswer(center: center, graph: filtered, depth: depth)
    }

    /// Every edge between the two entities of an `.evidence` query (either direction), optionally one relation.
    public func evidence(_ query: GraphQuery) throws(ServerError) -> EvidenceAnswer {
        guard case .evidence(let subjectName, let objectName, let relation) = query.kind else {
            throw ServerError(.internalError, "evidence(_:) was given a \(query.kind) query")
        }
        let subject = try resolve(subjectName)
        let object = try resolve(objectName)
        let network = try storeCall { try store.neighborhood(of: subject.id, depth: 1, direction: .both) }
        let edges = network.sortedEdges.filter { edge in
            let joins = (edge.subject == subject.id && edge.object == object.id)
                || (edge.subject == object.id && edge.object == subject.id)
            return joins && (relation.map { Entity.normalize($0) == Entity.normalize(edge.relation) } ?? true)
        }
        let kept = QueryFilter(query.filter).apply(to: KnowledgeGraph(entities: [subject, object], edges: edges),
                                                   keeping: [subject.id, object.id])
        return EvidenceAnswer(subject: subject, object: object, relation: relation, graph: kept)
    }

    /// Shortest paths (ignoring edge direction) between the two entities of a `.path` query, at most `limit`.
    public func path(_ query: GraphQuery) throws(ServerError) -> PathAnswer {
        guard case .path(let fromName, let toName, let maxLength) = query.kind else {
            throw ServerError(.internalError, "path(_:) was given a \(query.kind) query")
        }
        let from = try resolve(fromName)
        let to = try resolve(toName)
        let snapshot = try storeCall { try snapshots.current() }
        let filter = QueryFilter(query.filter)
        let finder = PathFinder(snapshot: snapshot, admits: { filter.admits($0, in: snapshot.graph) })
        let paths = finder.shortestPaths(from: from.id, to: to.id, maxLength: maxLength, limit: min(query.limit ?? 10, 20))
        return PathAnswer(from: from, to: to, maxLength: maxLength, paths: paths,
                          graph: snapshot.graph.subgraph(edges: paths.flatMap { $0 }))
    }

    /// Entities matching an `.entities` query, most connected first.
    public func entities(_ query: GraphQuery) throws(ServerError) -> [EntitySummary] {
        guard case .entities(let type, let search) = query.kind else {
            throw ServerError(.internalError, "entities(_:) was given a \(query.kind) query")
        }
        let snapshot = try storeCall { try snapshots.current() }
        let wanted = search.map(Entity.normalize) ?? ""
        let limit = query.limit ?? limits.maximumRows
        var prefixMatches: [EntitySummary] = []
        var otherMatches: [EntitySummary] = []
        for summary in snapshot.rankedEntities where type == nil || summary.type == type {
            guard !wanted.isEmpty else {
                prefixMatches.append(summary)
                if prefixMatches.count >= limit { break }
                continue
            }
            let names = [summary.name] + summary.aliases
            if names.contains(where: { Entity.normalize($0).hasPrefix(wanted) }) {
                prefixMatches.append(summary)
            } else if otherMatches.count < limit, names.contains(where: { Entity.normalize($0).contains(wanted) }) {
                otherMatches.append(summary)
            }
        }
        return Array((prefixMatches + otherMatches).prefix(limit))
    }

    /// Edges that some evidence asserts and other evidence denies, most evidence first.
    public func contested(_ query: GraphQuery) throws(ServerError) -> KnowledgeGraph {
        let snapshot = try storeCall { try snapshots.current() }
        var filter = query.filter
        filter.contestedOnly = true
        let kept = QueryFilter(filter).apply(to: snapshot.graph, keeping: [])
        return kept.topEdges(limit: query.limit ?? limits.maximumRows)
    }

    /// The strongest edges of the whole graph, filtered.
    public func whole(_ query: GraphQuery) throws(ServerError) -> KnowledgeGraph {
        let snapshot = try storeCall { try snapshots.current() }
        let kept = QueryFilter(query.filter).apply(to: snapshot.graph, keeping: [])
        return kept.topEdges(limit: query.limit ?? limits.maximumDrawnEdges)
    }

    /// What the store holds.
    public func stats() throws(ServerError) -> StoreStats {
        try storeCall { try store.stats() }
    }

    /// The entity a name or alias means; an unknown name is a 404 that suggests close names.
    public func resolve(_ name: String) throws(ServerError) -> Entity {
        do {
            return try store.resolveEntity(named: name)
        } catch let error as StoreError where error.kind == .unknownEntity {
            throw ServerError(.notFound, error.message, hint: error.hint)
        } catch {
            throw ServerError(.internalError, "the store failed looking up '\(name)': \(error)")
        }
    }

    private func storeCall<T>(_ body: () throws -> T) throws(ServerError) -> T {
        do {
            return try body()
        } catch let error as ServerError {
            throw error
        } catch let error as StoreError {
            throw ServerError(.internalError, error.message, hint: error.hint)
        } catch {
            throw ServerError(.internalError, "the store failed: \(error)")
        }
    }
}

/// An entity's filtered ego network.
public struct NeighborsAnswer: Sendable, Hashable {
    /// The entity the network is around.
    public var center: Entity
    /// The network, centre included.
    public var graph: KnowledgeGraph
    /// Hops followed.
    public var depth: Int
}

/// The edges between two entities with all their evidence.
public struct EvidenceAnswer: Sendable, Hashable {
    /// The first entity asked for.
    public var subject: Entity
    /// The second entity asked for.
    public var object: Entity
    /// The relation asked for, if any.
    public var relation: String?
    /// The two entities and the edges between them.
    public var graph: KnowledgeGraph
}

/// Shortest paths between two entities.
public struct PathAnswer: Sendable, Hashable {
    /// Where the paths start.
    public var from: Entity
    /// Where they end.
    public var to: Entity
    /// Longest path looked for.
    public var maxLength: Int
    /// Each path as its edges, in order from `from`.
    public var paths: [[Edge.ID]]
    /// Every edge on some path, with its endpoints and evidence.
    public var graph: KnowledgeGraph
}
