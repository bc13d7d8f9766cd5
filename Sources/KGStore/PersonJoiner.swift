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
        let people = try Row.fetchAll(db, sql: "SELECT key, name FROM entity WHERE type = ?", arguments: [EntityType.person.rawValue])
            .map { (key: $0["key"] as String, name: $0["name"] as String) }
        let joins = SurnameJoin.joins(people: people, surnames: surnames)
        for join in joins {
            _ = try EntityMerger(db: db).merge(sourceKey: join.sourceKey, into: join.targetKey, at: mergedAt, nameAsAlias: join.alias)
        }
        return joins.count
    }
}
