import KGCore
import KGGraph

/// Undoes one merge inside a write transaction that holds the edit lock exclusively, the way the SQLite
/// store's `EntitySplitter` does.
struct PostgresEntitySplitter {
    let session: PostgresSession

    func split(_ record: PostgresMergeRecord) throws -> SplitSummary {
        let finalKey = try PostgresMergeRecord.follow(record.targetKey, session).key
        guard let targetRow = try session.rows("SELECT id, name FROM entity WHERE key = $1 FOR UPDATE", [finalKey]).first
        else {
            throw PostgresStoreError(.database, "'\(record.name)' was merged into '\(finalKey)', which is missing from "
                                     + "\(session.location)", hint: "the database is inconsistent; re-ingest into a new database")
        }
        let (target, targetName) = try targetRow.decode((Int64, String).self)
        var summary = SplitSummary()
        summary.restoredKey = record.key
        summary.restoredName = record.name
        summary.targetName = targetName
        let recorded = try session.rows("""
            SELECT evidenceID, side FROM mergedEvidence WHERE mergeID = $1 ORDER BY evidenceID
            """, [record.id]).map { try $0.decode((Int64, String).self) }
        // The record goes first: its key must be free before the entity can have it again.
        try session.rows("DELETE FROM entityMerge WHERE id = $1", [record.id])
        guard let restored = try session.rows("""
            INSERT INTO entity (key, name, normalizedName, type, wikidata) VALUES ($1, $2, $3, $4, $5) RETURNING id
            """, [record.key, record.name, Entity.normalize(record.name), record.type.rawValue, record.wikidata])
            .first?.decode(Int64.self) else {
            throw PostgresStoreError(.database, "\(session.location) did not restore '\(record.key)'")
        }
        for alias in record.aliases {
            try session.rows("""
                INSERT INTO alias (entityID, name, normalized) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
                """, [restored, alias, Entity.normalize(alias)])
        }
        for alias in try namesToTakeBack(record).sorted() {
            summary.aliasesRemoved += try session.rows(
                "DELETE FROM alias WHERE entityID = $1 AND normalized = $2 RETURNING id", [target, alias]).count
        }
        let mover = PostgresEdgeMover(session: session)
        var touched: Set<Int64> = []
        for (evidenceID, side) in recorded {
            guard let edge = try session.rows("""
                SELECT edge.id, edge.subjectID, edge.relation, edge.objectID FROM evidence
                JOIN edge ON edge.id = evidence.edgeID WHERE evidence.id = $1
                """, [evidenceID]).first else { continue }
            let (edgeID, subject, relation, object) = try edge.decode((Int64, Int64, String, Int64).self)
            // Only evidence still at the target's end moves: a later split may have taken it elsewhere.
            guard (side == "subject" ? subject : object) == target else {
                summary.evidenceSkipped += 1
                continue
            }
            let destination = try mover.edgeID(
                subject: side == "subject" ? restored : subject, relation: relation,
                object: side == "object" ? restored : object)
            touched.insert(destination)
            if try mover.moveEvidence(evidenceID, to: destination) {
                summary.evidenceMoved += 1
                touched.insert(edgeID)
            } else {
                summary.evidenceSkipped += 1
            }
        }
        // Edges of the target left without evidence go, and so do destinations made for evidence that stayed.
        let counts = PostgresCounts(session: session)
        let endpoints = try counts.recountEdges(touched)
        summary.edgesRemoved = try counts.deleteEmptyEdges(touched)
        try counts.recountEntities(endpoints.union([target, restored]))
        for document in record.droppedDocuments {
            let marked = try session.rows("UPDATE document SET contentHash = '' WHERE externalID = $1 RETURNING id",
                                          [document])
            if !marked.isEmpty { summary.documentsToReingest.append(document) }
        }
        return summary
    }

    /// The normalised names the merge gave its target that the final target still has because of it. When the
    /// target was merged further, its record carried them on: they are taken out of those records too, so a
    /// later split does not hand the names to the wrong entity; the walk stops where a target had a name of
    /// its own.
    private func namesToTakeBack(_ record: PostgresMergeRecord) throws -> Set<String> {
        var carried = Set(record.addedAliases.map(Entity.normalize))
        var key = record.targetKey
        while !carried.isEmpty, let next = try PostgresMergeRecord.fetch(session, where: "key = $1", [key]).first {
            let aliases = next.aliases.filter { !carried.contains(Entity.normalize($0)) }
            let added = next.addedAliases.filter { !carried.contains(Entity.normalize($0)) }
            carried.formIntersection(next.addedAliases.map(Entity.normalize))
            try session.rows("UPDATE entityMerge SET aliases = $1, addedAliases = $2 WHERE id = $3", [
                try PostgresMergeRecord.encodeList(aliases), try PostgresMergeRecord.encodeList(added), next.id,
            ])
            key = next.targetKey
        }
        return carried
    }
}
