import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// The whole stored graph with all its evidence, in memory: for checks and tests that compare a store's
    /// contents, not a read path (the shells read through `answer(_:)`, whose `evidence: .all` reads the
    /// sentences of the chosen edges alone).
    public func loadGraph() throws -> KnowledgeGraph {
        try read { db in try GraphReader(db: db).wholeGraph() }
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
