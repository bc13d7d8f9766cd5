import Foundation
import KGCore

/// Every entity's normalised name and aliases, kept in memory between searches and read again only when the
/// store's revision (bumped by every ingest, merge and split) moves on, as the SQLite store's `NameCache`.
final class PostgresNameCache: @unchecked Sendable {
    /// One searchable name: the entity's own or an alias.
    struct Name {
        var entityRowID: Int64
        var normalized: String
        var type: EntityType?
    }

    private let lock = NSLock()
    private var revision: String?
    private var names: [Name] = []

    /// The names as of the caller's transaction, from memory when nothing was written since the last read.
    /// Callers hold the session inside a transaction.
    func names(in session: PostgresSession) throws -> [Name] {
        let current = try session.rows("SELECT value FROM meta WHERE key = 'revision'").first?.decode(String.self) ?? "0"
        lock.lock()
        if current == revision {
            defer { lock.unlock() }
            return names
        }
        lock.unlock()
        var fresh: [Name] = []
        for row in try session.rows("""
            SELECT id, normalizedName, type FROM entity
            UNION ALL SELECT alias.entityID, alias.normalized, entity.type FROM alias JOIN entity ON entity.id = alias.entityID
            """) {
            let (id, normalized, type) = try row.decode((Int64, String, String).self)
            fresh.append(Name(entityRowID: id, normalized: normalized, type: EntityType(rawValue: type)))
        }
        lock.lock()
        (revision, names) = (current, fresh)
        lock.unlock()
        return fresh
    }
}
