import KGGraph
internal import GRDB

/// The SQLite store is one of the backends the shells read from and ingest into.
extension GraphStore: GraphSink {
    /// The database file, or "in memory".
    public var location: String { path ?? "in memory" }
}

extension GraphStore {
    /// Every edge with every sentence in `KnowledgeGraph.sortedEdges` order, `size` edges at a time with their
    /// endpoints: one read transaction, the edges ordered by SQLite (keys compare byte by byte, as Swift orders
    /// them) and streamed from a cursor, each batch's sentences and entities read by row id.
    public func forEachEdgeBatch(size: Int, _ body: (_ edges: [Edge], _ entities: [String: Entity]) throws -> Void)
        throws
    {
        let size = max(1, size)
        try read { db in
            let reader = GraphReader(db: db)
            var batch: [(rowID: Int64, ends: (Int64, Int64), id: Edge.ID)] = []
            func flush() throws {
                guard !batch.isEmpty else { return }
                let evidence = try reader.evidence(edgeRowIDs: batch.map(\.rowID))
                let ends = Set(batch.flatMap { [$0.ends.0, $0.ends.1] })
                var entities: [String: Entity] = [:]
                for entity in try reader.entities(rowIDs: ends.sorted()).values { entities[entity.id] = entity }
                try body(batch.map { Edge(subject: $0.id.subject, relation: $0.id.relation, object: $0.id.object,
                                          evidence: evidence[$0.rowID] ?? []) }, entities)
                batch.removeAll(keepingCapacity: true)
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT edge.id, edge.subjectID, edge.objectID, subject.key, edge.relation, object.key FROM edge
                JOIN entity AS subject ON subject.id = edge.subjectID JOIN entity AS object ON object.id = edge.objectID
                ORDER BY subject.key, edge.relation, object.key
                """)
            while let row = try rows.next() {
                batch.append((row[0], (row[1], row[2]), Edge.ID(subject: row[3], relation: row[4], object: row[5])))
                if batch.count == size { try flush() }
            }
            try flush()
        }
    }
}
