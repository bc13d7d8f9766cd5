import KGCore
import KGGraph
internal import GRDB

/// Joins nodes named only by a surname ("Mr Novak", kept apart per article as "Novak (doc-7)"; a bare "Putin")
/// to the person of that surname the store knows by full name, as a recorded merge (`newsgraph split` undoes
/// it), by the rule of `SurnameJoin`: when the store knows two people of that surname about equally, or none,
/// nothing is joined. Run at the end of
/// every ingest batch for the surnames the batch touched, so a join happens whether the surname-only node or
/// the full name came first. A join is not undone when a second person of the surname arrives later, so which
/// nodes end joined can depend on the order articles arrive in (1 node of 39,755 in newsarticles-2017 between
/// one worker and two).
struct PersonJoiner {
    let db: Database

    /// Joins the surname-only people of `surnames` (folded, `PersonName.surnameKey`); returns the merges made.
    func join(surnames: Set<String>, at mergedAt: String) throws -> Int {
        guard !surnames.isEmpty else { return 0 }
        let candidates = try Row.fetchAll(db, sql: """
            SELECT key, name, type, evidenceCount FROM entity
            WHERE type = ? OR (type IN (?, ?) AND wikidata IS NULL AND instr(name, ' ') = 0)
            """, arguments: StatementArguments([EntityType.person.rawValue] + SurnameJoin.mistypedTypes.map(\.rawValue)))
            .compactMap { row -> SurnameJoin.Candidate? in
                guard let type = EntityType(rawValue: row["type"]) else { return nil }
                return SurnameJoin.Candidate(key: row["key"], name: row["name"], type: type, evidence: row["evidenceCount"])
            }
        let joins = try SurnameJoin.joins(candidates: candidates, surnames: surnames) { key in
            SurnameJoin.titleGender(aliases: try String.fetchAll(db, sql: """
                SELECT alias.name FROM alias JOIN entity ON entity.id = alias.entityID WHERE entity.key = ?
                """, arguments: [key]))
        }
        for join in joins {
            _ = try EntityMerger(db: db).merge(sourceKey: join.sourceKey, into: join.targetKey, at: mergedAt, nameAsAlias: join.alias)
        }
        return joins.count
    }
}
