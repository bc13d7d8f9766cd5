import KGCore
import KGGraph
import KGStore

/// Answers `GraphQuery` values, timelines and change reports for the server through the store's own executor
/// (`GraphSource`, whichever database holds the graph), the same one the CLI uses, so pages, the JSON API and
/// the CLI always agree.
public final class GraphService: Sendable {
    /// The store, opened read-only.
    public let store: any GraphSource
    /// The caps every answer respects.
    public let limits: ServerLimits

    /// Sheds store queries beyond `limits.maximumConcurrentQueries`.
    let gate: LoadGate

    /// A service over `store` within `limits`.
    public init(store: any GraphSource, limits: ServerLimits = ServerLimits()) {
        self.store = store
        self.limits = limits
        gate = LoadGate(capacity: limits.maximumConcurrentQueries)
    }

    /// The ego network a `.neighbors` query asks for, filtered and cut at the query's limit; refused when the
    /// network is larger than `limits.maximumEdges`.
    public func neighbors(_ query: GraphQuery) throws(ServerError) -> NeighborsAnswer {
        guard case .neighbors(_, let depth, _) = query.kind else {
            throw ServerError(.internalError, "neighbors(_:) was given a \(query.kind) query")
        }
        let result = try answer(query)
        guard let center = result.anchors.first else {
            throw ServerError(.internalError, "the store answered a neighbors query without its centre")
        }
        guard result.totalCount <= limits.maximumEdges else {
            throw ServerError(.tooLarge, "the network of \(center.name) within \(depth) hops has \(result.totalCount) "
                              + "relations; at most \(limits.maximumEdges) are answered",
                              hint: "lower the depth, or raise min-evidence, or pick categories or polarities")
        }
        return NeighborsAnswer(center: center, graph: result.graph, depth: depth, totalEdges: result.totalCount)
    }

    /// Every edge from the subject to the object of an `.evidence` query, with all its sentences.
    public func evidence(_ query: GraphQuery) throws(ServerError) -> EvidenceAnswer {
        guard case .evidence(_, _, let relation) = query.kind else {
            throw ServerError(.internalError, "evidence(_:) was given a \(query.kind) query")
        }
        let result = try answer(query)
        guard result.anchors.count == 2 else {
            throw ServerError(.internalError, "the store answered an evidence query without its two entities")
        }
        return EvidenceAnswer(subject: result.anchors[0], object: result.anchors[1], relation: relation,
                              graph: result.graph, totalSentences: result.totalCount)
    }

    /// Shortest paths (edges in either direction) between the two entities of a `.path` query.
    public func path(_ query: GraphQuery) throws(ServerError) -> PathAnswer {
        guard case .path(_, _, let maxLength) = query.kind else {
            throw ServerError(.internalError, "path(_:) was given a \(query.kind) query")
        }
        let result = try answer(query)
        guard result.anchors.count == 2 else {
            throw ServerError(.internalError, "the store answered a path query without its two ends")
        }
        return PathAnswer(from: result.anchors[0], to: result.anchors[1], maxLength: maxLength, paths: result.paths,
                          graph: result.graph)
    }

    /// Entities matching an `.entities` query, best match first, then most connected.
    public func entities(_ query: GraphQuery) throws(ServerError) -> [EntitySummary] {
        try answer(query).entities.map { EntitySummary($0.entity, degree: $0.degree, evidence: $0.evidenceCount) }
    }

    /// Edges that some evidence asserts and other evidence denies, most evidence first.
    public func contested(_ query: GraphQuery) throws(ServerError) -> KnowledgeGraph {
        var contested = query
        contested.kind = .contested
        return try answer(contested).graph
    }

    /// The strongest edges of the whole graph, filtered.
    public func whole(_ query: GraphQuery) throws(ServerError) -> KnowledgeGraph {
        try answer(query).graph
    }

    /// The timeline of an entity's relations, or of a pair's (see `GraphSource.timeline(of:with:direction:filter:by:)`),
    /// the same from an SQLite file as from a PostgreSQL server.
    public func timeline(of name: String, with other: String? = nil, direction: Direction = .both,
                         filter: GraphFilter = GraphFilter(), by period: TimelinePeriod = .week) throws(ServerError)
        -> TimelineResult
    {
        try storeCall { try store.timeline(of: name, with: other, direction: direction, filter: filter, by: period) }
    }

    /// What changed from `since` on (through `until`); without `since`, in the last `days` days of the data (by
    /// the latest article date). Nil when `since` is not given and no article is dated.
    public func changes(since: String? = nil, until: String? = nil, days: Int = 7, limit: Int = 8) throws(ServerError)
        -> ChangeReport?
    {
        try storeCall {
            guard let start = try since ?? store.latestDate().flatMap(CalendarDay.init(iso:)).map({
                CalendarDay(dayNumber: $0.dayNumber - (days - 1)).iso
            }) else { return nil }
            return try store.changes(since: start, until: until, limit: limit, includeConcepts: false)
        }
    }

    /// What the store holds.
    public func stats() throws(ServerError) -> StoreStats {
        try storeCall { try store.stats() }
    }

    /// The entity a name or alias means; an unknown name is a 404 that suggests close names.
    public func resolve(_ name: String) throws(ServerError) -> Entity {
        try storeCall { try store.resolveEntity(named: name) }
    }

    private func answer(_ query: GraphQuery) throws(ServerError) -> QueryResult {
        try storeCall { try store.answer(query) }
    }

    /// Runs a store call, turning its errors into HTTP-shaped ones: bad queries 400, unknown names 404.
    private func storeCall<T>(_ body: () throws -> T) throws(ServerError) -> T {
        try gate.run { () throws(ServerError) -> T in try convertingErrors(body) }
    }

    private func convertingErrors<T>(_ body: () throws -> T) throws(ServerError) -> T {
        do {
            return try body()
        } catch let error as QueryError {
            throw ServerError(error.kind == .unknownEntity ? .notFound : .badRequest, error.message, hint: error.hint)
        } catch let error as StoreError {
            throw ServerError(error.kind == .unknownEntity ? .notFound : .internalError, error.message, hint: error.hint)
        } catch {
            throw ServerError(.internalError, "the store failed: \(error)")
        }
    }
}
