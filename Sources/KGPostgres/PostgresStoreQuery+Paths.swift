import KGCore
import KGGraph

extension PostgresStoreQuery {
    /// Shortest paths, searched from both ends level by level through the edge indexes (only the frontier's
    /// edges are read at each level); only the kept paths' edges are read with their evidence.
    func paths(from start: (rowID: Int64, entity: Entity), to end: (rowID: Int64, entity: Entity),
               maxLength: Int) throws -> QueryResult {
        var summaries: [Int64: PostgresEdgeSummary] = [:]
        let search = try ShortestPaths<Int64, Int64>(from: start.rowID, to: end.rowID, maxLength: maxLength) { nodes in
            var steps: [ShortestPaths<Int64, Int64>.Step] = []
            for row in try edges(whose: .subject, isIn: nodes) {
                summaries[row.rowID] = row
                steps.append(.init(from: row.subjectID, to: row.objectID, edge: row.rowID))
            }
            for row in try edges(whose: .object, isIn: nodes) {
                summaries[row.rowID] = row
                steps.append(.init(from: row.objectID, to: row.subjectID, edge: row.rowID))
            }
            return steps
        }
        let keys = try keys(Set(search.paths.flatMap { $0 }))
        var summaryByID: [Edge.ID: PostgresEdgeSummary] = [:]
        let candidates = search.paths.map { nodes in
            GraphPath(entities: nodes.map { keys[$0] ?? "" }, hops: zip(nodes, nodes.dropFirst()).map { a, b in
                search.edges(between: a, and: b).compactMap { rowID -> Edge.ID? in
                    guard let summary = summaries[rowID] else { return nil }
                    let id = edgeID(summary, keys)
                    summaryByID[id] = summary
                    return id
                }
            })
        }
        let ranked = QueryResult.rankPaths(candidates, limit: query.limit ?? GraphQuery.defaultPathLimit) {
            summaryByID[$0]?.totals.count ?? 0
        }
        let keptRows = Set(ranked.flatMap { (path: GraphPath) in path.hops.joined() }).compactMap { summaryByID[$0] }
        var hopEdges: [Edge.ID: Edge] = [:]
        for edge in try completeEdges(keptRows, keys: keys).values { hopEdges[edge.id] = edge }
        var rowIDByKey: [String: Int64] = [:]
        for (rowID, key) in keys { rowIDByKey[key] = rowID }
        let entities = try entitiesByKey(ranked.flatMap(\.entities).compactMap { rowIDByKey[$0] })
        return QueryResult.pathTable(query: query, paths: ranked, totalCount: candidates.count,
                                     truncated: search.truncated, edges: hopEdges, entities: entities,
                                     anchors: [start.entity, end.entity])
    }
}
