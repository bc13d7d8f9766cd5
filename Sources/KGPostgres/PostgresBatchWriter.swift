import Foundation
import KGCore
import KGGraph

/// Writes one ingest batch inside its transaction, in phases that every worker runs in the same order
/// (documents by id, entities by key, edges by key, then counts under locks in row-id order), so concurrent
/// workers wait for each other instead of deadlocking, and each phase is a few statements, not one per row.
struct PostgresBatchWriter {
    let session: PostgresSession
    let ingestedAt: String
    private(set) var summary = IngestSummary()
    /// Edges whose evidence changed: their counts are recomputed at the end.
    private var touchedEdges: Set<Int64> = []
    /// Keys of merged entities lead to the entity they were merged into (`newsgraph merge`); read once the
    /// batch holds the edit lock.
    private var redirects: PostgresMergeRedirects?
    /// Folded surnames of the people this batch named, for `PostgresPersonJoiner`.
    private var surnames: Set<String> = []
    /// The best name this batch's documents give each entity row they reach by its own key (not through a
    /// merge), with its type: applied under the rows' locks (`rename()`).
    private var offeredNames: [Int64: (name: String, type: EntityType)] = [:]

    init(session: PostgresSession, ingestedAt: String) {
        self.session = session
        self.ingestedAt = ingestedAt
    }

    mutating func write(_ batch: [IngestItem]) throws {
        // Batches share the edit lock, so merges and splits wait for them; one that may join people by surname
        // reads and merges entities, so it takes the lock alone, like a merge.
        let joinsPeople = batch.contains { item in
            item.graph.entities.values.contains { SurnameJoin.surname(of: $0) != nil }
        }
        try session.rows(joinsPeople ? "SELECT pg_advisory_xact_lock(\(PostgresSchema.editLock))"
                                     : "SELECT pg_advisory_xact_lock_shared(\(PostgresSchema.editLock))")
        redirects = try PostgresMergeRedirects(session: session)
        let kept = try claimDocuments(batch)
        guard !kept.isEmpty || !touchedEdges.isEmpty else { return }
        let entityIDs = try storeEntities(kept.map(\.item))
        let edgeIDs = try storeEdges(kept.map(\.item), entityIDs: entityIDs)
        try storeEvidence(kept, entityIDs: entityIDs, edgeIDs: edgeIDs)
        try recount()
        try rename()
        if joinsPeople {
            let plan = try PostgresPersonJoiner(session: session).join(surnames: surnames, at: ingestedAt)
            summary.peopleJoined += plan.make.count
            summary.joinsUndone += plan.undo.count
        }
        try PostgresCounts(session: session).bumpRevision()
    }

    // MARK: - Documents

    /// Claims each document by id: new ones are inserted, changed ones lose their old evidence, unchanged ones
    /// are left out. Returns the documents to write, in batch order, with their row ids.
    private mutating func claimDocuments(_ batch: [IngestItem]) throws -> [(item: IngestItem, rowID: Int64)] {
        // A document given twice in one batch: its last version is the one stored.
        var last: [String: Int] = [:]
        for (index, item) in batch.enumerated() { last[item.info.id] = index }
        summary.documentsUnchanged += batch.count - last.count
        var rowIDs: [Int: Int64] = [:]
        for (id, index) in last.sorted(by: { $0.key < $1.key }) {
            let item = batch[index]
            let info = item.info
            let arguments: [PostgresSession.Argument] = [
                id, info.title, info.date, info.sourcePath, info.contentHash, item.sentenceCount, ingestedAt,
            ]
            if item.isExtracted, let inserted = try session.rows("""
                INSERT INTO document (externalID, title, date, sourcePath, contentHash, sentenceCount, ingestedAt)
                VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (externalID) DO NOTHING RETURNING id
                """, arguments).first {
                rowIDs[index] = try inserted.decode(Int64.self)
                summary.documentsAdded += 1
                continue
            }
            guard let existing = try session.rows(
                "SELECT id, contentHash, sourcePath FROM document WHERE externalID = $1 FOR UPDATE", [id]).first else {
                // Sent unextracted for a document that is not stored (any more): extract it and send it again.
                guard item.isExtracted else {
                    summary.staleDocuments.append(id)
                    continue
                }
                throw PostgresStoreError(.retryable, "document '\(id)' vanished while being claimed")
            }
            let (rowID, hash, oldPath) = try existing.decode((Int64, String, String).self)
            if hash == info.contentHash {
                summary.documentsUnchanged += 1
                continue
            }
            // "Unchanged" was decided before this transaction; another worker stored another version since.
            guard item.isExtracted else {
                summary.staleDocuments.append(id)
                continue
            }
            if oldPath != info.sourcePath {
                summary.sourceChanges.append(.init(documentID: id, oldPath: oldPath, newPath: info.sourcePath))
            }
            let removed = try session.rows("DELETE FROM evidence WHERE documentID = $1 RETURNING edgeID", [rowID])
            for row in removed { touchedEdges.insert(try row.decode(Int64.self)) }
            summary.evidenceRemoved += removed.count
            try session.rows("""
                UPDATE document SET title = $2, date = $3, sourcePath = $4, contentHash = $5, sentenceCount = $6,
                                    ingestedAt = $7
                WHERE externalID = $1
                """, arguments)
            rowIDs[index] = rowID
            summary.documentsReplaced += 1
        }
        let kept = rowIDs.sorted { $0.key < $1.key }.map { (item: batch[$0.key], rowID: $0.value) }
        summary.sentences += kept.reduce(0) { $0 + $1.item.sentenceCount }
        return kept
    }

    // MARK: - Entities and aliases

    /// Row ids of every entity key an edge of `items` uses (a merged key gives its target's row), inserting the
    /// new ones (defined by the first document that uses them) and adding the aliases the store lacks.
    private mutating func storeEntities(_ items: [IngestItem]) throws -> [String: Int64] {
        var definitions: [String: Entity] = [:]
        var names: [(key: String, name: String)] = []
        for item in items {
            for edge in item.graph.sortedEdges where edge.subject != edge.object {
                for key in [edge.subject, edge.object] {
                    guard let entity = item.graph.entities[key] else { continue }
                    if definitions[key] == nil { definitions[key] = entity }
                    if let surname = SurnameJoin.surname(of: entity) { surnames.insert(surname) }
                    names += ([entity.name] + entity.aliases).map { (key, $0) }
                }
            }
        }
        guard !definitions.isEmpty else { return [:] }
        var storedKeys: [String: String] = [:]
        var redirected: Set<String> = []
        for key in definitions.keys.sorted() {
            let (storedKey, merges) = try redirects?.resolve(key) ?? (key, [])
            storedKeys[key] = storedKey
            if !merges.isEmpty { redirected.insert(key) }
        }
        let records = definitions.filter { !redirected.contains($0.key) }.sorted { $0.key < $1.key }
            .map { key, entity -> [String: Any] in
                ["key": key, "name": entity.name, "normalizedname": Entity.normalize(entity.name),
                 "type": entity.type.rawValue, "wikidata": entity.wikidata ?? NSNull()]
            }
        if !records.isEmpty {
            let json = try Self.json(records)
            summary.entitiesAdded += try session.rows("""
                INSERT INTO entity (key, name, normalizedName, type, wikidata)
                SELECT key, name, normalizedname, type, wikidata
                FROM jsonb_to_recordset($1::jsonb) AS e(key TEXT, name TEXT, normalizedname TEXT, type TEXT, wikidata TEXT)
                ON CONFLICT (key) DO NOTHING RETURNING id
                """, [json]).count
            // Entities stored without a Wikidata id learn it from the first document that has one (not through
            // a merge: the target keeps its own).
            if records.contains(where: { !($0["wikidata"] is NSNull) }) {
                try session.rows("""
                    UPDATE entity SET wikidata = e.wikidata
                    FROM jsonb_to_recordset($1::jsonb) AS e(key TEXT, wikidata TEXT)
                    WHERE entity.key = e.key AND entity.wikidata IS NULL AND e.wikidata IS NOT NULL
                    """, [json])
            }
        }
        var byStoredKey: [String: Int64] = [:]
        var normalizedNames: [Int64: String] = [:]
        for row in try session.rows("SELECT id, key, normalizedName FROM entity WHERE key = ANY($1)",
                                    [Set(storedKeys.values).sorted()]) {
            let (id, key, normalized) = try row.decode((Int64, String, String).self)
            byStoredKey[key] = id
            normalizedNames[id] = normalized
        }
        var ids: [String: Int64] = [:]
        for (key, storedKey) in storedKeys {
            if let id = byStoredKey[storedKey] {
                ids[key] = id
            } else if redirected.contains(key) {
                throw PostgresStoreError(
                    .database, "entity '\(key)' was merged into '\(storedKey)', which is missing from \(session.location)",
                    hint: "split '\(definitions[key]?.name ?? key)' with `newsgraph split`, then ingest again")
            }
        }
        for item in items {
            for (key, entity) in item.graph.entities where !redirected.contains(key) {
                guard let id = ids[key] else { continue }
                if let offered = offeredNames[id], !Entity.prefers(entity.name, over: offered.name, type: entity.type) {
                    continue
                }
                offeredNames[id] = (entity.name, entity.type)
            }
        }
        var aliases: [[String: Any]] = []
        var aliasKeys: [String: String] = [:]
        for (key, name) in names {
            guard let id = ids[key] else { continue }
            let normalized = Entity.normalize(name)
            guard !normalized.isEmpty, normalized != normalizedNames[id], aliasKeys["\(id) \(normalized)"] == nil
            else { continue }
            aliasKeys["\(id) \(normalized)"] = key
            aliases.append(["entityid": id, "name": name, "normalized": normalized])
        }
        if !aliases.isEmpty {
            let inserted = try session.rows("""
                INSERT INTO alias (entityID, name, normalized)
                SELECT entityid, name, normalized
                FROM jsonb_to_recordset($1::jsonb) AS a(entityid BIGINT, name TEXT, normalized TEXT)
                ON CONFLICT (entityID, normalized) DO NOTHING RETURNING id, entityID, name, normalized
                """, [try Self.json(aliases)]).map { try $0.decode((Int64, Int64, String, String).self) }
            // Names that reached a target through a merge go back with a split: recorded in alias order.
            for (_, id, name, normalized) in inserted.sorted(by: { $0.0 < $1.0 }) {
                guard let key = aliasKeys["\(id) \(normalized)"], redirected.contains(key) else { continue }
                try redirects?.recordAlias(name, ofKey: key)
            }
        }
        return ids
    }

    // MARK: - Edges and evidence

    /// Row ids of every edge of `items`, inserting the new ones.
    private mutating func storeEdges(_ items: [IngestItem], entityIDs: [String: Int64]) throws -> [Edge.ID: Int64] {
        var wanted: [Edge.ID: (subject: Int64, object: Int64)] = [:]
        for item in items {
            for edge in item.graph.edges.values {
                guard let subject = entityIDs[edge.subject], let object = entityIDs[edge.object], subject != object
                else { continue }
                wanted[edge.id] = (subject, object)
            }
        }
        guard !wanted.isEmpty else { return [:] }
        let records = wanted.sorted { $0.key < $1.key }.map { id, ends -> [String: Any] in
            let relationClass = RelationTaxonomy.classify(id.relation)
            return ["subjectid": ends.subject, "relation": id.relation, "objectid": ends.object,
                    "category": relationClass.category.rawValue, "polarity": relationClass.polarity.rawValue,
                    "weight": relationClass.weight]
        }
        let json = try Self.json(records)
        summary.edgesAdded += try session.rows("""
            INSERT INTO edge (subjectID, relation, objectID, category, polarity, weight)
            SELECT subjectid, relation, objectid, category, polarity, weight
            FROM jsonb_to_recordset($1::jsonb)
                AS e(subjectid BIGINT, relation TEXT, objectid BIGINT, category TEXT, polarity TEXT, weight FLOAT8)
            ON CONFLICT (subjectID, relation, objectID) DO NOTHING RETURNING id
            """, [json]).count
        var rowIDs: [String: Int64] = [:]
        for row in try session.rows("""
            SELECT edge.id, edge.subjectID, edge.relation, edge.objectID FROM edge
            JOIN jsonb_to_recordset($1::jsonb) AS e(subjectid BIGINT, relation TEXT, objectid BIGINT)
              ON edge.subjectID = e.subjectid AND edge.relation = e.relation AND edge.objectID = e.objectid
            """, [json]) {
            let (id, subject, relation, object) = try row.decode((Int64, Int64, String, Int64).self)
            rowIDs["\(subject) \(object) \(relation)"] = id
        }
        var edgeIDs: [Edge.ID: Int64] = [:]
        for (id, ends) in wanted {
            guard let rowID = rowIDs["\(ends.subject) \(ends.object) \(id.relation)"] else {
                throw PostgresStoreError(.retryable, "edge (\(id.subject), \(id.relation), \(id.object)) vanished")
            }
            edgeIDs[id] = rowID
        }
        return edgeIDs
    }

    /// Inserts the evidence of each kept document, in batch order and each document's edges in key order (the
    /// order a single SQLite ingest stores them in).
    private mutating func storeEvidence(_ kept: [(item: IngestItem, rowID: Int64)], entityIDs: [String: Int64],
                                        edgeIDs: [Edge.ID: Int64]) throws {
        var records: [[String: Any]] = []
        // The keys each piece of evidence came with, when one of them is a merged key (the first one wins).
        var redirectedEnds: [String: (subject: String, object: String)] = [:]
        for (item, documentRowID) in kept {
            for edge in item.graph.sortedEdges {
                guard let edgeRowID = edgeIDs[edge.id] else { continue }
                let subjectMerges = try redirects?.resolve(edge.subject).merges ?? []
                let objectMerges = try redirects?.resolve(edge.object).merges ?? []
                let isRedirected = !subjectMerges.isEmpty || !objectMerges.isEmpty
                for evidence in edge.evidence {
                    if isRedirected {
                        let key = "\(edgeRowID) \(documentRowID) \(evidence.sentenceIndex) \(evidence.span.start) "
                            + "\(evidence.span.end)"
                        if redirectedEnds[key] == nil { redirectedEnds[key] = (edge.subject, edge.object) }
                    }
                    records.append([
                        "edgeid": edgeRowID, "documentid": documentRowID, "sentenceindex": evidence.sentenceIndex,
                        "start": evidence.span.start, "end": evidence.span.end, "sentence": evidence.sentence,
                        "relationtext": evidence.relationText, "negated": evidence.negated,
                        "modality": evidence.modality ?? NSNull(),
                        "attributiontext": evidence.attribution?.text ?? NSNull(),
                        "attributionentity": evidence.attribution?.entity ?? NSNull(),
                        "attributionverb": evidence.attribution?.verb ?? NSNull(),
                        "date": evidence.date ?? NSNull(), "confidence": evidence.confidence,
                        "coreferent": evidence.coreferent,
                    ])
                }
            }
        }
        guard !records.isEmpty else { return }
        let rows = try session.rows("""
            INSERT INTO evidence (edgeID, documentID, sentenceIndex, start, "end", sentence, relationText, negated,
                                  modality, attributionText, attributionEntity, attributionVerb, date, confidence,
                                  coreferent)
            SELECT edgeid, documentid, sentenceindex, start, "end", sentence, relationtext, negated, modality,
                   attributiontext, attributionentity, attributionverb, date, confidence, coreferent
            FROM jsonb_to_recordset($1::jsonb) AS v(
                edgeid BIGINT, documentid BIGINT, sentenceindex BIGINT, start BIGINT, "end" BIGINT, sentence TEXT,
                relationtext TEXT, negated BOOLEAN, modality TEXT, attributiontext TEXT, attributionentity TEXT,
                attributionverb TEXT, date TEXT, confidence FLOAT8, coreferent BOOLEAN)
            ON CONFLICT DO NOTHING RETURNING id, edgeID, documentID, sentenceIndex, start, "end"
            """, [try Self.json(records)])
        let inserted = try rows.map { try $0.decode((Int64, Int64, Int64, Int, Int, Int).self) }
        summary.evidenceAdded += inserted.count
        for row in inserted { touchedEdges.insert(row.1) }
        // Evidence that reached its edge through a merged key is recorded, so a split moves it back.
        guard !redirectedEnds.isEmpty else { return }
        for (id, edgeID, documentID, sentenceIndex, start, end) in inserted.sorted(by: { $0.0 < $1.0 }) {
            guard let ends = redirectedEnds["\(edgeID) \(documentID) \(sentenceIndex) \(start) \(end)"] else { continue }
            try redirects?.recordEvidence(id, subjectKey: ends.subject, objectKey: ends.object)
        }
    }

    // MARK: - Counts

    /// Recomputes the counts and dates of every touched edge, then the degree and evidence of their
    /// endpoints, deleting edges and entities left with nothing. Rows are locked in id order before they are
    /// counted, so a concurrent worker's evidence is either counted here or by that worker after this commits.
    private mutating func recount() throws {
        guard !touchedEdges.isEmpty else { return }
        let counts = PostgresCounts(session: session)
        let endpoints = try counts.recountEdges(touchedEdges)
        summary.edgesRemoved += try counts.deleteEmptyEdges(touchedEdges)
        let entities = endpoints.sorted()
        try counts.recountEntities(entities)
        summary.entitiesRemoved += try session.rows("""
            DELETE FROM entity WHERE id = ANY($1) AND degree = 0
            AND NOT EXISTS (SELECT 1 FROM entityMerge WHERE targetKey = entity.key) RETURNING id
            """, [entities]).count
        touchedEdges.removeAll()
    }

    /// Renames each entity this batch offered a better name (`Entity.prefers`), keeping the old one as an alias.
    /// The rows are locked in id order first and their names read under the lock, so concurrent batches rename
    /// one after the other and an entity ends with the best name any of them offered, in whatever order they
    /// commit.
    private mutating func rename() throws {
        guard !offeredNames.isEmpty else { return }
        let offers = offeredNames
        offeredNames.removeAll()
        let rows = try session.rows("""
            SELECT id, name, normalizedName FROM entity WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE
            """, [offers.keys.sorted()]).map { try $0.decode((Int64, String, String).self) }
        var renames: [[String: Any]] = []
        var oldNames: [[String: Any]] = []
        for (id, name, normalized) in rows {
            guard let offer = offers[id], Entity.prefers(offer.name, over: name, type: offer.type) else { continue }
            let newNormalized = Entity.normalize(offer.name)
            renames.append(["id": id, "name": offer.name, "normalized": newNormalized])
            if normalized != newNormalized { oldNames.append(["entityid": id, "name": name, "normalized": normalized]) }
        }
        guard !renames.isEmpty else { return }
        let json = try Self.json(renames)
        try session.rows("""
            UPDATE entity SET name = r.name, normalizedName = r.normalized
            FROM jsonb_to_recordset($1::jsonb) AS r(id BIGINT, name TEXT, normalized TEXT) WHERE entity.id = r.id
            """, [json])
        // An entity's own name is no alias of it; the name it had is.
        try session.rows("""
            DELETE FROM alias USING jsonb_to_recordset($1::jsonb) AS r(id BIGINT, name TEXT, normalized TEXT)
            WHERE alias.entityID = r.id AND alias.normalized = r.normalized
            """, [json])
        if !oldNames.isEmpty {
            try session.rows("""
                INSERT INTO alias (entityID, name, normalized)
                SELECT entityid, name, normalized
                FROM jsonb_to_recordset($1::jsonb) AS a(entityid BIGINT, name TEXT, normalized TEXT)
                ON CONFLICT (entityID, normalized) DO NOTHING
                """, [try Self.json(oldNames)])
        }
    }

    /// Rows as one JSON array, bound as one parameter and unpacked by `jsonb_to_recordset`.
    private static func json(_ records: [[String: Any]]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: records), as: UTF8.self)
    }
}
