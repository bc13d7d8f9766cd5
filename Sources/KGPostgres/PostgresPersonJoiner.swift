import KGCore
import KGGraph

/// Joins people an article names only by surname ("Novak (doc-7)") to the one person of that surname the
/// store knows in full, as a recorded merge, exactly as the SQLite store's `PersonJoiner` does. Runs at the end
/// of a batch that holds the edit lock exclusively, so two workers' batches cannot each miss the other's
/// person, and the result does not depend on which worker stored which article.
struct PostgresPersonJoiner {
    let session: PostgresSession

    /// Joins the surname-only people of `surnames` (folded, `PersonName.surnameKey`); returns the merges made.
    func join(surnames: Set<String>, at mergedAt: String) throws -> Int {
        guard !surnames.isEmpty else { return 0 }
        var fullNames: [String: Set<String>] = [:]
        var surnameOnly: [String: [(key: String, name: String)]] = [:]
        for row in try session.rows("SELECT key, name FROM entity WHERE type = $1", [EntityType.person.rawValue]) {
            let (key, name) = try row.decode((String, String).self)
            guard let surname = PersonName.surnameKey(name), surnames.contains(surname) else { continue }
            // Only the surnames extraction scoped to their article; a bare "Putin" someone stored is theirs to merge.
            if PersonName.isSurnameOnly(name) {
                guard PersonName.unscoped(name) != name else { continue }
                surnameOnly[surname, default: []].append((key, name))
            } else {
                fullNames[surname, default: []].insert(key)
            }
        }
        var merges = 0
        for (surname, people) in surnameOnly.sorted(by: { $0.key < $1.key }) {
            guard let keys = fullNames[surname], keys.count == 1, let target = keys.first else { continue }
            for person in people.sorted(by: { $0.key < $1.key }) {
                _ = try PostgresEntityMerger(session: session).merge(
                    sourceKey: person.key, into: target, at: mergedAt, nameAsAlias: PersonName.unscoped(person.name))
                merges += 1
            }
        }
        return merges
    }
}
