import KGGraph

extension PostgresStore {
    /// Every edge with every sentence in `KnowledgeGraph.sortedEdges` order, `size` edges at a time with their
    /// endpoints: one read-only snapshot, the edges ordered by the server byte by byte (as Swift orders keys)
    /// and fetched through a cursor, each batch's sentences and entities read by row id.
    public func forEachEdgeBatch(size: Int, _ body: (_ edges: [Edge], _ entities: [String: Entity]) throws -> Void)
        throws
    {
        let size = max(1, size)
        try session.exclusive {
            try session.transaction(readOnly: true) {
                try session.rows("""
                    DECLARE edge_dump NO SCROLL CURSOR FOR
                    SELECT edge.id, edge.subjectID, edge.objectID, subject.key, edge.relation, object.key FROM edge
                    JOIN entity AS subject ON subject.id = edge.subjectID JOIN entity AS object ON object.id = edge.objectID
                    ORDER BY subject.key COLLATE "C", edge.relation COLLATE "C", object.key COLLATE "C"
                    """)
                while true {
                    let batch = try session.rows("FETCH \(size) FROM edge_dump").map { row in
                        let (rowID, subjectID, objectID, subject, relation, object) =
                            try row.decode((Int64, Int64, Int64, String, String, String).self)
                        return (rowID: rowID, ends: [subjectID, objectID],
                                id: Edge.ID(subject: subject, relation: relation, object: object))
                    }
                    guard !batch.isEmpty else { break }
                    let evidence = try evidence(where: "edgeID", isIn: batch.map(\.rowID))
                    var entities: [String: Entity] = [:]
                    for entity in try self.entities(rowIDs: Set(batch.flatMap(\.ends)).sorted()).values {
                        entities[entity.id] = entity
                    }
                    try body(batch.map { Edge(subject: $0.id.subject, relation: $0.id.relation, object: $0.id.object,
                                              evidence: evidence[$0.rowID] ?? []) }, entities)
                }
                try session.rows("CLOSE edge_dump")
            }
        }
    }
}
