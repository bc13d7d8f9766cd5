import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// Edges that some evidence asserts and other evidence denies, with all their evidence: the `limit` most
    /// contested (most evidence on the weaker side, then most evidence), read through the `edge_contested`
    /// index. `KnowledgeGraph.sortedContestedEdges` gives them back in that order.
    public func contestedEdges(limit: Int? = nil) throws -> KnowledgeGraph {
        if let limit, limit <= 0 { return KnowledgeGraph() }
        return try read { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT edge.id FROM edge
                JOIN entity AS subject ON subject.id = edge.subjectID
                JOIN entity AS object ON object.id = edge.objectID
                WHERE edge.deniedCount > 0 AND edge.assertedCount > 0
                ORDER BY MIN(edge.assertedCount, edge.deniedCount) DESC, edge.evidenceCount DESC,
                         subject.key, edge.relation, object.key
                LIMIT ?
                """, arguments: [limit ?? -1])
            let reader = GraphReader(db: db)
            return try reader.graph(edges: try reader.edges(rowIDs: ids))
        }
    }
}
