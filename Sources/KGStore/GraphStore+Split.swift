import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// Undoes the merge of the entity once called `name` (its former name, key or one of its former aliases):
    /// the entity comes back with its name, type and aliases, the evidence that named it (at merge time and
    /// ingested since) moves back to its own edges, and its key stops leading to the target. One transaction.
    ///
    /// Relations between the two entities, dropped by the merge as self-loops, come back when their documents
    /// are ingested again; those documents are marked changed and listed in the summary.
    ///
    /// A node ingest joined by surname (`SurnameJoin`) that is split here stays apart: no later ingest joins it
    /// again.
    @discardableResult
    public func split(_ name: String) throws -> SplitSummary {
        try write { db in
            let record = try Self.mergeRecord(named: name, db)
            if record.joinedSurname != nil {
                try db.execute(sql: "INSERT OR IGNORE INTO surnameKeptApart (key) VALUES (?)", arguments: [record.key])
            }
            return try EntitySplitter(db: db).split(record)
        }
    }

    /// Keys of the nodes a user split from their surname join, which no ingest joins again.
    public func surnameNodesKeptApart() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT key FROM surnameKeptApart").sorted() }
    }

    /// Keeps the nodes with these keys out of surname joins from now on, in one transaction.
    public func keepApartFromSurnameJoins(_ keys: [String]) throws {
        guard !keys.isEmpty else { return }
        try write { db in
            let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO surnameKeptApart (key) VALUES (?)")
            for key in keys { try insert.execute(arguments: [key]) }
        }
    }

    /// The one merge record `name` designates, or an error that lists what was merged.
    private static func mergeRecord(named name: String, _ db: Database) throws -> MergeRecord {
        let records = try MergeRecord.fetchAll(db)
        let index = try checked { try MergeRules.mergeToSplit(named: name, among: records.map(\.entity)) }
        return records[index]
    }
}

/// Does one split inside its write transaction.
struct EntitySplitter {
    let db: Database

    func split(_ record: MergeRecord) throws -> SplitSummary {
        let finalKey = try MergeRecord.finalKey(of: record.targetKey, db)
        guard let target = try Int64.fetchOne(db, sql: "SELECT id FROM entity WHERE key = ?", arguments: [finalKey])
        else {
            throw StoreError(.database, "'\(record.name)' was merged into '\(finalKey)', which is missing",
                             hint: "the database is inconsistent; re-ingest into a new database")
        }
        var summary = SplitSummary()
        summary.restoredKey = record.key
        summary.restoredName = record.name
        summary.targetName = try String.fetchOne(db, sql: "SELECT name FROM entity WHERE id = ?", arguments: [target])
            ?? finalKey
        let recorded = try Row.fetchAll(db, sql: """
            SELECT evidenceID, side FROM mergedEvidence WHERE mergeID = ? ORDER BY evidenceID
            """, arguments: [record.id])
        // The record goes first: its key must be free before the entity can have it again.
        try db.execute(sql: "DELETE FROM entityMerge WHERE id = ?", arguments: [record.id])
        try db.execute(sql: """
            INSERT INTO entity (key, name, normalizedName, type, wikidata) VALUES (?, ?, ?, ?, ?)
            """, arguments: [record.key, record.name, Entity.normalize(record.name), record.type.rawValue,
                             record.wikidata])
        let restored = db.lastInsertedRowID
        let insertAlias = try db.cachedStatement(sql: """
            INSERT INTO alias (entityID, name, normalized) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """)
        for alias in record.aliases {
            try insertAlias.execute(arguments: [restored, alias, Entity.normalize(alias)])
        }
        let removeAlias = try db.cachedStatement(sql: "DELETE FROM alias WHERE entityID = ? AND normalized = ?")
        for alias in try namesToTakeBack(record) {
            try removeAlias.execute(arguments: [target, alias])
            summary.aliasesRemoved += db.changesCount
        }
        let mover = EdgeMover(db: db)
        let current = try db.cachedStatement(sql: """
            SELECT edge.id, edge.subjectID, edge.relation, edge.objectID FROM evidence
            JOIN edge ON edge.id = evidence.edgeID WHERE evidence.id = ?
            """)
        var emptied: Set<Int64> = []
        for row in recorded {
            let evidenceID: Int64 = row["evidenceID"]
            let side: String = row["side"]
            guard let edge = try Row.fetchOne(current, arguments: [evidenceID]) else { continue }
            let edgeID: Int64 = edge[0], subject: Int64 = edge[1], relation: String = edge[2], object: Int64 = edge[3]
            // Only evidence still at the target's end moves: a later split may have taken it elsewhere.
            guard (side == "subject" ? subject : object) == target else {
                summary.evidenceSkipped += 1
                continue
            }
            let destination = try mover.edgeID(
                subject: side == "subject" ? restored : subject, relation: relation,
                object: side == "object" ? restored : object)
            if try mover.moveEvidence(evidenceID, to: destination) {
                summary.evidenceMoved += 1
                emptied.insert(edgeID)
            } else {
                summary.evidenceSkipped += 1
            }
        }
        summary.edgesRemoved = try mover.deleteEmpty(emptied.sorted())
        // Destinations created for evidence that then stayed put have no evidence either.
        summary.edgesRemoved += try mover.deleteEmpty(try Int64.fetchAll(db, sql: """
            SELECT id FROM edge WHERE (subjectID = ?1 OR objectID = ?1) AND evidenceCount = 0
            """, arguments: [restored]))
        if !record.droppedDocuments.isEmpty {
            let mark = try db.cachedStatement(sql: "UPDATE document SET contentHash = '' WHERE externalID = ?")
            for document in record.droppedDocuments {
                try mark.execute(arguments: [document])
                if db.changesCount > 0 { summary.documentsToReingest.append(document) }
            }
        }
        return summary
    }

    /// The normalised names the merge gave its target that the final target still has because of it. When the
    /// target was merged further, its record carried them on: they are taken out of those records too, so a
    /// later split does not hand the names to the wrong entity; the walk stops where a target had a name
    /// of its own.
    private func namesToTakeBack(_ record: MergeRecord) throws -> Set<String> {
        var carried = Set(record.addedAliases.map(Entity.normalize))
        var key = record.targetKey
        let update = try db.cachedStatement(sql: "UPDATE entityMerge SET aliases = ?, addedAliases = ? WHERE id = ?")
        while !carried.isEmpty,
              let next = try MergeRecord.fetchAll(db, sql: "SELECT * FROM entityMerge WHERE key = ?", arguments: [key])
                .first {
            let aliases = next.aliases.filter { !carried.contains(Entity.normalize($0)) }
            let added = next.addedAliases.filter { !carried.contains(Entity.normalize($0)) }
            carried.formIntersection(next.addedAliases.map(Entity.normalize))
            try update.execute(arguments: [try MergeRecord.encodeList(aliases), try MergeRecord.encodeList(added), next.id])
            key = next.targetKey
        }
        return carried
    }
}
