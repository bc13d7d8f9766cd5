/// The counts kept on edges (evidence, asserted, denied, first and last date) and entities (degree,
/// evidence), recomputed from the rows after a write; the SQLite store keeps them with triggers instead.
/// Callers hold the session inside a transaction.
struct PostgresCounts {
    let session: PostgresSession

    /// Recomputes the counts and dates of `edges`, locking them in id order first (so a concurrent worker's
    /// evidence is counted either here or by that worker after this commits); returns their endpoints.
    @discardableResult
    func recountEdges(_ edges: some Collection<Int64>) throws -> Set<Int64> {
        guard !edges.isEmpty else { return [] }
        let edges = edges.sorted()
        var endpoints: Set<Int64> = []
        for row in try session.rows("""
            SELECT subjectID, objectID FROM edge WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE
            """, [edges]) {
            let (subject, object) = try row.decode((Int64, Int64).self)
            endpoints.insert(subject)
            endpoints.insert(object)
        }
        try session.rows("""
            UPDATE edge SET evidenceCount = counted.n, assertedCount = counted.n - counted.denied,
                            deniedCount = counted.denied, firstDate = counted.first, lastDate = counted.last
            FROM (SELECT edge.id, COUNT(evidence.id) AS n, COUNT(evidence.id) FILTER (WHERE evidence.negated) AS denied,
                         MIN(evidence.date) AS first, MAX(evidence.date) AS last
                  FROM edge LEFT JOIN evidence ON evidence.edgeID = edge.id
                  WHERE edge.id = ANY($1) GROUP BY edge.id) AS counted
            WHERE edge.id = counted.id
            """, [edges])
        return endpoints
    }

    /// Deletes those of `edges` left without evidence (after `recountEdges`); returns how many.
    func deleteEmptyEdges(_ edges: some Collection<Int64>) throws -> Int {
        guard !edges.isEmpty else { return 0 }
        return try session.rows("DELETE FROM edge WHERE id = ANY($1) AND evidenceCount = 0 RETURNING id",
                                [edges.sorted()]).count
    }

    /// Recomputes the degree and evidence count of `entities`, locking them in id order first.
    func recountEntities(_ entities: some Collection<Int64>) throws {
        guard !entities.isEmpty else { return }
        let entities = entities.sorted()
        try session.rows("SELECT id FROM entity WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE", [entities])
        try session.rows("""
            UPDATE entity SET degree = counted.degree, evidenceCount = counted.evidence
            FROM (SELECT wanted.id, COUNT(ends.edgeID) AS degree, COALESCE(SUM(ends.n), 0) AS evidence
                  FROM unnest($1::BIGINT[]) AS wanted(id)
                  LEFT JOIN (SELECT id AS edgeID, subjectID AS endpoint, evidenceCount AS n FROM edge
                             WHERE subjectID = ANY($1)
                             UNION ALL
                             SELECT id, objectID, evidenceCount FROM edge WHERE objectID = ANY($1)) AS ends
                    ON ends.endpoint = wanted.id
                  GROUP BY wanted.id) AS counted
            WHERE entity.id = counted.id
            """, [entities])
    }

    /// Tells readers that their cached graphs are stale. Last in a transaction, so every writer takes this
    /// row's lock after all others.
    func bumpRevision() throws {
        try session.rows("""
            INSERT INTO meta (key, value) VALUES ('revision', '1')
            ON CONFLICT (key) DO UPDATE SET value = (meta.value::BIGINT + 1)::TEXT
            """)
    }
}
