import Foundation
import KGGraph
internal import GRDB

/// "Did you mean" suggestions for unknown names, from an index of every name and alias built once per name
/// revision, with recent answers remembered: a flood of misspelt names costs a lookup each, not a scan of
/// every name (issue 14).
final class SuggestionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var revision: Int64?
    private var index = NameSuggestionIndex(names: [String]())
    private var recent: [String: [String]] = [:]
    /// Answers remembered per revision; the memo is cleared when full.
    private static let recentCapacity = 1_024

    /// Up to `limit` known names closest to `name`, as of the transaction `db` reads in.
    func suggestions(for name: String, limit: Int = 3, in db: Database) throws -> [String] {
        let current = try Int64.fetchOne(db, sql: "SELECT revision FROM nameRevision WHERE id = 1")
        let key = "\(limit) \(Entity.normalize(name))"
        lock.lock()
        if let current, current == revision {
            if let known = recent[key] {
                lock.unlock()
                return known
            }
            let prepared = index
            lock.unlock()
            return remember(prepared.closestNames(to: name, limit: limit), key: key, revision: current)
        }
        lock.unlock()
        let names = try String.fetchAll(db, sql: "SELECT name FROM entity UNION ALL SELECT name FROM alias")
        let fresh = NameSuggestionIndex(names: names)
        lock.lock()
        (revision, index, recent) = (current, fresh, [:])
        lock.unlock()
        return remember(fresh.closestNames(to: name, limit: limit), key: key, revision: current)
    }

    private func remember(_ answer: [String], key: String, revision answered: Int64?) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        guard answered != nil, answered == revision else { return answer }
        if recent.count >= Self.recentCapacity { recent.removeAll(keepingCapacity: true) }
        recent[key] = answer
        return answer
    }
}
