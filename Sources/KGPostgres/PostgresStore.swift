import Foundation
import KGCore
import KGGraph
import PostgresNIO

/// The knowledge graph in a PostgreSQL database, for many ingest workers on many hosts and readers alongside
/// them. Same ideas as the SQLite store (`GraphStore`): documents, sentences, entities, aliases, edges,
/// evidence, merges and the taxonomy version, with migrations by name.
///
/// Every method is synchronous and safe to call from any thread (one connection, one caller at a time);
/// failures are `PostgresStoreError`s that name the server, never its password.
public final class PostgresStore: GraphSink {
    /// The server and database.
    public let server: PostgresLocation
    /// Whether the store was opened read-only (queries, `serve`); a read-only role is enough then.
    public let isReadOnly: Bool
    let session: PostgresSession
    /// The whole graph as last read, reused until the next ingest commits.
    let cache = GraphCache()
    /// Every name and alias as last read for entity searches, reused until the next write commits.
    let nameCache = PostgresNameCache()

    /// Connects to `location`, creating or upgrading the schema unless `readOnly` (which only checks it).
    public init(location: PostgresLocation, readOnly: Bool = false) throws {
        server = location
        isReadOnly = readOnly
        session = try PostgresSession(location)
        try session.exclusive {
            if readOnly {
                try session.rows("SET default_transaction_read_only = on")
                try checkSchema()
            } else {
                try migrate()
                try refreshStoredTaxonomy()
            }
        }
    }

    /// The server URL without its password.
    public var location: String { server.description }

    /// Counts of what the database holds.
    public func stats() throws -> StoreStats {
        try session.exclusive {
            let rows = try session.rows("""
                SELECT (SELECT COUNT(*) FROM document), (SELECT COALESCE(SUM(sentenceCount), 0)::BIGINT FROM document),
                       (SELECT COUNT(*) FROM entity), (SELECT COUNT(*) FROM edge), (SELECT COUNT(*) FROM evidence)
                """)
            guard let row = rows.first else { return StoreStats() }
            let (documents, sentences, entities, edges, evidence) = try row.decode((Int, Int, Int, Int, Int).self)
            return StoreStats(documents: documents, sentences: sentences, entities: entities, edges: edges,
                              evidence: evidence)
        }
    }

    /// Edges and entities whose kept counts disagree with their rows; empty when the database is sound (the
    /// server itself enforces the foreign keys and unique indexes).
    public func integrityProblems() throws -> [String] {
        try session.exclusive {
            let edges = try session.rows("""
                SELECT edge.id FROM edge LEFT JOIN (
                    SELECT edgeID, COUNT(*) AS n, COUNT(*) FILTER (WHERE negated) AS denied, MIN(date) AS first,
                           MAX(date) AS last
                    FROM evidence GROUP BY edgeID) AS counted ON counted.edgeID = edge.id
                WHERE edge.evidenceCount != COALESCE(counted.n, 0)
                   OR edge.deniedCount != COALESCE(counted.denied, 0)
                   OR edge.assertedCount != COALESCE(counted.n - counted.denied, 0)
                   OR edge.firstDate IS DISTINCT FROM counted.first OR edge.lastDate IS DISTINCT FROM counted.last
                ORDER BY edge.id
                """).map { "edge \(try $0.decode(Int64.self)) has stale evidence counts or dates" }
            let empty = try session.rows("SELECT id FROM edge WHERE evidenceCount = 0 ORDER BY id")
                .map { "edge \(try $0.decode(Int64.self)) has no evidence" }
            let entities = try session.rows("""
                SELECT entity.id FROM entity LEFT JOIN (
                    SELECT endpoint, COUNT(*) AS degree, SUM(evidenceCount) AS evidence FROM (
                        SELECT subjectID AS endpoint, evidenceCount FROM edge
                        UNION ALL SELECT objectID, evidenceCount FROM edge) AS ends
                    GROUP BY endpoint) AS counted ON counted.endpoint = entity.id
                WHERE entity.degree != COALESCE(counted.degree, 0)
                   OR entity.evidenceCount != COALESCE(counted.evidence, 0)
                ORDER BY entity.id
                """).map { "entity \(try $0.decode(Int64.self)) has a stale degree or evidence count" }
            return edges + empty + entities
        }
    }

    /// The stored content hash of each of `documentIDs` that is stored.
    public func storedContentHashes(of documentIDs: [String]) throws -> [String: String] {
        guard !documentIDs.isEmpty else { return [:] }
        return try session.exclusive {
            var hashes: [String: String] = [:]
            for row in try session.rows("SELECT externalID, contentHash FROM document WHERE externalID = ANY($1)",
                                        [documentIDs]) {
                let (id, hash) = try row.decode((String, String).self)
                hashes[id] = hash
            }
            return hashes
        }
    }

    /// The `RelationTaxonomy.version` the stored edges were classified with; nil before the first ingest.
    public func taxonomyVersion() throws -> String? {
        try session.exclusive {
            try session.rows("SELECT value FROM meta WHERE key = 'taxonomyVersion'").first?.decode(String.self)
        }
    }

    // MARK: - Schema

    /// Applies the migrations this database lacks, one worker at a time (an advisory lock), each in the
    /// same transaction as its record.
    private func migrate() throws {
        // A current schema is left alone without taking the lock or needing the right to create tables.
        if try appliedMigrations() == Set(PostgresSchema.migrations.map(\.name)) { return }
        try session.transaction {
            try session.rows("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))")
            try session.rows(PostgresSchema.migrationTable)
            let done = Set(try session.rows("SELECT name FROM newsgraphMigration").map { try $0.decode(String.self) })
            let known = Set(PostgresSchema.migrations.map(\.name))
            if let unknown = done.subtracting(known).sorted().first {
                throw PostgresStoreError(.newerSchema, "\(server) was written by a newer newsgraph (migration '\(unknown)')",
                                         hint: "upgrade newsgraph to use it")
            }
            let now = ISO8601DateFormatter().string(from: Date())
            for migration in PostgresSchema.migrations where !done.contains(migration.name) {
                for statement in migration.statements { try session.rows(statement) }
                try session.rows("INSERT INTO newsgraphMigration (name, appliedAt) VALUES ($1, $2)", [migration.name, now])
            }
        }
    }

    /// Fails unless every migration has run: a read-only store cannot create the schema.
    private func checkSchema() throws {
        let done = try appliedMigrations()
        let known = Set(PostgresSchema.migrations.map(\.name))
        if !done.subtracting(known).isEmpty {
            throw PostgresStoreError(.newerSchema, "\(server) was written by a newer newsgraph",
                                     hint: "upgrade newsgraph to read it")
        }
        if done != known {
            throw PostgresStoreError(.notInitialized, "\(server) holds no current newsgraph graph",
                                     hint: "run `newsgraph ingest ARTICLES… --db \(server)` first")
        }
    }

    /// The names of the migrations this database has run (none when it has no schema yet).
    private func appliedMigrations() throws -> Set<String> {
        let exists = try session.rows("SELECT to_regclass('newsgraphmigration') IS NOT NULL").first?.decode(Bool.self)
        guard exists == true else { return [] }
        return Set(try session.rows("SELECT name FROM newsgraphMigration").map { try $0.decode(String.self) })
    }
}
