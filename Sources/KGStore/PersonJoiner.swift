import KGCore
import KGGraph
internal import GRDB

/// Joins people an article names only by surname ("Mr Novak", kept apart per article as "Novak (doc-7)") to
/// the one person of that surname the store knows by full name, as a recorded merge (`newsgraph split` undoes
/// it). When the store knows two people of that surname in full, or none, nothing is joined. Run at the end of
/// every ingest batch for the surnames the batch touched, whichever came first, so the result does not depend
/// on the order or batching of the articles.
struct PersonJoiner {
    let db: Database

    /// Joins the surname-only people of `surnames` (folded, `PersonName.surnameKey`); returns the merges made.
    func join(surnames: Set<String>, at mergedAt: String) throws -> Int {
        guard !surnames.isEmpty else { return 0 }
        var fullNames: [String: Set<String>] = [:]
        var surnameOnly: [String: [(key: String, name: String)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, name FROM entity WHERE type = ?", arguments: [EntityType.person.rawValue]) {
            let name: String = row["name"], key: String = row["key"]
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
                _ = try EntityMerger(db: db).merge(sourceKey: person.key, into: target, at: mergedAt,
                                               nameAsAlias: PersonName.unscoped(person.name))
                merges += 1
            }
        }
        return merges
    }
}
