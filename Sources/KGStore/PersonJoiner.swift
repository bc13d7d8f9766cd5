import KGCore
import KGGraph
internal import GRDB

/// Joins nodes named only by a surname ("Mr Novak", kept apart per article as "Novak (doc-7)"; a bare "Putin")
/// to the person of that surname the store knows by full name, as a recorded merge (`newsgraph split` undoes
/// it), by the rule of `SurnameJoin`: when the store knows two people of that surname about equally, or none,
/// nothing is joined. Run at the end of every ingest batch for the surnames the batch touched, so a join
/// happens whether the surname-only node or the full name came first; joins made earlier are weighed again
/// (`SurnameJoin.reconcile`) and undone when a second, as well named person of the surname has arrived, so
/// which nodes end joined does not depend on the order articles arrive in.
struct PersonJoiner {
    let db: Database

    /// Brings the joins of `surnames` (folded, `PersonName.surnameKey`) to what the rule gives now; returns
    /// the joins undone and made.
    func join(surnames: Set<String>, at mergedAt: String) throws -> SurnameJoin.Plan {
        guard !surnames.isEmpty else { return SurnameJoin.Plan() }
        let people = try Row.fetchAll(db, sql: """
            SELECT key, name, type, evidenceCount FROM entity
            WHERE type = ? OR (type IN (?, ?) AND wikidata IS NULL AND instr(name, ' ') = 0)
            """, arguments: StatementArguments([EntityType.person.rawValue] + SurnameJoin.mistypedTypes.map(\.rawValue)))
            .compactMap { row -> SurnameJoin.Candidate? in
                guard let type = EntityType(rawValue: row["type"]) else { return nil }
                return SurnameJoin.Candidate(key: row["key"], name: row["name"], type: type, evidence: row["evidenceCount"])
            }
        let plan = try SurnameJoin.reconcile(
            people: people, joined: try recordedJoins(surnames), keptApart: try keptApart(), surnames: surnames
        ) { key in
            try String.fetchAll(db, sql: """
                SELECT alias.name FROM alias JOIN entity ON entity.id = alias.entityID WHERE entity.key = ?
                """, arguments: [key])
        }
        for key in plan.undo {
            guard let record = try MergeRecord.fetchAll(db, sql: "SELECT * FROM entityMerge WHERE key = ?",
                                                        arguments: [key]).first else { continue }
            _ = try EntitySplitter(db: db).split(record)
        }
        for join in plan.make {
            _ = try EntityMerger(db: db).merge(sourceKey: join.sourceKey, into: join.targetKey, at: mergedAt,
                                               nameAsAlias: join.alias, joinedSurname: join.surname)
        }
        return plan
    }

    /// The joins ingest made for `surnames`, with the evidence each brought and the key it leads to now.
    private func recordedJoins(_ surnames: Set<String>) throws -> [SurnameJoin.Recorded] {
        let statement = try db.cachedStatement(sql: """
            SELECT entityMerge.key, entityMerge.name, entityMerge.type, entityMerge.aliases, entityMerge.targetKey,
                   (SELECT COUNT(*) FROM mergedEvidence WHERE mergeID = entityMerge.id) AS evidence,
                   EXISTS (SELECT 1 FROM entity WHERE entity.key = entityMerge.targetKey) AS targetStored
            FROM entityMerge WHERE joinedSurname = ?
            """)
        var out: [SurnameJoin.Recorded] = []
        for surname in surnames.sorted() {
            for row in try Row.fetchAll(statement, arguments: [surname]) {
                guard let type = EntityType(rawValue: row["type"]) else { continue }
                let targetKey: String = row["targetKey"]
                let stored: Bool = row["targetStored"]
                out.append(SurnameJoin.Recorded(
                    node: SurnameJoin.Candidate(key: row["key"], name: row["name"], type: type, evidence: row["evidence"]),
                    aliases: try MergeRecord.decodeList(row["aliases"]),
                    // A user may have merged the target further since.
                    targetKey: stored ? targetKey : try MergeRecord.finalKey(of: targetKey, db)))
            }
        }
        return out
    }

    /// Nodes a user split from their surname join.
    private func keptApart() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT key FROM surnameKeptApart"))
    }
}
