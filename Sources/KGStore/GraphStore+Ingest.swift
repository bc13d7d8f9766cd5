import Foundation
import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// Stores a batch of documents' graphs in one transaction: all of it is stored, or (on error) none of it.
    ///
    /// A document already stored with the same content hash adds nothing. One stored with another hash has its
    /// old evidence replaced, and edges and entities that no evidence supports any more are removed, so the
    /// store ends as if only the new content had been ingested. Entities are merged by key, aliases added;
    /// an entity that no edge of the document uses is not stored (the store holds what evidence supports).
    public func ingest(_ batch: [IngestItem]) throws -> IngestSummary {
        try ingest(batch, afterEachItem: { _ in })
    }

    /// `ingest(_:)` that calls `afterEachItem` with each item's index inside the transaction (tests use it to
    /// fail midway or to read from another connection while the batch is being written).
    func ingest(_ batch: [IngestItem], afterEachItem: (Int) throws -> Void) throws -> IngestSummary {
        guard !batch.isEmpty else { return IngestSummary() }
        let ingestedAt = ISO8601DateFormatter().string(from: Date())
        return try write { db in
            var writer = try BatchWriter(db: db, ingestedAt: ingestedAt)
            for (index, item) in batch.enumerated() {
                try writer.add(item)
                try afterEachItem(index)
            }
            try writer.removeOrphans()
            try writer.joinPeople(at: ingestedAt)
            return writer.summary
        }
    }
}

/// Writes one batch inside its transaction, remembering row ids so each key is looked up once per batch.
struct BatchWriter {
    let db: Database
    let ingestedAt: String
    private(set) var summary = IngestSummary()
    /// Row id and normalised name of each entity key seen in this batch.
    private var entities: [String: StoredEntity] = [:]
    private var edges: [Edge.ID: Int64] = [:]
    /// An entity row as this batch knows it.
    private struct StoredEntity {
        var rowID: Int64
        var name: String
        var normalizedName: String
        /// Whether documents may rename it: not when reached through a merge (the target keeps its name).
        var renamable: Bool
        /// Whether the row has a Wikidata id, or must not get one (it is the target of merges).
        var wikidataSettled: Bool
    }
    /// "entityRowID normalized" of aliases already written in this batch.
    private var writtenAliases: Set<String> = []
    /// Edges that lost evidence to a replaced document; checked for orphans at the end of the batch.
    private var touchedEdges: Set<Int64> = []
    /// Keys of merged entities lead to the entity they were merged into (`newsgraph merge`).
    private var redirects: MergeRedirects
    /// Folded surnames of the people this batch named, for `PersonJoiner`.
    private var surnames: Set<String> = []

    init(db: Database, ingestedAt: String) throws {
        self.db = db
        self.ingestedAt = ingestedAt
        redirects = try MergeRedirects(db: db)
    }

    /// Stores one document: skipped when unchanged, its old evidence replaced when changed.
    mutating func add(_ item: IngestItem) throws {
        try Self.validate(item)
        guard let documentRowID = try storeDocument(item) else { return }
        summary.sentences += item.sentenceCount
        let insertEvidence = try db.cachedStatement(sql: """
            INSERT INTO evidence (edgeID, documentID, sentenceIndex, start, "end", sentence, relationText, negated,
                                  modality, attributionText, attributionEntity, attributionVerb, date, confidence,
                                  coreferent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """)
        for edge in item.graph.sortedEdges {
            // Nil when merges made both ends one entity: the graph has no self-loops.
            guard let edgeRowID = try edgeRowID(edge, in: item.graph) else { continue }
            for evidence in edge.evidence {
                try insertEvidence.execute(arguments: [
                    edgeRowID, documentRowID, evidence.sentenceIndex, evidence.span.start, evidence.span.end,
                    evidence.sentence, evidence.relationText, evidence.negated, evidence.modality,
                    evidence.attribution?.text, evidence.attribution?.entity, evidence.attribution?.verb,
                    evidence.date, evidence.confidence, evidence.coreferent,
                ])
                let added = db.changesCount
                summary.evidenceAdded += added
                if added > 0 {
                    try redirects.recordEvidence(db.lastInsertedRowID, subjectKey: edge.subject, objectKey: edge.object)
                }
            }
        }
    }

    /// Joins the batch's surname-only people to the one full-name person of that surname, and undoes joins
    /// the rule no longer makes (`PersonJoiner`).
    mutating func joinPeople(at mergedAt: String) throws {
        let plan = try PersonJoiner(db: db).join(surnames: surnames, at: mergedAt)
        summary.peopleJoined += plan.make.count
        summary.joinsUndone += plan.undo.count
        surnames.removeAll()
    }

    /// Deletes edges that replaced documents left without evidence, then entities left without edges.
    mutating func removeOrphans() throws {
        guard !touchedEdges.isEmpty else { return }
        let orphanEdge = try db.cachedStatement(sql: """
            SELECT subjectID, objectID FROM edge WHERE id = ? AND evidenceCount = 0
            """)
        let deleteEdge = try db.cachedStatement(sql: "DELETE FROM edge WHERE id = ?")
        var endpoints: Set<Int64> = []
        for edgeID in touchedEdges.sorted() {
            guard let row = try Row.fetchOne(orphanEdge, arguments: [edgeID]) else { continue }
            endpoints.insert(row["subjectID"])
            endpoints.insert(row["objectID"])
            try deleteEdge.execute(arguments: [edgeID])
            summary.edgesRemoved += db.changesCount
        }
        let deleteEntity = try db.cachedStatement(sql: """
            DELETE FROM entity WHERE id = ?1
            AND NOT EXISTS (SELECT 1 FROM edge WHERE subjectID = ?1)
            AND NOT EXISTS (SELECT 1 FROM edge WHERE objectID = ?1)
            AND NOT EXISTS (SELECT 1 FROM entityMerge WHERE targetKey = entity.key)
            """)
        for entityID in endpoints.sorted() {
            try deleteEntity.execute(arguments: [entityID])
            summary.entitiesRemoved += db.changesCount
        }
        touchedEdges.removeAll()
    }

    /// The document's row id, or nil when it is stored unchanged; a changed document loses its old evidence.
    ///
    /// "Unchanged" is decided here, inside the write transaction, against the hash stored now: a worker's
    /// earlier look may be stale if another process committed another version in between.
    private mutating func storeDocument(_ item: IngestItem) throws -> Int64? {
        let info = item.info
        let find = try db.cachedStatement(sql: "SELECT id, contentHash, sourcePath FROM document WHERE externalID = ?")
        let existing = try Row.fetchOne(find, arguments: [info.id])
        if let existing, existing["contentHash"] == info.contentHash {
            summary.documentsUnchanged += 1
            return nil
        }
        guard item.isExtracted else {
            // Storing an unextracted item over another version would leave this hash with no evidence.
            summary.staleDocuments.append(info.id)
            return nil
        }
        guard let existing else {
            try db.cachedStatement(sql: """
                INSERT INTO document (externalID, title, date, sourcePath, contentHash, sentenceCount, ingestedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    info.id, info.title, info.date, info.sourcePath, info.contentHash, item.sentenceCount, ingestedAt,
                ])
            summary.documentsAdded += 1
            return db.lastInsertedRowID
        }
        let rowID: Int64 = existing["id"]
        let oldPath: String = existing["sourcePath"]
        if oldPath != info.sourcePath {
            summary.sourceChanges.append(.init(documentID: info.id, oldPath: oldPath, newPath: info.sourcePath))
        }
        let touched = try db.cachedStatement(sql: "SELECT DISTINCT edgeID FROM evidence WHERE documentID = ?")
        touchedEdges.formUnion(try Int64.fetchAll(touched, arguments: [rowID]))
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE documentID = ?").execute(arguments: [rowID])
        summary.evidenceRemoved += db.changesCount
        try db.cachedStatement(sql: """
            UPDATE document SET title = ?, date = ?, sourcePath = ?, contentHash = ?, sentenceCount = ?,
                                ingestedAt = ?
            WHERE id = ?
            """).execute(arguments: [
                info.title, info.date, info.sourcePath, info.contentHash, item.sentenceCount, ingestedAt, rowID,
            ])
        summary.documentsReplaced += 1
        return rowID
    }

    private mutating func edgeRowID(_ edge: Edge, in graph: KnowledgeGraph) throws -> Int64? {
        // Both ends first, even for an edge already written in this batch: this document's names for them
        // must be stored whatever the batch boundaries are.
        let subject = try entityRowID(edge.subject, in: graph)
        let object = try entityRowID(edge.object, in: graph)
        if let rowID = edges[edge.id] { return rowID }
        guard subject != object else { return nil }
        let find = try db.cachedStatement(
            sql: "SELECT id FROM edge WHERE subjectID = ? AND relation = ? AND objectID = ?")
        let rowID: Int64
        if let found = try Int64.fetchOne(find, arguments: [subject, edge.relation, object]) {
            rowID = found
        } else {
            let relationClass = edge.relationClass
            try db.cachedStatement(sql: """
                INSERT INTO edge (subjectID, relation, objectID, category, polarity, weight) VALUES (?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    subject, edge.relation, object, relationClass.category.rawValue, relationClass.polarity.rawValue,
                    relationClass.weight,
                ])
            rowID = db.lastInsertedRowID
            summary.edgesAdded += 1
        }
        edges[edge.id] = rowID
        return rowID
    }

    /// The entity's row id, inserting it when new and adding any aliases the store lacks.
    private mutating func entityRowID(_ key: String, in graph: KnowledgeGraph) throws -> Int64 {
        guard let entity = graph.entities[key] else {
            throw StoreError(.invalidInput, "the graph refers to entity '\(key)' but does not define it")
        }
        if let surname = SurnameJoin.surname(of: entity) { surnames.insert(surname) }
        var stored: StoredEntity
        if let cached = entities[key] {
            stored = cached
        } else {
            let (storedKey, merges) = try redirects.resolve(key)
            let find = try db.cachedStatement(sql: "SELECT id, name, normalizedName, wikidata FROM entity WHERE key = ?")
            if let row = try Row.fetchOne(find, arguments: [storedKey]) {
                stored = StoredEntity(rowID: row["id"], name: row["name"], normalizedName: row["normalizedName"],
                                      renamable: merges.isEmpty,
                                      wikidataSettled: !merges.isEmpty || (row["wikidata"] as String?) != nil)
            } else if !merges.isEmpty {
                throw StoreError(.database, "entity '\(key)' was merged into '\(storedKey)', which is missing",
                                 hint: "split '\(entity.name)' with `newsgraph split`, then ingest again")
            } else {
                let normalized = Entity.normalize(entity.name)
                try db.cachedStatement(sql: """
                    INSERT INTO entity (key, name, normalizedName, type, wikidata) VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [key, entity.name, normalized, entity.type.rawValue, entity.wikidata])
                stored = StoredEntity(rowID: db.lastInsertedRowID, name: entity.name, normalizedName: normalized,
                                      renamable: true, wikidataSettled: entity.wikidata != nil)
                summary.entitiesAdded += 1
            }
        }
        // Checked on every use, not only the first in the batch, so batch boundaries cannot change the result.
        if !stored.wikidataSettled, let wikidata = entity.wikidata {
            try db.cachedStatement(sql: "UPDATE entity SET wikidata = ? WHERE id = ?")
                .execute(arguments: [wikidata, stored.rowID])
            stored.wikidataSettled = true
        }
        let insertAlias = try db.cachedStatement(sql: """
            INSERT INTO alias (entityID, name, normalized) VALUES (?, ?, ?) ON CONFLICT DO NOTHING
            """)
        // The best name any document gave wins, whatever the order they came in (`Entity.prefers`); the old
        // name stays an alias.
        if stored.renamable, Entity.prefers(entity.name, over: stored.name, type: entity.type) {
            let (oldName, oldNormalized) = (stored.name, stored.normalizedName)
            stored.name = entity.name
            stored.normalizedName = Entity.normalize(entity.name)
            try db.cachedStatement(sql: "UPDATE entity SET name = ?, normalizedName = ? WHERE id = ?")
                .execute(arguments: [stored.name, stored.normalizedName, stored.rowID])
            try db.cachedStatement(sql: "DELETE FROM alias WHERE entityID = ? AND normalized = ?")
                .execute(arguments: [stored.rowID, stored.normalizedName])
            writtenAliases.remove("\(stored.rowID) \(stored.normalizedName)")
            if oldNormalized != stored.normalizedName, writtenAliases.insert("\(stored.rowID) \(oldNormalized)").inserted {
                try insertAlias.execute(arguments: [stored.rowID, oldName, oldNormalized])
            }
        }
        entities[key] = stored
        for alias in [entity.name] + entity.aliases {
            let normalized = Entity.normalize(alias)
            guard !normalized.isEmpty, normalized != stored.normalizedName,
                  writtenAliases.insert("\(stored.rowID) \(normalized)").inserted
            else { continue }
            try insertAlias.execute(arguments: [stored.rowID, alias, normalized])
            if db.changesCount > 0 { try redirects.recordAlias(alias, ofKey: key) }
        }
        return stored.rowID
    }

    /// Rejects an item whose graph contradicts itself, before any of it is written.
    private static func validate(_ item: IngestItem) throws {
        for edge in item.graph.edges.values {
            for key in [edge.subject, edge.object] where item.graph.entities[key] == nil {
                throw StoreError(
                    .invalidInput,
                    "document '\(item.info.id)': edge (\(edge.subject), \(edge.relation), \(edge.object)) refers "
                        + "to entity '\(key)' that its graph does not define",
                    hint: "build the graph with KnowledgeGraph.insert(_:) for both endpoints before adding edges")
            }
            for evidence in edge.evidence where evidence.documentID != item.info.id {
                throw StoreError(
                    .invalidInput,
                    "document '\(item.info.id)': evidence for (\(edge.subject), \(edge.relation), \(edge.object)) "
                        + "cites document '\(evidence.documentID)'",
                    hint: "ingest each document's graph as its own item")
            }
        }
    }
}
