import KGCore
import KGGraph

extension PostgresStore {
    /// Every merge the store remembers, oldest first, with the evidence `split` would move back named by
    /// document, span and edge key, so another store can take it in (`newsgraph copy`). One snapshot.
    public func portableMerges() throws -> [PortableMerge] {
        try session.exclusive {
            try session.transaction(readOnly: true) {
                try PostgresMergeRecord.fetch(session).map { record in
                    let finalKey = try PostgresMergeRecord.follow(record.targetKey, session).key
                    let evidence = try session.rows("""
                        SELECT document.externalID, evidence.sentenceIndex, evidence.start, evidence."end",
                               subject.key, edge.relation, object.key, mergedEvidence.side
                        FROM mergedEvidence
                        JOIN evidence ON evidence.id = mergedEvidence.evidenceID
                        JOIN document ON document.id = evidence.documentID
                        JOIN edge ON edge.id = evidence.edgeID
                        JOIN entity AS subject ON subject.id = edge.subjectID
                        JOIN entity AS object ON object.id = edge.objectID
                        WHERE mergedEvidence.mergeID = $1 ORDER BY evidence.id, mergedEvidence.side
                        """, [record.id]).map { row in
                        let (document, sentence, start, end, subject, relation, object, side) = try row.decode(
                            (String, Int, Int, Int, String, String, String, String).self)
                        return PortableMerge.Evidence(
                            documentID: document, sentenceIndex: sentence, start: start, end: end, subjectKey: subject,
                            relation: relation, objectKey: object, side: PortableMerge.Evidence.Side(rawValue: side) ?? .subject)
                    }
                    return PortableMerge(
                        entity: record.entity, addedAliases: record.addedAliases,
                        droppedDocuments: record.droppedDocuments, targetKey: record.targetKey,
                        targetIsStored: try entityExists(finalKey), mergedAt: record.mergedAt, evidence: evidence,
                        joinedSurname: record.joinedSurname)
                }
            }
        }
    }

    /// Takes in another store's merges, oldest first, after its documents were copied here, as the SQLite
    /// store does (`MergeReplay` decides), in one transaction that holds the edit lock exclusively.
    public func replayMerges(_ merges: [PortableMerge]) throws -> MergeReplaySummary {
        guard !merges.isEmpty else { return MergeReplaySummary() }
        return try edit {
            var summary = MergeReplaySummary()
            for merge in merges {
                let existing = try PostgresMergeRecord.fetch(session, where: "key = $1", [merge.entity.id]).first
                let finalKey = try PostgresMergeRecord.follow(merge.targetKey, session).key
                let action = MergeReplay.action(
                    for: merge, existingTargetKey: existing?.targetKey, entityIsStored: try entityExists(merge.entity.id),
                    finalTargetKey: finalKey, finalTargetIsStored: try entityExists(finalKey))
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
                    guard let id = try session.rows("""
                        INSERT INTO entityMerge (key, name, type, wikidata, aliases, addedAliases, droppedDocuments,
                                                 targetKey, mergedAt, joinedSurname)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
                        """, [merge.entity.id, merge.entity.name, merge.entity.type.rawValue, merge.entity.wikidata,
                              try PostgresMergeRecord.encodeList(merge.entity.aliases),
                              try PostgresMergeRecord.encodeList(merge.addedAliases),
                              try PostgresMergeRecord.encodeList(merge.droppedDocuments), merge.targetKey,
                              merge.mergedAt, merge.joinedSurname]).first?.decode(Int64.self) else {
                        throw PostgresStoreError(.database, "\(session.location) recorded no merge of '\(merge.entity.id)'")
                    }
                    mergeID = id
                    summary.recorded += 1
                case .mergeHere(let intoKey):
                    _ = try PostgresEntityMerger(session: session).merge(sourceKey: merge.entity.id, into: intoKey,
                                                                        at: merge.mergedAt,
                                                                        joinedSurname: merge.joinedSurname)
                    guard let made = try PostgresMergeRecord.fetch(session, where: "key = $1", [merge.entity.id]).first
                    else { continue }
                    // The copied documents gave the target the source's names already: the record takes them
                    // too, so a split here takes back what a split in the source would.
                    try session.rows("""
                        UPDATE entityMerge SET aliases = $1, addedAliases = $2, droppedDocuments = $3, targetKey = $4
                        WHERE id = $5
                        """, [try PostgresMergeRecord.encodeList(Self.union(made.aliases, merge.entity.aliases)),
                              try PostgresMergeRecord.encodeList(Self.union(made.addedAliases, merge.addedAliases)),
                              try PostgresMergeRecord.encodeList(Array(Set(made.droppedDocuments + merge.droppedDocuments)).sorted()),
                              merge.targetKey, made.id])
                    mergeID = made.id
                    summary.mergedHere += 1
                }
                try link(merge.evidence, to: mergeID, &summary)
            }
            return summary
        }
    }

    /// Marks the evidence the source's merge would move back, found here by document, span and edge key.
    private func link(_ evidence: [PortableMerge.Evidence], to mergeID: Int64, _ summary: inout MergeReplaySummary)
        throws
    {
        for item in evidence {
            let found = try session.rows("""
                SELECT evidence.id FROM evidence
                JOIN document ON document.id = evidence.documentID
                JOIN edge ON edge.id = evidence.edgeID
                JOIN entity AS subject ON subject.id = edge.subjectID
                JOIN entity AS object ON object.id = edge.objectID
                WHERE document.externalID = $1 AND evidence.sentenceIndex = $2 AND evidence.start = $3
                  AND evidence."end" = $4 AND subject.key = $5 AND edge.relation = $6 AND object.key = $7
                """, [item.documentID, item.sentenceIndex, item.start, item.end, item.subjectKey, item.relation,
                      item.objectKey]).map { try $0.decode(Int64.self) }
            guard let evidenceID = found.first else {
                summary.evidenceMissing += 1
                continue
            }
            let inserted = try session.rows("""
                INSERT INTO mergedEvidence (mergeID, evidenceID, side) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                RETURNING evidenceID
                """, [mergeID, evidenceID, item.side.rawValue])
            if !inserted.isEmpty { summary.evidenceLinked += 1 }
        }
    }

    private func entityExists(_ key: String) throws -> Bool {
        try session.rows("SELECT EXISTS (SELECT 1 FROM entity WHERE key = $1)", [key]).first?.decode(Bool.self) ?? false
    }

    /// `first`, then the names of `second` it lacks (compared normalised).
    static func union(_ first: [String], _ second: [String]) -> [String] {
        var seen = Set(first.map(Entity.normalize))
        return first + second.filter { seen.insert(Entity.normalize($0)).inserted }
    }
}
