import KGGraph
internal import GRDB

/// Where entity keys lead during an ingest, so a merged entity's mentions land in the entity it was merged
/// into; and the record of evidence that arrived that way, so a later split moves it back too.
struct MergeRedirects {
    private let db: Database
    /// Whether the store has any merge at all; without one every key leads to itself and nothing is recorded.
    private let isActive: Bool
    private var followed: [String: (key: String, merges: [Int64])] = [:]

    init(db: Database) throws {
        self.db = db
        isActive = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM entityMerge)") ?? false
    }

    /// The key `key` leads to, and the merges on the way (empty when it is not merged).
    mutating func resolve(_ key: String) throws -> (key: String, merges: [Int64]) {
        guard isActive else { return (key, []) }
        if let known = followed[key] { return known }
        let result = try MergeRecord.follow(key, db)
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
            guard let record = try MergeRecord.fetchAll(db, sql: "SELECT * FROM entityMerge WHERE id = ?",
                                                        arguments: [merge]).first else { continue }
            var aliases = record.aliases, added = record.addedAliases
            if !aliases.contains(where: { Entity.normalize($0) == normalized }) { aliases.append(name) }
            if !added.contains(where: { Entity.normalize($0) == normalized }) { added.append(name) }
            try db.execute(sql: "UPDATE entityMerge SET aliases = ?, addedAliases = ? WHERE id = ?", arguments: [
                try MergeRecord.encodeList(aliases), try MergeRecord.encodeList(added), merge,
            ])
        }
    }

    /// Records that a new piece of evidence reached its edge through merges of its subject or object key.
    mutating func recordEvidence(_ evidenceID: Int64, subjectKey: String, objectKey: String) throws {
        guard isActive else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO mergedEvidence (mergeID, evidenceID, side) VALUES (?, ?, ?)
            """)
        for (key, side) in [(subjectKey, "subject"), (objectKey, "object")] {
            for merge in try resolve(key).merges {
                try insert.execute(arguments: [merge, evidenceID, side])
            }
        }
    }
}
