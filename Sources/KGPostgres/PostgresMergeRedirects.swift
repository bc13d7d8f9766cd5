import KGGraph

/// Where entity keys lead during an ingest batch, so a merged entity's mentions land in the entity it was
/// merged into; and the record of evidence and names that arrived that way, so a later split takes them back
/// too. The SQLite store's `MergeRedirects`, on the batch's session.
struct PostgresMergeRedirects {
    private let session: PostgresSession
    /// Whether the store has any merge at all; without one every key leads to itself and nothing is recorded.
    private let isActive: Bool
    private var followed: [String: (key: String, merges: [Int64])] = [:]

    init(session: PostgresSession) throws {
        self.session = session
        isActive = try session.rows("SELECT EXISTS (SELECT 1 FROM entityMerge)").first?.decode(Bool.self) ?? false
    }

    /// The key `key` leads to, and the merges on the way (empty when it is not merged).
    mutating func resolve(_ key: String) throws -> (key: String, merges: [Int64]) {
        guard isActive else { return (key, []) }
        if let known = followed[key] { return known }
        let result = try PostgresMergeRecord.follow(key, session)
        followed[key] = result
        return result
    }

    /// Records a name a merged entity's mentions gave the target, as the merge would have, so a split takes it
    /// back along with the entity.
    mutating func recordAlias(_ name: String, ofKey key: String) throws {
        let merges = try resolve(key).merges
        guard !merges.isEmpty else { return }
        let normalized = Entity.normalize(name)
        for merge in merges {
            guard let record = try PostgresMergeRecord.fetch(session, where: "id = $1", [merge]).first else { continue }
            var aliases = record.aliases, added = record.addedAliases
            if !aliases.contains(where: { Entity.normalize($0) == normalized }) { aliases.append(name) }
            if !added.contains(where: { Entity.normalize($0) == normalized }) { added.append(name) }
            try session.rows("UPDATE entityMerge SET aliases = $1, addedAliases = $2 WHERE id = $3", [
                try PostgresMergeRecord.encodeList(aliases), try PostgresMergeRecord.encodeList(added), merge,
            ])
        }
    }

    /// Records that a new piece of evidence reached its edge through merges of its subject or object key.
    mutating func recordEvidence(_ evidenceID: Int64, subjectKey: String, objectKey: String) throws {
        guard isActive else { return }
        for (key, side) in [(subjectKey, "subject"), (objectKey, "object")] {
            for merge in try resolve(key).merges {
                try session.rows("""
                    INSERT INTO mergedEvidence (mergeID, evidenceID, side) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                    """, [merge, evidenceID, side])
            }
        }
    }
}
