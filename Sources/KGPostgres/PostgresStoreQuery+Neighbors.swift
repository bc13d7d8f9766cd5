import KGCore
import KGGraph

extension PostgresStoreQuery {
    /// The edges around `center` (`NeighborSearch`, as the SQLite store answers them).
    func neighbors(of center: (rowID: Int64, entity: Entity), depth: Int, direction: Direction) throws -> QueryResult {
        try NeighborSearch.answer(
            query, center: center, depth: depth, direction: direction,
            edges: { outgoing, frontier in try edges(whose: outgoing ? .subject : .object, isIn: frontier) },
            keys: { try keys($0) }, chosenEdges: { try chosenEdges($0, keys: $1, contrast: false) },
            entities: { try entitiesByKey($0) })
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
        return QueryResult.evidenceTable(query: query, subject: subject, object: object, rows: summaries,
                                         evidence: try store.evidence(where: "edgeID", isIn: summaries.map(\.rowID)))
    }
}
