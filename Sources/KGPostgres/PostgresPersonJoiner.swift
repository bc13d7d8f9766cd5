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
        var people: [(key: String, name: String)] = []
        for row in try session.rows("SELECT key, name FROM entity WHERE type = $1", [EntityType.person.rawValue]) {
            let (key, name) = try row.decode((String, String).self)
            people.append((key, name))
        }
        let joins = SurnameJoin.joins(people: people, surnames: surnames)
        for join in joins {
            _ = try PostgresEntityMerger(session: session).merge(
                sourceKey: join.sourceKey, into: join.targetKey, at: mergedAt, nameAsAlias: join.alias)
        }
        return joins.count
    }
}
