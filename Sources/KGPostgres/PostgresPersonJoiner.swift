import KGCore
import KGGraph

/// Joins nodes named only by a surname ("Novak (doc-7)", a bare "Putin") to the person of that surname the
/// store knows in full (`SurnameJoin`), as a recorded merge, exactly as the SQLite store's `PersonJoiner` does. Runs at the end
/// of a batch that holds the edit lock exclusively, so two workers' batches cannot each miss the other's
/// person. Like SQLite's, a join made while one person of the surname was known is not undone when a second
/// arrives, so the order in which workers commit can decide it (see `PersonJoiner`).
struct PostgresPersonJoiner {
    let session: PostgresSession

    /// Joins the surname-only people of `surnames` (folded, `PersonName.surnameKey`); returns the merges made.
    func join(surnames: Set<String>, at mergedAt: String) throws -> Int {
        guard !surnames.isEmpty else { return 0 }
        var candidates: [SurnameJoin.Candidate] = []
        let types = SurnameJoin.mistypedTypes.map(\.rawValue)
        for row in try session.rows("""
            SELECT key, name, type, evidenceCount FROM entity
            WHERE type = $1 OR (type IN ($2, $3) AND wikidata IS NULL AND strpos(name, ' ') = 0)
            """, [EntityType.person.rawValue, types[0], types[1]]) {
            let (key, name, type, evidence) = try row.decode((String, String, String, Int).self)
            guard let entityType = EntityType(rawValue: type) else { continue }
            candidates.append(SurnameJoin.Candidate(key: key, name: name, type: entityType, evidence: evidence))
        }
        let joins = try SurnameJoin.joins(candidates: candidates, surnames: surnames) { key in
            var aliases: [String] = []
            for row in try session.rows("""
                SELECT alias.name FROM alias JOIN entity ON entity.id = alias.entityID WHERE entity.key = $1
                """, [key]) {
                aliases.append(try row.decode(String.self))
            }
            return SurnameJoin.titleGender(aliases: aliases)
        }
        for join in joins {
            _ = try PostgresEntityMerger(session: session).merge(
                sourceKey: join.sourceKey, into: join.targetKey, at: mergedAt, nameAsAlias: join.alias)
        }
        return joins.count
    }
}
