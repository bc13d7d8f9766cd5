import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// The whole stored graph with all its evidence.
    public func loadGraph() throws -> KnowledgeGraph {
        try read { db in try GraphReader(db: db).wholeGraph() }
    }

    /// Every edge with its evidence, sorted by (subject, relation, object), for dumps.
    public func triples() throws -> [Edge] {
        try loadGraph().sortedEdges
    }

    /// The entity a user means by `name`, matched ignoring case and spacing against names and aliases.
    ///
    /// Throws a `StoreError` of kind `unknownEntity` that suggests the closest known names when none matches.
    public func resolveEntity(named name: String) throws -> Entity {
        let wanted = Entity.normalize(name)
        return try read { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT id FROM entity WHERE normalizedName = ?1
                UNION SELECT entityID FROM alias WHERE normalized = ?1
                """, arguments: [wanted])
            let reader = GraphReader(db: db)
            let candidates = try reader.entities(rowIDs: ids).values
            let degrees = candidates.count > 1 ? try reader.degrees(rowIDs: ids) : [:]
            if let best = Entity.rankMatches(Array(candidates), for: name, degree: { degrees[$0.id] ?? 0 }).first {
                return best
            }
            throw StoreError.unknownEntity(
                named: name, suggestions: try suggestionCache.suggestions(for: name, limit: 3, in: db))
        }
    }

    /// The ego network of the entity with key `entityID`, as `KnowledgeGraph.subgraph(around:depth:direction:)`
    /// defines it, read hop by hop through indexes rather than by loading the whole graph.
    public func neighborhood(of entityID: String, depth: Int, direction: Direction = .both) throws
        -> KnowledgeGraph
    {
        try read { db in
            let find = "SELECT id FROM entity WHERE key = ?"
            guard let start = try Int64.fetchOne(db, sql: find, arguments: [entityID]) else {
                throw StoreError(.unknownEntity, "no entity with id '\(entityID)'",
                                 hint: "look entities up by name with resolveEntity(named:)")
            }
            let reader = GraphReader(db: db)
            var visited: Set<Int64> = [start]
            var frontier = [start]
            var edges: [GraphReader.EdgeRow] = []
            var seenEdges: Set<Int64> = []
            for _ in 0..<max(0, depth) where !frontier.isEmpty {
                var found: [GraphReader.EdgeRow] = []
                if direction.followsOutgoing { found += try reader.edges(whose: .subject, isIn: frontier) }
                if direction.followsIncoming { found += try reader.edges(whose: .object, isIn: frontier) }
                var next: [Int64] = []
                for edge in found where seenEdges.insert(edge.rowID).inserted {
                    edges.append(edge)
                    for end in [edge.subjectID, edge.objectID] where visited.insert(end).inserted {
                        next.append(end)
                    }
                }
                frontier = next
            }
            return try reader.graph(edges: edges, extraEntities: [start])
        }
    }

    /// The `limit` edges with the most evidence and their endpoints, ranked as `KnowledgeGraph.topEdges(limit:)`
    /// ranks them (ties by subject, relation, object).
    public func topEdges(limit: Int) throws -> KnowledgeGraph {
        guard limit > 0 else { return KnowledgeGraph() }
        return try read { db in
            // The limit-th largest count, read off the index; only edges at or above it need ranking by key.
            let threshold = try Int.fetchOne(db, sql: """
                SELECT evidenceCount FROM edge ORDER BY evidenceCount DESC LIMIT 1 OFFSET ?
                """, arguments: [limit - 1]) ?? 0
            let ids = try Int64.fetchAll(db, sql: """
                SELECT edge.id FROM edge
                JOIN entity AS subject ON subject.id = edge.subjectID
                JOIN entity AS object ON object.id = edge.objectID
                WHERE edge.evidenceCount >= ?
                ORDER BY edge.evidenceCount DESC, subject.key, edge.relation, object.key
                LIMIT ?
                """, arguments: [threshold, limit])
            let reader = GraphReader(db: db)
            return try reader.graph(edges: try reader.edges(rowIDs: ids))
        }
    }
}

extension GraphStore {
    /// The stored content hash of each of `documentIDs` that is stored, so an ingest can skip extraction
    /// for documents that have not changed.
    public func storedContentHashes(of documentIDs: [String]) throws -> [String: String] {
        guard !documentIDs.isEmpty else { return [:] }
        return try read { db in
            var hashes: [String: String] = [:]
            let statement = try db.cachedStatement(sql: "SELECT contentHash FROM document WHERE externalID = ?")
            for id in documentIDs {
                if let hash = try String.fetchOne(statement, arguments: [id]) { hashes[id] = hash }
            }
            return hashes
        }
    }
}
