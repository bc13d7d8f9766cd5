import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// Every merge the store remembers, oldest first, with the evidence `split` would move back named by
    /// document, span and edge key, so another store can take it in (`newsgraph copy`).
    public func portableMerges() throws -> [PortableMerge] {
        try read { db in
            try MergeRecord.fetchAll(db).map { record in
                let finalKey = try MergeRecord.finalKey(of: record.targetKey, db)
                let evidence = try Row.fetchAll(db, sql: """
                    SELECT document.externalID, evidence.sentenceIndex, evidence.start, evidence."end",
                           subject.key, edge.relation, object.key, mergedEvidence.side
                    FROM mergedEvidence
                    JOIN evidence ON evidence.id = mergedEvidence.evidenceID
                    JOIN document ON document.id = evidence.documentID
                    JOIN edge ON edge.id = evidence.edgeID
                    JOIN entity AS subject ON subject.id = edge.subjectID
                    JOIN entity AS object ON object.id = edge.objectID
                    WHERE mergedEvidence.mergeID = ? ORDER BY evidence.id, mergedEvidence.side
                    """, arguments: [record.id]).map { row in
                    PortableMerge.Evidence(
                        documentID: row[0], sentenceIndex: row[1], start: row[2], end: row[3], subjectKey: row[4],
                        relation: row[5], objectKey: row[6], side: PortableMerge.Evidence.Side(rawValue: row[7]) ?? .subject)
                }
                return PortableMerge(
                    entity: record.entity, addedAliases: record.addedAliases, droppedDocuments: record.droppedDocuments,
                    targetKey: record.targetKey,
                    targetIsStored: try Self.entityExists(finalKey, db),
                    mergedAt: record.mergedAt, evidence: evidence, joinedSurname: record.joinedSurname)
            }
        }
    }

    /// Takes in another store's merges, oldest first, after its documents were copied here, in one
    /// transaction: each is recorded as the source has it (or, when this store still has the entity, merged
    /// now), as `MergeReplay` decides; a merge already here is skipped, one that cannot be replayed is listed.
    public func replayMerges(_ merges: [PortableMerge]) throws -> MergeReplaySummary {
        guard !merges.isEmpty else { return MergeReplaySummary() }
        return try write { db in
            var summary = MergeReplaySummary()
            for merge in merges {
                let existing = try MergeRecord.fetchAll(db, sql: "SELECT * FROM entityMerge WHERE key = ?",
                                                        arguments: [merge.entity.id]).first
                let finalKey = try MergeRecord.finalKey(of: merge.targetKey, db)
                let action = MergeReplay.action(
                    for: merge, existingTargetKey: existing?.targetKey,
                    entityIsStored: try Self.entityExists(merge.entity.id, db), finalTargetKey: finalKey,
                    finalTargetIsStored: try Self.entityExists(finalKey, db))
                let mergeID: Int64
                switch action {
                case .refuse(let refusal):
                    summary.refused.append(refusal)
                    continue
                case .alreadyThere:
                    guard let existing else { continue }
                    mergeID = existing.id
                    summary.alreadyThere += 1
                case .record:
                    try db.execute(sql: """
                        INSERT INTO entityMerge (key, name, type, wikidata, aliases, addedAliases, droppedDocuments,
                                                 targetKey, mergedAt, joinedSurname)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [
                            merge.entity.id, merge.entity.name, merge.entity.type.rawValue, merge.entity.wikidata,
                            try MergeRecord.encodeList(merge.entity.aliases), try MergeRecord.encodeList(merge.addedAliases),
                            try MergeRecord.encodeList(merge.droppedDocuments), merge.targetKey, merge.mergedAt,
                            merge.joinedSurname,
                        ])
                    mergeID = db.lastInsertedRowID
                    summary.recorded += 1
                case .mergeHere(let intoKey):
                    _ = try EntityMerger(db: db).merge(sourceKey: merge.entity.id, into: intoKey, at: merge.mergedAt,
                                                       joinedSurname: merge.joinedSurname)
                    guard let made = try MergeRecord.fetchAll(db, sql: "SELECT * FROM entityMerge WHERE key = ?",
                                                              arguments: [merge.entity.id]).first else { continue }
                    // The copied documents gave the target the source's names already: the record takes them
                    // too, so a split here takes back what a split in the source would.
                    try db.execute(sql: """
                        UPDATE entityMerge SET aliases = ?, addedAliases = ?, droppedDocuments = ?, targetKey = ?
                        WHERE id = ?
                        """, arguments: [
                            try MergeRecord.encodeList(Self.union(made.aliases, merge.entity.aliases)),
                            try MergeRecord.encodeList(Self.union(made.addedAliases, merge.addedAliases)),
                            try MergeRecord.encodeList(Array(Set(made.droppedDocuments + merge.droppedDocuments)).sorted()),
                            merge.targetKey, made.id,
                        ])
                    mergeID = made.id
                    summary.mergedHere += 1
                }
                try link(merge.evidence, to: mergeID, db, &summary)
            }
            return summary
        }
    }

    /// Marks the evidence the source's merge would move back, found here by document, span and edge key.
    private func link(_ evidence: [PortableMerge.Evidence], to mergeID: Int64, _ db: Database,
                      _ summary: inout MergeReplaySummary) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO mergedEvidence (mergeID, evidenceID, side)
            SELECT ?, evidence.id, ? FROM evidence
            JOIN document ON document.id = evidence.documentID
            JOIN edge ON edge.id = evidence.edgeID
            JOIN entity AS subject ON subject.id = edge.subjectID
            JOIN entity AS object ON object.id = edge.objectID
            WHERE document.externalID = ? AND evidence.sentenceIndex = ? AND evidence.start = ?
              AND evidence."end" = ? AND subject.key = ? AND edge.relation = ? AND object.key = ?
            """)
        let find = try db.cachedStatement(sql: """
            SELECT 1 FROM mergedEvidence JOIN evidence ON evidence.id = mergedEvidence.evidenceID
            JOIN document ON document.id = evidence.documentID
            JOIN edge ON edge.id = evidence.edgeID
            JOIN entity AS subject ON subject.id = edge.subjectID
            JOIN entity AS object ON object.id = edge.objectID
            WHERE mergedEvidence.mergeID = ? AND mergedEvidence.side = ? AND document.externalID = ?
              AND evidence.sentenceIndex = ? AND evidence.start = ? AND evidence."end" = ? AND subject.key = ?
              AND edge.relation = ? AND object.key = ?
            """)
        for item in evidence {
            let arguments: StatementArguments = [
                mergeID, item.side.rawValue, item.documentID, item.sentenceIndex, item.start, item.end,
                item.subjectKey, item.relation, item.objectKey,
            ]
            try insert.execute(arguments: arguments)
            if db.changesCount > 0 {
                summary.evidenceLinked += 1
            } else if try Bool.fetchOne(find, arguments: arguments) != true {
                summary.evidenceMissing += 1
            }
        }
    }

    private static func entityExists(_ key: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM entity WHERE key = ?)", arguments: [key]) ?? false
    }

    /// `first`, then the names of `second` it lacks (compared normalised).
    static func union(_ first: [String], _ second: [String]) -> [String] {
        var seen = Set(first.map(Entity.normalize))
        return first + second.filter { seen.insert(Entity.normalize($0)).inserted }
    }
}
