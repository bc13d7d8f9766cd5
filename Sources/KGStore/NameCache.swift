import Foundation
import KGCore
internal import GRDB

/// Every entity's normalised name and aliases, kept in memory between searches and read again only when
/// the store's name revision (bumped by triggers on any name, alias or type change) moves on.
///
/// Reading 40,000 names through SQLite costs tens of milliseconds; matching them in memory, a few.
final class NameCache: @unchecked Sendable {
    /// One searchable name: the entity's own or an alias.
    struct Name {
        var entityRowID: Int64
        var normalized: String
        var type: EntityType?
    }

    private let lock = NSLock()
    private var revision: Int64?
    private var names: [Name] = []

    /// The names as of the transaction `db` reads in, from memory when nothing changed since the last read.
    func names(in db: Database) throws -> [Name] {
        let current = try Int64.fetchOne(db, sql: "SELECT revision FROM nameRevision WHERE id = 1")
        lock.lock()
        if let current, current == revision {
            defer { lock.unlock() }
            return names
        }
        lock.unlock()
        var fresh: [Name] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, normalizedName, type FROM entity
            UNION ALL SELECT alias.entityID, alias.normalized, entity.type FROM alias JOIN entity ON entity.id = alias.entityID
            """)
        while let row = try rows.next() {
            fresh.append(Name(entityRowID: row[0], normalized: row[1], type: EntityType(rawValue: row[2])))
        }
        lock.lock()
        (revision, names) = (current, fresh)
        lock.unlock()
        return fresh
    }
}
