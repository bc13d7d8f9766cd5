import Foundation
import KGCore
internal import GRDB

extension GraphStore {
    /// Rejects paths SQLite would give an unhelpful error for, before anything touches the disk.
    static func checkLocation(_ path: String, readOnly: Bool) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if path.isEmpty {
            throw StoreError(.cannotOpen, "the database path is empty", hint: "give a file path such as "
                             + "'newsgraph.sqlite'")
        }
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                let suggestion = URL(fileURLWithPath: path).appendingPathComponent("newsgraph.sqlite").path
                throw StoreError(.cannotOpen, "cannot open database '\(path)': it is a directory",
                                 hint: "give a file path, e.g. '\(suggestion)'", path: path)
            }
            return
        }
        if readOnly {
            throw StoreError(.cannotOpen, "no database at '\(path)'",
                             hint: "ingest documents first to create it, or check the path", path: path)
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.fileExists(atPath: parent, isDirectory: &isDirectory) else {
            throw StoreError(.cannotOpen, "cannot create database '\(path)': directory '\(parent)' does not exist",
                             hint: "create the directory first, or choose another database path", path: path)
        }
        guard isDirectory.boolValue else {
            throw StoreError(.cannotOpen, "cannot create database '\(path)': '\(parent)' is not a directory",
                             hint: "choose another database path", path: path)
        }
    }

    /// Refuses an existing SQLite file that is not a newsgraph store (or is from a newer newsgraph) through a
    /// read-only connection, before the pool opens it: opening the pool would switch the file to WAL mode.
    static func checkExistingFile(_ path: String, configuration: Configuration) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
        var probe = configuration
        probe.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: probe)
        defer { try? queue.close() }
        try refuseForeignOrNewer(try queue.read(schemaState), path: path)
    }

    /// What an existing file's schema is: no newsgraph store at all, current, or written by a newer newsgraph.
    static func schemaState(_ db: Database) throws -> (isForeign: Bool, isCurrent: Bool, isNewer: Bool) {
        let tables = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
            """) ?? 0
        let hasMigrations = try db.tableExists("grdb_migrations")
        if tables > 0 && !hasMigrations { return (true, false, false) }
        let migrator = StoreSchema.migrator
        return (false, try migrator.hasCompletedMigrations(db), try migrator.hasBeenSuperseded(db))
    }

    /// Refuses a file that is not a newsgraph store, or one a newer newsgraph wrote, leaving it untouched.
    static func refuseForeignOrNewer(_ state: (isForeign: Bool, isCurrent: Bool, isNewer: Bool), path: String) throws {
        if state.isForeign {
            throw StoreError(.notADatabase, "'\(path)' is an SQLite database but not a newsgraph store",
                             hint: "choose another database path; this file was left untouched", path: path)
        }
        if state.isNewer {
            throw StoreError(.notADatabase, "'\(path)' was written by a newer newsgraph",
                             hint: "upgrade newsgraph to read it", path: path)
        }
    }

    /// Opens the pool and prepares its schema. Two processes creating the same new file race here as well:
    /// while one switches the fresh file to WAL and creates the schema, the other's open can fail with "database
    /// is locked" before any busy timeout applies, so a busy open is tried again for up to about 30 seconds.
    static func openPool(path: String, configuration: Configuration, readOnly: Bool) throws -> DatabasePool {
        var attempts = 0
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try prepareSchema(pool, readOnly: readOnly, path: path)
                return pool
            } catch let error as DatabaseError
                where attempts < 300 && [ResultCode.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
                attempts += 1
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
    }

    /// Applies the migrations a new or older store lacks. Two processes creating the same new store race here:
    /// the loser's migration fails on what the winner just created, so it waits and checks again rather than
    /// fail (each migration is one transaction, recorded with it, so retrying converges).
    static func migrate(_ pool: DatabasePool) throws {
        let migrator = StoreSchema.migrator
        var attempts = 0
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch let error as DatabaseError
                where attempts < 100 && [ResultCode.SQLITE_ERROR, .SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
                attempts += 1
                Thread.sleep(forTimeInterval: 0.05)
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
            }
        }
    }

    /// Creates or upgrades the schema; a read-only store only checks that it is current.
    ///
    /// A current schema is left alone without taking the write lock, so a reader opens while an ingest writes.
    static func prepareSchema(_ pool: DatabasePool, readOnly: Bool, path: String) throws {
        let state = try pool.read(schemaState)
        try refuseForeignOrNewer(state, path: path)
        if state.isCurrent {
            // Edges classified by an older taxonomy are brought up to date by the first writer to open them.
            if !readOnly { try refreshTaxonomy(pool) }
            return
        }
        if readOnly {
            throw StoreError(.notInitialized, "'\(path)' has no current newsgraph schema",
                             hint: "run an ingest on it first to create or upgrade the schema", path: path)
        }
        try migrate(pool)
        try refreshTaxonomy(pool)
    }

    /// A clear error for a file SQLite could not open.
    static func openError(_ error: DatabaseError, path: String, readOnly: Bool) -> StoreError {
        let detail = error.message ?? "\(error)"
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(.notADatabase, "'\(path)' is not a newsgraph database (not an SQLite file)",
                              hint: "give the path of a database made by `newsgraph ingest`, or a new path; "
                              + "the file was left untouched", path: path)
        case .SQLITE_CORRUPT:
            return StoreError(.notADatabase, "'\(path)' is a damaged SQLite database: \(detail)",
                              hint: "restore it from a backup or ingest into a new database", path: path)
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            let purpose = readOnly ? "" : " for writing"
            return StoreError(.cannotOpen, "cannot open database '\(path)'\(purpose): \(detail)",
                              hint: "check that the file and its directory exist and are writable, "
                              + "or choose another database path", path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.database, "cannot open database '\(path)': \(detail)",
                              hint: "another process (an ingest, merge or split) is writing to it; wait until it "
                              + "finishes and run the command again", path: path)
        case .SQLITE_FULL:
            return StoreError(.database, "cannot open database '\(path)': \(detail)",
                              hint: "free some disk space and run the command again", path: path)
        default:
            return StoreError(.database, "cannot open database '\(path)': \(detail)", path: path)
        }
    }
}
