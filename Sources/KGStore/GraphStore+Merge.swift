import Foundation
import KGCore
import KGGraph
internal import GRDB

extension GraphStore: EntityEditing {
    /// Opens a database that must already exist, for commands that change it (merge, split); a missing file
    /// is an error that says how to create one, and nothing is created.
    public static func openExistingForChanges(path: String) throws -> GraphStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(
                .cannotOpen, "no graph database at \(path)",
                hint: "run `newsgraph ingest ARTICLES… --db \(path)` first, or pass --db with the right path", path: path)
        }
        return try GraphStore(path: path)
    }

    /// Merges the entity named `name` into the one named `targetName` (names or aliases, any case), in one
    /// transaction: its edges and evidence move to the target (edges the target already has are combined),
    /// its name and aliases become the target's aliases, and its key is remembered so later ingests of it land
    /// in the target. Edges between the two would become self-loops and are dropped.
    ///
    /// Throws `unknownEntity` (with suggestions) for a name that matches nothing, `invalidInput` when both
    /// names are the same entity.
    @discardableResult
    public func merge(_ name: String, into targetName: String) throws -> MergeSummary {
        let source = try resolveEntity(named: name)
        let target = try resolveEntity(named: targetName)
        try Self.checked { try MergeRules.checkMerge(name, into: targetName, source: source, target: target) }
        let mergedAt = ISO8601DateFormatter().string(from: Date())
        return try write { db in
            try EntityMerger(db: db).merge(sourceKey: source.id, into: target.id, at: mergedAt)
        }
    }

    /// Every merge the store remembers, oldest first.
    public func merges() throws -> [EntityMerge] {
        try read { db in try MergeRecord.fetchAll(db).map { try $0.summary(db) } }
    }

    /// Runs a `MergeRules` check, turning its refusal into this store's error of the same kind.
    static func checked<T>(_ rule: () throws -> T) throws -> T {
        do {
            return try rule()
        } catch let violation as MergeRules.Violation {
            throw StoreError(violation.kind == .invalidInput ? .invalidInput : .unknownEntity, violation.message,
                             hint: violation.hint)
        }
    }
}

/// A row of `entityMerge`.
struct MergeRecord {
    var id: Int64
    var key: String
    var name: String
    var type: EntityType
    var wikidata: String?
    var aliases: [String]
    var addedAliases: [String]
    var droppedDocuments: [String]
    var targetKey: String
    var mergedAt: String
    /// The folded surname when ingest made the merge (`SurnameJoin`); nil for a user's merge.
    var joinedSurname: String?

    /// The entity as it was before the merge.
    var entity: Entity { Entity(id: key, name: name, type: type, aliases: aliases, wikidata: wikidata) }

    static func fetchAll(_ db: Database, sql: String = "SELECT * FROM entityMerge ORDER BY id",
                         arguments: StatementArguments = []) throws -> [MergeRecord] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let typeName: String = row["type"]
            guard let type = EntityType(rawValue: typeName) else {
                throw StoreError(.database, "merged entity '\(row["key"] as String)' has unknown type '\(typeName)'",
                                 hint: "the database may have been written by a newer newsgraph")
            }
            return MergeRecord(
                id: row["id"], key: row["key"], name: row["name"], type: type, wikidata: row["wikidata"],
                aliases: try decodeList(row["aliases"]), addedAliases: try decodeList(row["addedAliases"]),
                droppedDocuments: try decodeList(row["droppedDocuments"]), targetKey: row["targetKey"],
                mergedAt: row["mergedAt"], joinedSurname: row["joinedSurname"])
        }
    }

    /// The public view: the entity as it was, and the name its key leads to now.
    func summary(_ db: Database) throws -> EntityMerge {
        let finalKey = try Self.finalKey(of: targetKey, db)
        let targetName = try String.fetchOne(db, sql: "SELECT name FROM entity WHERE key = ?", arguments: [finalKey])
        let evidence = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM mergedEvidence WHERE mergeID = ?", arguments: [id]) ?? 0
        return EntityMerge(
            entity: Entity(id: key, name: name, type: type, aliases: aliases, wikidata: wikidata),
            targetKey: targetKey, targetName: targetName, mergedAt: mergedAt, evidenceCount: evidence,
            joinedSurname: joinedSurname)
    }

    /// The key an entity key leads to after following merges, with the merges passed on the way.
    static func follow(_ key: String, _ db: Database) throws -> (key: String, merges: [Int64]) {
        var key = key
        var merges: [Int64] = []
        let statement = try db.cachedStatement(sql: "SELECT id, targetKey FROM entityMerge WHERE key = ?")
        while let row = try Row.fetchOne(statement, arguments: [key]) {
            merges.append(row["id"])
            key = row["targetKey"]
            // Merges always point at an entity that exists, so chains end; the bound guards a damaged file.
            if merges.count > 1_000 {
                throw StoreError(.database, "the merges of entity '\(key)' form a cycle",
                                 hint: "the database is inconsistent; split the entities involved")
            }
        }
        return (key, merges)
    }

    static func finalKey(of key: String, _ db: Database) throws -> String { try follow(key, db).key }

    static func encodeList(_ list: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(list), as: UTF8.self)
    }

    static func decodeList(_ text: String) throws -> [String] {
        do {
            return try JSONDecoder().decode([String].self, from: Data(text.utf8))
        } catch {
            throw StoreError(.database, "a merge record holds a malformed list: \(text.prefix(80))",
                             hint: "the database is inconsistent; restore it from a backup")
        }
    }
}

/// Does one merge inside its write transaction.
struct EntityMerger {
    let db: Database

    /// Merges the entity with key `sourceKey` into `targetKey`; `nameAsAlias` replaces the source's name in
    /// the target's aliases ("Novak" for a surname scoped to one article, "Novak (doc-7)"); `joinedSurname`
    /// marks a join ingest made (`SurnameJoin`), which a later ingest may undo.
    func merge(sourceKey: String, into targetKey: String, at mergedAt: String, nameAsAlias: String? = nil,
               joinedSurname: String? = nil) throws -> MergeSummary {
        guard let source = try Row.fetchOne(db, sql: "SELECT * FROM entity WHERE key = ?", arguments: [sourceKey]),
              let target = try Row.fetchOne(db, sql: "SELECT * FROM entity WHERE key = ?", arguments: [targetKey])
        else {
            throw StoreError(.unknownEntity, "'\(sourceKey)' or '\(targetKey)' was removed while merging",
                             hint: "run the merge again")
        }
        let a: Int64 = source["id"], b: Int64 = target["id"]
        var summary = MergeSummary()
        let ownAliases = try String.fetchAll(db, sql: "SELECT name FROM alias WHERE entityID = ? ORDER BY id",
                                             arguments: [a])
        var known = Set(try String.fetchAll(db, sql: "SELECT normalized FROM alias WHERE entityID = ?", arguments: [b]))
        known.insert(target["normalizedName"])
        for alias in [nameAsAlias ?? source["name"] as String] + ownAliases where known.insert(Entity.normalize(alias)).inserted {
            summary.aliasesAdded.append(alias)
        }
        try db.execute(sql: """
            INSERT INTO entityMerge (key, name, type, wikidata, aliases, addedAliases, targetKey, mergedAt,
                                     joinedSurname)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                sourceKey, source["name"], source["type"], source["wikidata"], try MergeRecord.encodeList(ownAliases),
                try MergeRecord.encodeList(summary.aliasesAdded), targetKey, mergedAt, joinedSurname,
            ])
        let mergeID = db.lastInsertedRowID
        var droppedDocuments: Set<String> = []
        let mover = EdgeMover(db: db)
        let edges = try GraphReader.EdgeRow.fetch(db, sql: """
            SELECT id, subjectID, relation, objectID FROM edge WHERE subjectID = ?1
            UNION SELECT id, subjectID, relation, objectID FROM edge WHERE objectID = ?1
            """, arguments: [a])
        for edge in edges {
            let subject = edge.subjectID == a ? b : edge.subjectID
            let object = edge.objectID == a ? b : edge.objectID
            if subject == object {
                droppedDocuments.formUnion(try String.fetchAll(db, sql: """
                    SELECT DISTINCT document.externalID FROM evidence JOIN document ON document.id = evidence.documentID
                    WHERE evidence.edgeID = ?
                    """, arguments: [edge.rowID]))
                summary.selfLoopEvidenceDropped += try Int.fetchOne(
                    db, sql: "SELECT evidenceCount FROM edge WHERE id = ?", arguments: [edge.rowID]) ?? 0
                try db.execute(sql: "DELETE FROM edge WHERE id = ?", arguments: [edge.rowID])
                summary.selfLoopsDropped += 1
                continue
            }
            for (side, isMerged) in [("subject", edge.subjectID == a), ("object", edge.objectID == a)] where isMerged {
                try db.execute(sql: """
                    INSERT OR IGNORE INTO mergedEvidence (mergeID, evidenceID, side) SELECT ?, id, ? FROM evidence
                    WHERE edgeID = ?
                    """, arguments: [mergeID, side, edge.rowID])
            }
            let outcome = try mover.move(edge, toSubject: subject, relation: edge.relation, object: object)
            if outcome.combined { summary.edgesCombined += 1 } else { summary.edgesMoved += 1 }
            summary.evidenceMoved += outcome.evidenceMoved
            summary.duplicateEvidenceDropped += outcome.duplicatesDropped
        }
        let insertAlias = try db.cachedStatement(sql: """
            INSERT INTO alias (entityID, name, normalized) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """)
        for alias in summary.aliasesAdded {
            try insertAlias.execute(arguments: [b, alias, Entity.normalize(alias)])
        }
        try db.execute(sql: "UPDATE entityMerge SET droppedDocuments = ? WHERE id = ?",
                       arguments: [try MergeRecord.encodeList(droppedDocuments.sorted()), mergeID])
        try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [a])
        return summary
    }
}
