import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// The `RelationTaxonomy.version` the stored edges were classified with; nil before the first refresh.
    public func taxonomyVersion() throws -> String? {
        try read { db in try Self.storedTaxonomyVersion(db) }
    }

    /// Brings the stored relations up to the current `RelationTaxonomy` when it changed since they were
    /// written: renames relations whose canonical form changed (merging the edges that then coincide) and
    /// rewrites every edge's category, polarity and weight. Returns how many edges changed.
    ///
    /// Writers call it when they open the store; with a current taxonomy it only reads one row.
    @discardableResult
    public func refreshTaxonomy() throws -> TaxonomyRefresh {
        try Self.refreshTaxonomy(writer)
    }

    @discardableResult
    static func refreshTaxonomy(_ writer: any DatabaseWriter) throws -> TaxonomyRefresh {
        let current = RelationTaxonomy.version
        if try writer.read({ db in try storedTaxonomyVersion(db) }) == current { return TaxonomyRefresh() }
        return try writer.write { db in
            // Another writer may have refreshed while this one waited for the lock.
            guard try storedTaxonomyVersion(db) != current else { return TaxonomyRefresh() }
            var refresh = TaxonomyRefresh()
            try canonicalizeRelations(db, &refresh)
            let update = try db.makeStatement(sql: """
                UPDATE edge SET category = ?1, polarity = ?2, weight = ?3
                WHERE relation = ?4 AND (category != ?1 OR polarity != ?2 OR weight != ?3)
                """)
            for relation in try String.fetchAll(db, sql: "SELECT DISTINCT relation FROM edge") {
                let relationClass = RelationTaxonomy.classify(relation)
                try update.execute(arguments: [
                    relationClass.category.rawValue, relationClass.polarity.rawValue, relationClass.weight, relation,
                ])
                refresh.edgesReclassified += db.changesCount
            }
            try db.execute(sql: """
                INSERT INTO meta (key, value) VALUES ('taxonomyVersion', ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, arguments: [current])
            return refresh
        }
    }

    static func storedTaxonomyVersion(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'taxonomyVersion'")
    }

    /// Renames relations to their canonical form (in `RelationRenaming`'s order, as the PostgreSQL store
    /// does); an edge that then equals another gives it its evidence.
    private static func canonicalizeRelations(_ db: Database, _ refresh: inout TaxonomyRefresh) throws {
        let stored = try String.fetchAll(db, sql: "SELECT DISTINCT relation FROM edge")
        for rename in RelationRenaming(storedRelations: stored).renames {
            let edges = try GraphReader.EdgeRow.fetch(
                db, sql: "SELECT id, subjectID, relation, objectID FROM edge WHERE relation = ? ORDER BY id",
                arguments: [rename.from])
            for edge in edges {
                let moved = try EdgeMover(db: db).move(edge, toSubject: edge.subjectID, relation: rename.to,
                                                       object: edge.objectID)
                refresh.edgesRenamed += 1
                refresh.edgesCombined += moved.combined ? 1 : 0
            }
        }
    }
}
