import KGCore
import KGGraph

/// One entity listing, path, contested or strongest-edges query, answered in SQL through the indexes inside
/// one read transaction, with the result `KnowledgeGraph.answer(_:)` gives on the stored graph (the SQLite
/// store's `StoreQuery`, statement for statement). Callers hold the session.
struct PostgresStoreQuery {
    let store: PostgresStore
    let query: GraphQuery
    var session: PostgresSession { store.session }

    /// Which end of an edge a lookup matches.
    enum EdgeEnd: String {
        case subject = "subjectID"
        case object = "objectID"
    }

    // MARK: - Rows by id

    /// Entity keys by row id.
    func keys(_ rowIDs: some Collection<Int64>) throws -> [Int64: String] {
        var keys: [Int64: String] = [:]
        keys.reserveCapacity(rowIDs.count)
        for row in try session.rows("SELECT id, key FROM entity WHERE id = ANY($1)", [Array(rowIDs)]) {
            let (id, key) = try row.decode((Int64, String).self)
            keys[id] = key
        }
        return keys
    }

    /// Entities with aliases, by key.
    func entitiesByKey(_ rowIDs: some Collection<Int64>) throws -> [String: Entity] {
        var byKey: [String: Entity] = [:]
        for entity in try store.entities(rowIDs: Array(Set(rowIDs)).sorted()).values { byKey[entity.id] = entity }
        return byKey
    }

    /// Edges the query's filter keeps whose `end` is one of `entityIDs`.
    func edges(whose end: EdgeEnd, isIn entityIDs: [Int64]) throws -> [PostgresEdgeSummary] {
        let filter = PostgresEdgeFilter(query.filter, after: 1)
        return try session.rows("SELECT \(PostgresEdgeSummary.columns) FROM edge WHERE edge.\(end.rawValue) = ANY($1)"
                                + filter.clause, [entityIDs] + filter.arguments).map(PostgresEdgeSummary.init)
    }

    /// The id of `summary` as a graph edge, given endpoint keys.
    func edgeID(_ summary: PostgresEdgeSummary, _ keys: [Int64: String]) -> Edge.ID {
        Edge.ID(subject: keys[summary.subjectID] ?? "", relation: summary.relation, object: keys[summary.objectID] ?? "")
    }

    // MARK: - Edges with their evidence

    /// Graph edges for `summaries` with the evidence the query asks for: every sentence, or a sample.
    func chosenEdges(_ summaries: [PostgresEdgeSummary], keys: [Int64: String], contrast: Bool) throws -> [Int64: Edge] {
        try query.evidence == .all ? completeEdges(summaries, keys: keys)
            : sampledEdges(summaries, keys: keys, contrast: contrast)
    }

    /// Graph edges for `summaries` with every sentence, read by edge row id.
    func completeEdges(_ summaries: [PostgresEdgeSummary], keys: [Int64: String]) throws -> [Int64: Edge] {
        let evidence = try store.evidence(where: "edgeID", isIn: summaries.map(\.rowID))
        var edges: [Int64: Edge] = [:]
        for summary in summaries {
            let id = edgeID(summary, keys)
            edges[summary.rowID] = Edge(subject: id.subject, relation: id.relation, object: id.object,
                                        evidence: evidence[summary.rowID] ?? [])
        }
        return edges
    }

    /// Graph edges for `summaries` carrying their first sentence (with `contrast`, also the first of the other
    /// polarity) and their totals.
    func sampledEdges(_ summaries: [PostgresEdgeSummary], keys: [Int64: String], contrast: Bool) throws -> [Int64: Edge] {
        let grouping = contrast ? "edgeID, negated" : "edgeID"
        let sampleIDs = try session.rows("SELECT MIN(id) FROM evidence WHERE edgeID = ANY($1) GROUP BY \(grouping)",
                                         [summaries.map(\.rowID)]).map { try $0.decode(Int64.self) }
        let samples = try store.evidence(where: "id", isIn: sampleIDs)
        var edges: [Int64: Edge] = [:]
        for summary in summaries {
            let id = edgeID(summary, keys)
            edges[summary.rowID] = Edge(subject: id.subject, relation: id.relation, object: id.object,
                                        evidence: samples[summary.rowID] ?? [], totals: summary.totals)
        }
        return edges
    }

    // MARK: - Contested and strongest edges

    /// Contested edges, or the whole graph, strongest first: counted and cut on the evidence-count index. With
    /// a limit, at most that many edges are read: those above the limit-th count, and of those at it, the first
    /// by key (ordered by the server byte by byte, as Swift orders them); only the kept ones' sentences.
    func strongestEdges() throws -> QueryResult {
        let contested = query.kind == .contested
        var edgeFilter = query.filter
        if contested { edgeFilter.contestedOnly = true }
        let all = PostgresEdgeFilter(edgeFilter, after: 0)
        let total = try session.rows("SELECT COUNT(*) FROM edge WHERE TRUE" + all.clause, all.arguments).first?
            .decode(Int.self) ?? 0
        let afterCount = PostgresEdgeFilter(edgeFilter, after: 1)
        var candidates: [PostgresEdgeSummary]
        if let limit = query.limit, limit < total {
            let threshold = try session.rows("SELECT edge.evidenceCount FROM edge WHERE TRUE" + all.clause
                                             + " ORDER BY edge.evidenceCount DESC LIMIT 1 OFFSET $\(all.arguments.count + 1)",
                                             all.arguments + [limit - 1]).first?.decode(Int.self) ?? 0
            candidates = try session.rows("SELECT \(PostgresEdgeSummary.columns) FROM edge WHERE edge.evidenceCount > $1"
                                          + afterCount.clause, [threshold] + afterCount.arguments)
                .map(PostgresEdgeSummary.init)
            // Fewer than `limit` edges are above the threshold; the rest of the table ties at it.
            candidates += try session.rows("""
                SELECT \(PostgresEdgeSummary.columns) FROM edge
                JOIN entity AS subject ON subject.id = edge.subjectID JOIN entity AS object ON object.id = edge.objectID
                WHERE edge.evidenceCount = $1\(afterCount.clause)
                ORDER BY subject.key COLLATE "C", edge.relation COLLATE "C", object.key COLLATE "C"
                LIMIT $\(afterCount.arguments.count + 2)
                """, [threshold] + afterCount.arguments + [limit - candidates.count]).map(PostgresEdgeSummary.init)
        } else {
            candidates = try session.rows("SELECT \(PostgresEdgeSummary.columns) FROM edge WHERE TRUE" + all.clause,
                                          all.arguments).map(PostgresEdgeSummary.init)
        }
        let keys = try keys(Set(candidates.flatMap { [$0.subjectID, $0.objectID] }))
        let ranked = candidates.map { (summary: $0, id: edgeID($0, keys)) }
            .sorted { QueryResult.strongestFirst(($0.id, $0.summary.totals.count), ($1.id, $1.summary.totals.count)) }
        let kept = ranked.map(\.summary)
        let edges = try chosenEdges(kept, keys: keys, contrast: contested)
        let entities = try entitiesByKey(kept.flatMap { [$0.subjectID, $0.objectID] })
        return QueryResult.edgeTable(
            query: query, edges: kept.compactMap { edges[$0.rowID].map { ($0, 0) } }, entities: entities,
            anchors: [], totalCount: total, contrast: contested)
    }
}
