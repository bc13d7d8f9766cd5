import KGCore
import KGGraph

extension PostgresStoreQuery {
    /// The edges around `center`, hop by hop through the edge indexes, ranked by (hop, evidence) on the kept
    /// counts: only the edges that can still make the cut have their endpoint keys read, and only the kept
    /// ones their sentences (the SQLite store's `StoreQuery.neighbors`, statement for statement).
    func neighbors(of center: (rowID: Int64, entity: Entity), depth: Int, direction: Direction) throws -> QueryResult {
        var hops: [Int64: Int] = [:]
        var found: [PostgresEdgeSummary] = []
        var visited: Set<Int64> = [center.rowID]
        var frontier = [center.rowID]
        // Every hop is explored even once the limit is filled: the total must count them all, not the shown ones.
        for hop in 1...max(1, depth) where depth > 0 && !frontier.isEmpty {
            var rows: [PostgresEdgeSummary] = []
            if direction.followsOutgoing { rows += try edges(whose: .subject, isIn: frontier) }
            if direction.followsIncoming { rows += try edges(whose: .object, isIn: frontier) }
            var next: [Int64] = []
            for row in rows where hops[row.rowID] == nil {
                hops[row.rowID] = hop
                found.append(row)
                for end in [row.subjectID, row.objectID] where visited.insert(end).inserted { next.append(end) }
            }
            frontier = next
        }
        var candidates = found
        if let limit = query.limit, found.count > limit {
            func rank(_ row: PostgresEdgeSummary) -> (Int, Int) { (hops[row.rowID] ?? 0, -row.totals.count) }
            let boundary = found.map(rank).sorted(by: <)[limit - 1]
            candidates = found.filter { rank($0) <= boundary }
        }
        let keys = try keys(Set(candidates.flatMap { [$0.subjectID, $0.objectID] }))
        var ranked = candidates.map { (summary: $0, id: edgeID($0, keys), hop: hops[$0.rowID] ?? 0) }
        // Ranked here only to cut; `QueryResult.edgeTable` puts the kept rows in order.
        if let limit = query.limit {
            ranked.sort {
                QueryResult.neighborOrder(($0.id, $0.summary.totals.count, $0.hop), ($1.id, $1.summary.totals.count, $1.hop))
            }
            ranked = Array(ranked.prefix(limit))
        }
        let kept = ranked.map(\.summary)
        let edges = try chosenEdges(kept, keys: keys, contrast: false)
        let entities = try entitiesByKey(kept.flatMap { [$0.subjectID, $0.objectID] })
        return QueryResult.edgeTable(
            query: query, edges: ranked.compactMap { item in edges[item.summary.rowID].map { ($0, item.hop) } },
            entities: entities, anchors: [center.entity], totalCount: found.count)
    }

    /// Every sentence behind the edges from `subject` to `object` (of `relation`, when given) that the filter
    /// keeps, read through the edge index.
    func evidence(from subject: (rowID: Int64, entity: Entity), to object: (rowID: Int64, entity: Entity),
                  relation: String?, subjectName: String, objectName: String) throws -> QueryResult {
        guard subject.rowID != object.rowID else {
            throw QueryError.sameEntity(subjectName, objectName, entityName: subject.entity.name)
        }
        var sql = "SELECT \(PostgresEdgeSummary.columns) FROM edge WHERE edge.subjectID = $1 AND edge.objectID = $2"
        var arguments: [PostgresSession.Argument] = [subject.rowID, object.rowID]
        if let relation {
            sql += " AND edge.relation = $3"
            arguments.append(relation)
        }
        let filter = PostgresEdgeFilter(query.filter, after: arguments.count)
        let summaries = try session.rows(sql + filter.clause, arguments + filter.arguments).map(PostgresEdgeSummary.init)
        let evidence = try store.evidence(where: "edgeID", isIn: summaries.map(\.rowID))
        let keys = [subject.rowID: subject.entity.id, object.rowID: object.entity.id]
        let edges = summaries.map { summary in
            let id = edgeID(summary, keys)
            return Edge(subject: id.subject, relation: id.relation, object: id.object,
                        evidence: (evidence[summary.rowID] ?? []).filter { query.filter.admits(date: $0.date) })
        }
        return QueryResult.evidenceTable(
            query: query, edges: edges, entities: [subject.entity.id: subject.entity, object.entity.id: object.entity],
            anchors: [subject.entity, object.entity])
    }
}
