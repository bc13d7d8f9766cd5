import KGCore
import KGGraph
internal import GRDB

/// Reads rows back into graph values, either everything or the rows named by id (looked up by index).
struct GraphReader {
    /// An edge row: its row id, endpoint row ids and relation.
    struct EdgeRow: Hashable {
        var rowID: Int64
        var subjectID: Int64
        var relation: String
        var objectID: Int64
    }

    /// How many ids go in one `IN (…)` list; well under SQLite's variable limit.
    static let chunkSize = 500

    let db: Database

    /// The graph made of the given edges and their endpoints, carrying only `evidence` (by edge row id).
    func graph(edges: [EdgeRow], evidence: [Int64: [Evidence]]) throws -> KnowledgeGraph {
        let entityIDs = Set(edges.flatMap { [$0.subjectID, $0.objectID] })
        return try assemble(entities: try entities(rowIDs: entityIDs.sorted()), edges: edges, evidence: evidence)
    }

    /// The whole stored graph.
    func wholeGraph() throws -> KnowledgeGraph {
        let entities = try self.entities(rowIDs: nil)
        let edges = try EdgeRow.fetch(db, sql: "SELECT id, subjectID, relation, objectID FROM edge ORDER BY id")
        let evidence = try self.evidence(edgeRowIDs: nil)
        return try assemble(entities: entities, edges: edges, evidence: evidence)
    }

    /// The end of an edge a lookup matches on; each has an index.
    enum EdgeEnd: String {
        case subject = "subjectID"
        case object = "objectID"
    }

    /// Edge rows by row id, in the order given (ids that no longer exist are left out).
    func edges(rowIDs: [Int64]) throws -> [EdgeRow] {
        var byID: [Int64: EdgeRow] = [:]
        for chunk in rowIDs.chunked(Self.chunkSize) {
            for row in try EdgeRow.fetch(
                db, sql: "SELECT id, subjectID, relation, objectID FROM edge WHERE id IN " + placeholders(chunk.count),
                arguments: StatementArguments(chunk))
            {
                byID[row.rowID] = row
            }
        }
        return rowIDs.compactMap { byID[$0] }
    }

    /// The degree (edges it is an endpoint of) of each entity in `rowIDs`, by entity key: the tie-break when
    /// several entities share a name (`Entity.rankMatches`).
    func degrees(rowIDs: [Int64]) throws -> [String: Int] {
        var degrees: [String: Int] = [:]
        for chunk in rowIDs.chunked(Self.chunkSize) {
            let rows = try Row.fetchCursor(db, sql: "SELECT key, degree FROM entity WHERE id IN "
                                           + placeholders(chunk.count), arguments: StatementArguments(chunk))
            while let row = try rows.next() { degrees[row[0]] = row[1] }
        }
        return degrees
    }

    /// Entities with their aliases (in the order they were first seen), by row id; nil reads them all.
    func entities(rowIDs: [Int64]?) throws -> [Int64: Entity] {
        var entities: [Int64: Entity] = [:]
        func collect(_ list: String?, _ arguments: StatementArguments) throws {
            let entityFilter = list.map { " WHERE id IN \($0)" } ?? ""
            let aliasFilter = list.map { " WHERE entityID IN \($0)" } ?? ""
            let rows = try Row.fetchCursor(db, sql: "SELECT id, key, name, type, wikidata FROM entity" + entityFilter,
                                           arguments: arguments)
            while let row = try rows.next() {
                let key: String = row[1]
                let typeName: String = row[3]
                guard let type = EntityType(rawValue: typeName) else {
                    throw StoreError(.database, "entity '\(key)' has unknown type '\(typeName)'",
                                     hint: "the database may have been written by a newer newsgraph")
                }
                entities[row[0]] = Entity(id: key, name: row[2], type: type, wikidata: row[4])
            }
            // Ordered per entity here rather than by an ORDER BY, which would sort every row in a temporary B-tree.
            let aliasRows = try Row.fetchCursor(
                db, sql: "SELECT entityID, id, name FROM alias" + aliasFilter, arguments: arguments)
            var aliases: [Int64: [(Int64, String)]] = [:]
            while let row = try aliasRows.next() {
                aliases[row[0], default: []].append((row[1], row[2]))
            }
            for (entityID, names) in aliases {
                entities[entityID]?.aliases.append(contentsOf: names.sorted { $0.0 < $1.0 }.map(\.1))
            }
        }
        guard let rowIDs else {
            try collect(nil, [])
            return entities
        }
        for chunk in rowIDs.chunked(Self.chunkSize) {
            try collect(placeholders(chunk.count), StatementArguments(chunk))
        }
        return entities
    }

    /// Evidence by edge row id, each edge's in the order it was stored; nil reads all of it.
    func evidence(edgeRowIDs: [Int64]?) throws -> [Int64: [Evidence]] {
        try evidence(where: "evidence.edgeID", isIn: edgeRowIDs)
    }

    /// The evidence drawn from the given documents (by document row id), by edge row id in stored order.
    func evidence(documentRowIDs: [Int64]) throws -> [Int64: [Evidence]] {
        try evidence(where: "evidence.documentID", isIn: documentRowIDs)
    }

    /// The evidence rows with the given row ids, by edge row id, each edge's in the order it was stored.
    func evidence(rowIDs: [Int64]) throws -> [Int64: [Evidence]] {
        try evidence(where: "evidence.id", isIn: rowIDs)
    }

    /// Evidence whose `column` is one of `ids` (nil: all of it), by edge row id in stored order.
    private func evidence(where column: String, isIn ids: [Int64]?) throws -> [Int64: [Evidence]] {
        var evidence: [Int64: [(rowID: Int64, evidence: Evidence)]] = [:]
        let select = """
            SELECT evidence.edgeID, evidence.id, document.externalID, evidence.sentenceIndex, evidence.start,
                   evidence."end", evidence.sentence, evidence.relationText, evidence.negated, evidence.modality,
                   evidence.attributionText, evidence.attributionEntity, evidence.attributionVerb, evidence.date,
                   evidence.confidence, evidence.coreferent, document.title
            FROM evidence JOIN document ON document.id = evidence.documentID
            """
        func collect(_ sql: String, _ arguments: StatementArguments) throws {
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                var attribution: Attribution?
                if let text: String = row[10], let verb: String = row[12] {
                    attribution = Attribution(text: text, entity: row[11], verb: verb)
                }
                let item = Evidence(
                    documentID: row[2], sentenceIndex: row[3], span: TextSpan(start: row[4], end: row[5]),
                    sentence: row[6], relationText: row[7], negated: row[8], modality: row[9],
                    attribution: attribution, date: row[13], confidence: row[14], coreferent: row[15],
                    documentTitle: row[16])
                evidence[row[0], default: []].append((row[1], item))
            }
        }
        if let ids {
            // Ordered per edge below rather than by an ORDER BY, which would sort every row in a temporary B-tree.
            for chunk in ids.chunked(Self.chunkSize) {
                try collect(select + " WHERE \(column) IN \(placeholders(chunk.count))", StatementArguments(chunk))
            }
        } else {
            try collect(select, [])
        }
        return evidence.mapValues { items in
            let inOrder = zip(items, items.dropFirst()).allSatisfy { $0.rowID < $1.rowID }
            return (inOrder ? items : items.sorted { $0.rowID < $1.rowID }).map(\.evidence)
        }
    }

    private func assemble(entities: [Int64: Entity], edges: [EdgeRow], evidence: [Int64: [Evidence]]) throws
        -> KnowledgeGraph
    {
        var graphEdges: [Edge] = []
        graphEdges.reserveCapacity(edges.count)
        for row in edges {
            guard let subject = entities[row.subjectID], let object = entities[row.objectID] else {
                throw StoreError(.database, "edge \(row.rowID) refers to a missing entity",
                                 hint: "the database is inconsistent; re-ingest into a new database")
            }
            graphEdges.append(Edge(subject: subject.id, relation: row.relation, object: object.id,
                                   evidence: evidence[row.rowID] ?? []))
        }
        return KnowledgeGraph(entities: Array(entities.values), edges: graphEdges)
    }

    func placeholders(_ count: Int) -> String {
        "(" + Array(repeating: "?", count: count).joined(separator: ",") + ")"
    }
}

extension GraphReader.EdgeRow {
    static func fetch(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Self] {
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var result: [Self] = []
        while let row = try rows.next() {
            result.append(Self(rowID: row[0], subjectID: row[1], relation: row[2], objectID: row[3]))
        }
        return result
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
