import KGCore
import KGGraph

/// Does one merge inside a write transaction that holds the edit lock exclusively, the way the SQLite store's
/// `EntityMerger` does: edges and evidence move to the target (folding into edges it already has, a sentence
/// span already there dropped), the names become its aliases, and the record lets `split` undo it.
struct PostgresEntityMerger {
    let session: PostgresSession

    /// Merges the entity with key `sourceKey` into `targetKey`; `nameAsAlias` replaces the source's name in
    /// the target's aliases ("Novak" for a surname scoped to one article, "Novak (doc-7)"); `joinedSurname`
    /// marks a join ingest made (`SurnameJoin`), which a later ingest may undo.
    func merge(sourceKey: String, into targetKey: String, at mergedAt: String, nameAsAlias: String? = nil,
               joinedSurname: String? = nil) throws
        -> MergeSummary
    {
        let find = "SELECT id, name, normalizedName, type, wikidata FROM entity WHERE key = $1 FOR UPDATE"
        guard let sourceRow = try session.rows(find, [sourceKey]).first,
              let targetRow = try session.rows(find, [targetKey]).first
        else {
            throw PostgresStoreError(.unknownEntity, "'\(sourceKey)' or '\(targetKey)' was removed while merging",
                                     hint: "run the merge again")
        }
        let (a, sourceName, _, sourceType, sourceWikidata) = try sourceRow.decode((Int64, String, String, String, String?).self)
        let (b, _, targetNormalized, _, _) = try targetRow.decode((Int64, String, String, String, String?).self)
        var summary = MergeSummary()
        let ownAliases = try session.rows("SELECT name FROM alias WHERE entityID = $1 ORDER BY id", [a])
            .map { try $0.decode(String.self) }
        var known = Set(try session.rows("SELECT normalized FROM alias WHERE entityID = $1", [b])
            .map { try $0.decode(String.self) })
        known.insert(targetNormalized)
        for alias in [nameAsAlias ?? sourceName] + ownAliases where known.insert(Entity.normalize(alias)).inserted {
            summary.aliasesAdded.append(alias)
        }
        guard let mergeID = try session.rows("""
            INSERT INTO entityMerge (key, name, type, wikidata, aliases, addedAliases, targetKey, mergedAt, joinedSurname)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
            """, [sourceKey, sourceName, sourceType, sourceWikidata, try PostgresMergeRecord.encodeList(ownAliases),
                  try PostgresMergeRecord.encodeList(summary.aliasesAdded), targetKey, mergedAt, joinedSurname]).first?
            .decode(Int64.self) else {
            throw PostgresStoreError(.database, "\(session.location) recorded no merge of '\(sourceKey)'")
        }
        var droppedDocuments: Set<String> = []
        var touched: Set<Int64> = []
        let mover = PostgresEdgeMover(session: session)
        let edges = try session.rows("""
            SELECT id, subjectID, relation, objectID, evidenceCount FROM edge WHERE subjectID = $1 OR objectID = $1
            ORDER BY id
            """, [a]).map { try $0.decode((Int64, Int64, String, Int64, Int).self) }
        for (edgeID, subjectID, relation, objectID, count) in edges {
            let subject = subjectID == a ? b : subjectID
            let object = objectID == a ? b : objectID
            if subject == object {
                droppedDocuments.formUnion(try session.rows("""
                    SELECT DISTINCT document.externalID FROM evidence JOIN document ON document.id = evidence.documentID
                    WHERE evidence.edgeID = $1
                    """, [edgeID]).map { try $0.decode(String.self) })
                summary.selfLoopEvidenceDropped += count
                try session.rows("DELETE FROM edge WHERE id = $1", [edgeID])
                summary.selfLoopsDropped += 1
                continue
            }
            for (side, isMerged) in [("subject", subjectID == a), ("object", objectID == a)] where isMerged {
                try session.rows("""
                    INSERT INTO mergedEvidence (mergeID, evidenceID, side) SELECT $1, id, $2 FROM evidence
                    WHERE edgeID = $3 ON CONFLICT DO NOTHING
                    """, [mergeID, side, edgeID])
            }
            let outcome = try mover.move(edgeID, evidenceCount: count, toSubject: subject, relation: relation,
                                         object: object)
            touched.insert(outcome.edgeID)
            if outcome.combined { summary.edgesCombined += 1 } else { summary.edgesMoved += 1 }
            summary.evidenceMoved += outcome.evidenceMoved
            summary.duplicateEvidenceDropped += outcome.duplicatesDropped
        }
        for alias in summary.aliasesAdded {
            try session.rows("""
                INSERT INTO alias (entityID, name, normalized) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                """, [b, alias, Entity.normalize(alias)])
        }
        try session.rows("UPDATE entityMerge SET droppedDocuments = $1 WHERE id = $2",
                         [try PostgresMergeRecord.encodeList(droppedDocuments.sorted()), mergeID])
        try session.rows("DELETE FROM entity WHERE id = $1", [a])
        let counts = PostgresCounts(session: session)
        let endpoints = try counts.recountEdges(touched)
        try counts.recountEntities(endpoints.union([b]))
        return summary
    }
}

/// Moves edges and evidence to other (subject, relation, object) keys inside a write transaction, folding into
/// the edge that already has the key; the caller recounts the edges it touched (`PostgresCounts`).
struct PostgresEdgeMover {
    /// Where a moved edge ended up.
    struct Outcome {
        /// The edge that now holds the evidence.
        var edgeID: Int64
        /// Whether the key was taken, so the evidence went to that edge and the moved edge was deleted.
        var combined: Bool
        /// Evidence rows now on `edgeID` that were on the moved edge.
        var evidenceMoved: Int
        /// Evidence rows dropped because the target already had the same sentence and span.
        var duplicatesDropped: Int
    }

    let session: PostgresSession

    /// Gives the edge a new key: in place when the key is free, else by moving its evidence to the edge that
    /// has the key (a sentence and span already there is dropped) and deleting it.
    func move(_ edgeID: Int64, evidenceCount count: Int, toSubject subject: Int64, relation: String, object: Int64)
        throws -> Outcome
    {
        if let existing = try find(subject: subject, relation: relation, object: object), existing != edgeID {
            let moved = try session.rows("""
                UPDATE evidence SET edgeID = $1 WHERE edgeID = $2 AND NOT EXISTS (
                    SELECT 1 FROM evidence AS there WHERE there.edgeID = $1 AND there.documentID = evidence.documentID
                    AND there.sentenceIndex = evidence.sentenceIndex AND there.start = evidence.start
                    AND there."end" = evidence."end")
                RETURNING id
                """, [existing, edgeID]).count
            try session.rows("DELETE FROM edge WHERE id = $1", [edgeID])
            return Outcome(edgeID: existing, combined: true, evidenceMoved: moved, duplicatesDropped: count - moved)
        }
        let relationClass = RelationTaxonomy.classify(relation)
        try session.rows("""
            UPDATE edge SET subjectID = $1, relation = $2, objectID = $3, category = $4, polarity = $5, weight = $6
            WHERE id = $7
            """, [subject, relation, object, relationClass.category.rawValue, relationClass.polarity.rawValue,
                  relationClass.weight, edgeID])
        return Outcome(edgeID: edgeID, combined: false, evidenceMoved: count, duplicatesDropped: 0)
    }

    /// Moves one evidence row to another edge; false (the row stays) when that edge has the same sentence span.
    func moveEvidence(_ evidenceID: Int64, to edgeID: Int64) throws -> Bool {
        try !session.rows("""
            UPDATE evidence SET edgeID = $1 WHERE id = $2 AND NOT EXISTS (
                SELECT 1 FROM evidence AS there WHERE there.edgeID = $1 AND there.documentID = evidence.documentID
                AND there.sentenceIndex = evidence.sentenceIndex AND there.start = evidence.start
                AND there."end" = evidence."end")
            RETURNING id
            """, [edgeID, evidenceID]).isEmpty
    }

    /// The edge with this key, created (classified by the taxonomy, without evidence) when missing.
    func edgeID(subject: Int64, relation: String, object: Int64) throws -> Int64 {
        if let found = try find(subject: subject, relation: relation, object: object) { return found }
        let relationClass = RelationTaxonomy.classify(relation)
        guard let id = try session.rows("""
            INSERT INTO edge (subjectID, relation, objectID, category, polarity, weight) VALUES ($1, $2, $3, $4, $5, $6)
            RETURNING id
            """, [subject, relation, object, relationClass.category.rawValue, relationClass.polarity.rawValue,
                  relationClass.weight]).first?.decode(Int64.self) else {
            throw PostgresStoreError(.database, "\(session.location) stored no edge (\(subject), \(relation), \(object))")
        }
        return id
    }

    private func find(subject: Int64, relation: String, object: Int64) throws -> Int64? {
        try session.rows("SELECT id FROM edge WHERE subjectID = $1 AND relation = $2 AND objectID = $3",
                         [subject, relation, object]).first?.decode(Int64.self)
    }
}
