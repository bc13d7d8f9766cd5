import KGCore
import KGGraph

extension PostgresStore {
    /// Brings the stored relations up to the current `RelationTaxonomy` when it changed since they were
    /// written, as the SQLite store does: renames relations whose canonical form changed (merging the edges
    /// that then coincide, all their evidence kept) and rewrites every edge's category, polarity and weight.
    /// Returns how many edges changed.
    ///
    /// Writers call it when they open the store; with a current taxonomy it only reads one row.
    @discardableResult
    public func refreshTaxonomy() throws -> TaxonomyRefresh {
        if isReadOnly {
            throw PostgresStoreError(.readOnly, "\(server) was opened read-only",
                                     hint: "open it without readOnly to refresh its relations")
        }
        return try session.exclusive { try refreshStoredTaxonomy() }
    }

    /// `refreshTaxonomy()` for a caller that holds the session.
    @discardableResult
    func refreshStoredTaxonomy() throws -> TaxonomyRefresh {
        let current = RelationTaxonomy.version
        if try storedTaxonomyVersion() == current { return TaxonomyRefresh() }
        return try session.transaction {
            try session.rows("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))")
            // Renaming rewrites edge keys that ingest batches upsert, so no batch, merge or split runs meanwhile.
            try session.rows("SELECT pg_advisory_xact_lock(\(PostgresSchema.editLock))")
            // Another writer may have refreshed while this one waited for the locks.
            guard try storedTaxonomyVersion() != current else { return TaxonomyRefresh() }
            var refresh = try canonicalizeRelations()
            for row in try session.rows("SELECT DISTINCT relation FROM edge ORDER BY relation") {
                let relation = try row.decode(String.self)
                let relationClass = RelationTaxonomy.classify(relation)
                refresh.edgesReclassified += try session.rows("""
                    UPDATE edge SET category = $1, polarity = $2, weight = $3
                    WHERE relation = $4 AND (category != $1 OR polarity != $2 OR weight != $3)
                    RETURNING id
                    """, [relationClass.category.rawValue, relationClass.polarity.rawValue, relationClass.weight,
                          relation]).count
            }
            try session.rows("""
                INSERT INTO meta (key, value) VALUES ('taxonomyVersion', $1)
                ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
                """, [current])
            try PostgresCounts(session: session).bumpRevision()
            return refresh
        }
    }

    private func storedTaxonomyVersion() throws -> String? {
        try session.rows("SELECT value FROM meta WHERE key = 'taxonomyVersion'").first?.decode(String.self)
    }

    /// Renames relations to their canonical form in `RelationRenaming`'s order, as the SQLite store does; an
    /// edge that then equals another gives it its evidence (keeping evidence ids, so merge records still
    /// point at them), and the kept counts of the edges and their endpoints are recomputed.
    private func canonicalizeRelations() throws -> TaxonomyRefresh {
        var refresh = TaxonomyRefresh()
        let stored = try session.rows("SELECT DISTINCT relation FROM edge").map { try $0.decode(String.self) }
        let mover = PostgresEdgeMover(session: session)
        var touched: Set<Int64> = []
        for rename in RelationRenaming(storedRelations: stored).renames {
            let edges = try session.rows("""
                SELECT id, subjectID, objectID, evidenceCount FROM edge WHERE relation = $1 ORDER BY id
                """, [rename.from]).map { try $0.decode((Int64, Int64, Int64, Int).self) }
            for (edgeID, subject, object, count) in edges {
                let outcome = try mover.move(edgeID, evidenceCount: count, toSubject: subject, relation: rename.to,
                                             object: object)
                touched.insert(outcome.edgeID)
                refresh.edgesRenamed += 1
                refresh.edgesCombined += outcome.combined ? 1 : 0
            }
        }
        let counts = PostgresCounts(session: session)
        try counts.recountEntities(try counts.recountEdges(touched))
        return refresh
    }
}
