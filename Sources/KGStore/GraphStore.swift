import Foundation
import KGCore
import KGGraph
internal import GRDB

/// The knowledge graph in an SQLite file (WAL mode): one writer at a time, readers alongside it, each
/// reader seeing the last committed batch.
///
/// Every method is synchronous and safe to call from any thread; failures are `StoreError`s.
public final class GraphStore: Sendable {
    /// The database file, or nil for an in-memory store.
    public let path: String?
    /// Whether the store was opened read-only; every write then fails with a `StoreError` of kind `readOnly`.
    public let isReadOnly: Bool
    let writer: any DatabaseWriter
    /// Names for entity search, kept between queries.
    let nameCache = NameCache()
    /// Suggestions for unknown names, indexed once per name revision.
    let suggestionCache = SuggestionCache()

    /// Opens the store at `path`, creating the file and schema when missing (unless `readOnly`).
    ///
    /// A directory, a missing parent directory, a file that is not a newsgraph database, or a location that
    /// cannot be written is reported as a `StoreError`; nothing in an existing file is changed by a failure.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        self.isReadOnly = readOnly
        try Self.checkLocation(path, readOnly: readOnly)
        var configuration = Configuration()
        configuration.label = "newsgraph"
        configuration.readonly = readOnly
        configuration.foreignKeysEnabled = true
        // A second process (another ingest) may hold the write lock for a batch; wait rather than fail.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // WAL + NORMAL survives a crash of the process without corruption, only an OS crash may lose the
            // last transactions; it spares an fsync per batch.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Queries jump around a file of tens of MB: map it instead of a read() per page, and keep a
            // larger page cache than SQLite's 2 MB default.
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        do {
            if !readOnly { try Self.checkExistingFile(path, configuration: configuration) }
            writer = try Self.openPool(path: path, configuration: configuration, readOnly: readOnly)
        } catch let error as DatabaseError {
            throw Self.openError(error, path: path, readOnly: readOnly)
        }
    }

    private init(memory writer: any DatabaseWriter) {
        self.path = nil
        self.isReadOnly = false
        self.writer = writer
    }

    /// A store that lives in memory only, for tests and one-off runs; it is gone when released.
    public static func inMemory() throws -> GraphStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            let queue = try DatabaseQueue(configuration: configuration)
            try StoreSchema.migrator.migrate(queue)
            try refreshTaxonomy(queue)
            return GraphStore(memory: queue)
        } catch let error as DatabaseError {
            throw StoreError(.database, "cannot create an in-memory store: \(error.message ?? "\(error)")")
        }
    }

    /// Counts of what the store holds.
    public func stats() throws -> StoreStats {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM document) AS documents,
                       (SELECT IFNULL(SUM(sentenceCount), 0) FROM document) AS sentences,
                       (SELECT COUNT(*) FROM entity) AS entities,
                       (SELECT COUNT(*) FROM edge) AS edges,
                       (SELECT COUNT(*) FROM evidence) AS evidence
                """)
            guard let row else { return StoreStats() }
            return StoreStats(
                documents: row["documents"], sentences: row["sentences"], entities: row["entities"],
                edges: row["edges"], evidence: row["evidence"])
        }
    }

    /// Problems found in the file, its foreign keys and its evidence counts; empty when the database is sound.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                let table: String = row[0] ?? "?"
                let rowID: Int64 = row[1] ?? 0
                let parent: String = row[2] ?? "?"
                return "row \(rowID) of \(table) references a missing \(parent)"
            }
            let miscounted = try Int64.fetchAll(db, sql: """
                SELECT id FROM edge WHERE evidenceCount != (SELECT COUNT(*) FROM evidence WHERE edgeID = edge.id)
                """).map { "edge \($0) has a stale evidence count" }
            let staleDegrees = try Int64.fetchAll(db, sql: """
                SELECT id FROM entity WHERE degree != (SELECT COUNT(*) FROM edge
                                                       WHERE subjectID = entity.id OR objectID = entity.id)
                   OR evidenceCount != (SELECT IFNULL(SUM(evidenceCount), 0) FROM edge
                                        WHERE subjectID = entity.id OR objectID = entity.id)
                """).map { "entity \($0) has a stale degree or evidence count" }
            // Every stored document was split into at least one sentence, and its evidence cites its sentences:
            // anything else was written without its extraction (issue 14: a stale "unchanged" overwrite).
            let empty = try String.fetchAll(db, sql: "SELECT externalID FROM document WHERE sentenceCount <= 0")
                .map { "document '\($0)' is stored with no sentences: its evidence is missing" }
            let outOfRange = try String.fetchAll(db, sql: """
                SELECT DISTINCT document.externalID FROM evidence JOIN document ON document.id = evidence.documentID
                WHERE evidence.sentenceIndex >= document.sentenceCount OR evidence.sentenceIndex < 0
                """).map { "document '\($0)' has evidence citing a sentence it does not have" }
            return integrity + foreignKeys + miscounted + staleDegrees + empty + outOfRange
        }
    }

    // MARK: - Running database work

    /// Runs `body` on a snapshot of the last committed state, turning database errors into `StoreError`s.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw databaseError(error)
        }
    }

    /// Runs `body` in one write transaction, rolled back when it throws.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if isReadOnly {
            throw StoreError(.readOnly, "the store '\(path ?? "in memory")' was opened read-only",
                             hint: "open it without readOnly to change it", path: path)
        }
        do {
            return try writer.write(body)
        } catch let error as DatabaseError {
            throw databaseError(error)
        }
    }

    /// Runs raw SQL in a write transaction; for tests that need to break the rules on purpose.
    func execute(sql: String) throws {
        try write { db in try db.execute(sql: sql) }
    }

    private func databaseError(_ error: DatabaseError) -> StoreError {
        let location = path.map { " in '\($0)'" } ?? ""
        let message = "database error\(location): \(error.message ?? "\(error)")"
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return StoreError(.database, message,
                              hint: "check that the database file and its directory are writable", path: path)
        case .SQLITE_FULL:
            return StoreError(.database, message, hint: "free some disk space and run the command again; nothing "
                              + "from the failed batch was stored", path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.database, message, hint: "another process (an ingest, merge or split) is writing to "
                              + "the database and held it longer than 30 s; wait until it finishes, or retry", path: path)
        case .SQLITE_IOERR:
            return StoreError(.database, message, hint: "writing to the disk failed: it may be full, or the file may "
                              + "have reached this process's size limit (`ulimit -f`); make room or raise the limit "
                              + "and run the command again; nothing from the failed batch was stored", path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return StoreError(.database, message, hint: "the file is damaged; restore it from a backup or re-ingest "
                              + "into a new database", path: path)
        default:
            return StoreError(.database, message, path: path)
        }
    }
}
