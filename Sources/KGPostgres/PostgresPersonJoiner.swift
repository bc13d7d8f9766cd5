import KGCore
import KGGraph

/// Joins nodes named only by a surname ("Novak (doc-7)", a bare "Putin") to the person of that surname the
/// store knows in full, and undoes earlier joins the rule no longer makes (`SurnameJoin.reconcile`), as the
/// SQLite store's `PersonJoiner` does. Runs at the end of a batch that holds the edit lock exclusively, and
/// every batch that names a person of the surname runs it, so the last such batch to commit leaves the joins
/// the final store calls for, in whatever order the workers committed.
struct PostgresPersonJoiner {
    let session: PostgresSession

    /// Brings the joins of `surnames` (folded, `PersonName.surnameKey`) to what the rule gives now; returns
    /// the joins undone and made.
    func join(surnames: Set<String>, at mergedAt: String) throws -> SurnameJoin.Plan {
        guard !surnames.isEmpty else { return SurnameJoin.Plan() }
        var people: [SurnameJoin.Candidate] = []
        let types = SurnameJoin.mistypedTypes.map(\.rawValue)
        for row in try session.rows("""
            SELECT key, name, type, evidenceCount FROM entity
            WHERE type = $1 OR (type IN ($2, $3) AND wikidata IS NULL AND strpos(name, ' ') = 0)
            """, [EntityType.person.rawValue, types[0], types[1]]) {
            let (key, name, type, evidence) = try row.decode((String, String, String, Int).self)
            guard let entityType = EntityType(rawValue: type) else { continue }
            people.append(SurnameJoin.Candidate(key: key, name: name, type: entityType, evidence: evidence))
        }
        let keptApart = Set(try session.rows("SELECT key FROM surnameKeptApart").map { try $0.decode(String.self) })
        let plan = try SurnameJoin.reconcile(
            people: people, joined: try recordedJoins(surnames), keptApart: keptApart, surnames: surnames
        ) { key in
            var aliases: [String] = []
            for row in try session.rows("""
                SELECT alias.name FROM alias JOIN entity ON entity.id = alias.entityID WHERE entity.key = $1
                """, [key]) {
                aliases.append(try row.decode(String.self))
            }
            return aliases
        }
        for key in plan.undo {
            guard let record = try PostgresMergeRecord.fetch(session, where: "key = $1", [key]).first else { continue }
            _ = try PostgresEntitySplitter(session: session).split(record)
        }
        for join in plan.make {
            _ = try PostgresEntityMerger(session: session).merge(
                sourceKey: join.sourceKey, into: join.targetKey, at: mergedAt, nameAsAlias: join.alias,
                joinedSurname: join.surname)
        }
        return plan
    }

    /// The joins ingest made for `surnames`, with the evidence each brought and the key it leads to now.
    private func recordedJoins(_ surnames: Set<String>) throws -> [SurnameJoin.Recorded] {
        var out: [SurnameJoin.Recorded] = []
        for row in try session.rows("""
            SELECT entityMerge.key, entityMerge.name, entityMerge.type, entityMerge.aliases, entityMerge.targetKey,
                   (SELECT COUNT(*) FROM mergedEvidence WHERE mergeID = entityMerge.id),
                   EXISTS (SELECT 1 FROM entity WHERE entity.key = entityMerge.targetKey)
            FROM entityMerge WHERE joinedSurname = ANY($1) ORDER BY entityMerge.key
            """, [surnames.sorted()]) {
            let (key, name, typeName, aliases, targetKey, evidence, stored) = try row.decode(
                (String, String, String, String, String, Int, Bool).self)
            guard let type = EntityType(rawValue: typeName) else { continue }
            out.append(SurnameJoin.Recorded(
                node: SurnameJoin.Candidate(key: key, name: name, type: type, evidence: evidence),
                aliases: try PostgresMergeRecord.decodeList(aliases, session),
                // A user may have merged the target further since.
                targetKey: stored ? targetKey : try PostgresMergeRecord.follow(targetKey, session).key))
        }
        return out
    }
}
