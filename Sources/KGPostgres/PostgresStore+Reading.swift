import KGCore
import KGGraph
import PostgresNIO

extension PostgresStore {
    /// Answers a query with exactly the result `KnowledgeGraph.answer(_:)` gives on the stored graph, in SQL
    /// inside one read transaction (`PostgresStoreQuery`, the SQLite store's `StoreQuery` statement for
    /// statement): names resolve through the name indexes; neighbours and evidence read the centre's edges
    /// through the edge indexes, ranked on their kept counts, and only the kept edges' sentences; listings,
    /// paths, contested edges and the whole graph go through the degree, edge and evidence-count indexes.
    /// Nothing reads the whole graph.
    public func answer(_ query: GraphQuery) throws -> QueryResult {
        try query.validate()
        return try session.exclusive {
            try session.transaction(readOnly: true) {
                let run = PostgresStoreQuery(store: self, query: query)
                switch query.kind {
                case let .neighbors(name, depth, direction):
                    return try run.neighbors(of: resolve(name), depth: depth, direction: direction)
                case let .evidence(subject, object, relation):
                    return try run.evidence(from: resolve(subject), to: resolve(object), relation: relation,
                                            subjectName: subject, objectName: object)
                case let .path(from, to, maxLength):
                    return try run.paths(from: resolve(from), to: resolve(to), maxLength: maxLength)
                case let .entities(type, search):
                    return try run.entities(type: type, search: search)
                case .contested, .whole:
                    return try run.strongestEdges()
                }
            }
        }
    }

    /// The entity a user means by `name`, matched ignoring case and spacing against names and aliases; a
    /// `QueryError` (`unknownEntity`) suggests the closest names when none matches.
    public func resolveEntity(named name: String) throws -> Entity {
        try session.exclusive {
            try session.transaction(readOnly: true) { try resolve(name).entity }
        }
    }

    /// The row id and entity `name` means (see `resolveEntity(named:)`); callers hold the session in a
    /// transaction.
    func resolve(_ name: String) throws -> (rowID: Int64, entity: Entity) {
        let wanted = Entity.normalize(name)
        let ids = try session.rows("""
            SELECT id FROM entity WHERE normalizedName = $1
            UNION SELECT entityID FROM alias WHERE normalized = $1
            """, [wanted]).map { try $0.decode(Int64.self) }
        let candidates = try entities(rowIDs: ids)
        var degrees: [String: Int] = [:]
        if candidates.count > 1 {
            for row in try session.rows("SELECT key, degree FROM entity WHERE id = ANY($1)", [ids]) {
                let (key, degree) = try row.decode((String, Int64).self)
                degrees[key] = Int(degree)
            }
        }
        if !wanted.isEmpty,
           let best = Entity.rankMatches(Array(candidates.values), for: name, degree: { degrees[$0.id] ?? 0 }).first,
           let rowID = candidates.first(where: { $0.value.id == best.id })?.key {
            return (rowID, best)
        }
        // Only the suggestion scans every name; the lookup above is indexed.
        let names = try session.rows("SELECT name FROM entity UNION ALL SELECT name FROM alias")
            .map { try $0.decode(String.self) }
        throw QueryError.unknownEntity(named: name, suggestions: NameSuggester.closestNames(to: name, among: names))
    }

    /// The whole stored graph with all its evidence, read in one snapshot (or kept from the last read when no
    /// ingest has committed since): for checks and tests that compare a store's contents, not a read path (the
    /// shells read through `answer(_:)`).
    public func loadGraph() throws -> KnowledgeGraph {
        try session.exclusive {
            try session.transaction(readOnly: true) {
                let revision = try session.rows("SELECT value FROM meta WHERE key = 'revision'").first?
                    .decode(String.self) ?? "0"
                if let graph = cache.graph(at: revision) { return graph }
                let edges = try session.rows("SELECT id, subjectID, relation, objectID FROM edge ORDER BY id")
                    .map(EdgeRow.init)
                let graph = try self.graph(edges: edges, everything: true)
                cache.store(graph, at: revision)
                return graph
            }
        }
    }

    // MARK: - Rows to graph values (callers hold the session)

    /// An edge row: its id, endpoint ids and relation.
    struct EdgeRow {
        var rowID: Int64
        var subjectID: Int64
        var relation: String
        var objectID: Int64

        init(_ row: PostgresRow) throws {
            (rowID, subjectID, relation, objectID) = try row.decode((Int64, Int64, String, Int64).self)
        }
    }

    /// The graph of `edges` and their endpoints, with all their evidence or only `evidence` (by edge id) when
    /// given; `everything` reads whole tables instead of the rows named.
    func graph(edges: [EdgeRow], everything: Bool, evidence given: [Int64: [Evidence]]? = nil) throws -> KnowledgeGraph {
        var entityIDs: Set<Int64> = []
        for edge in edges {
            entityIDs.insert(edge.subjectID)
            entityIDs.insert(edge.objectID)
        }
        let entities = try self.entities(rowIDs: everything ? nil : entityIDs.sorted())
        if everything { entityIDs = Set(entities.keys) }
        let evidence = try given ?? self.evidence(where: "edgeID", isIn: everything ? nil : edges.map(\.rowID))
        var graphEdges: [Edge] = []
        graphEdges.reserveCapacity(edges.count)
        for row in edges {
            guard let subject = entities[row.subjectID], let object = entities[row.objectID] else {
                throw PostgresStoreError(.database, "edge \(row.rowID) in \(server) refers to a missing entity")
            }
            graphEdges.append(Edge(subject: subject.id, relation: row.relation, object: object.id,
                                   evidence: evidence[row.rowID] ?? []))
        }
        return KnowledgeGraph(entities: entityIDs.sorted().compactMap { entities[$0] }, edges: graphEdges)
    }

    /// Entities with their aliases (in the order they were stored), by row id; nil reads them all.
    func entities(rowIDs: [Int64]?) throws -> [Int64: Entity] {
        let filter = rowIDs == nil ? "" : " WHERE id = ANY($1)"
        let aliasFilter = rowIDs == nil ? "" : " WHERE entityID = ANY($1)"
        let arguments: [PostgresSession.Argument] = rowIDs.map { [$0] } ?? []
        var entities: [Int64: Entity] = [:]
        for row in try session.rows("SELECT id, key, name, type, wikidata FROM entity" + filter, arguments) {
            let (id, key, name, typeName, wikidata) = try row.decode((Int64, String, String, String, String?).self)
            guard let type = EntityType(rawValue: typeName) else {
                throw PostgresStoreError(.database, "entity '\(key)' in \(server) has unknown type '\(typeName)'",
                                         hint: "the database may have been written by a newer newsgraph")
            }
            entities[id] = Entity(id: key, name: name, type: type, wikidata: wikidata)
        }
        for row in try session.rows("SELECT entityID, name FROM alias" + aliasFilter + " ORDER BY entityID, id", arguments) {
            let (id, name) = try row.decode((Int64, String).self)
            entities[id]?.aliases.append(name)
        }
        return entities
    }

    /// Evidence whose `column` (`edgeID` or `documentID`) is one of `ids`, by edge row id, each edge's in the
    /// order it was stored; nil reads all of it.
    func evidence(where column: String, isIn ids: [Int64]?) throws -> [Int64: [Evidence]] {
        var evidence: [Int64: [Evidence]] = [:]
        let filter = ids == nil ? "" : " WHERE evidence.\(column) = ANY($1)"
        let rows = try session.rows("""
            SELECT evidence.edgeID, document.externalID, evidence.sentenceIndex, evidence.start, evidence."end",
                   evidence.sentence, evidence.relationText, evidence.negated, evidence.modality,
                   evidence.attributionText, evidence.attributionEntity, evidence.attributionVerb, evidence.date,
                   evidence.confidence, evidence.coreferent, document.title
            FROM evidence JOIN document ON document.id = evidence.documentID
            """ + filter + " ORDER BY evidence.edgeID, evidence.id", ids.map { [$0] } ?? [])
        for row in rows {
            let (edgeID, documentID, sentenceIndex, start, end, sentence, relationText, negated,
                 modality, attributionText, attributionEntity, attributionVerb, date, confidence, coreferent, title) =
                try row.decode((Int64, String, Int, Int, Int, String, String, Bool,
                                String?, String?, String?, String?, String?, Double, Bool, String?).self)
            var attribution: Attribution?
            if let attributionText, let attributionVerb {
                attribution = Attribution(text: attributionText, entity: attributionEntity, verb: attributionVerb)
            }
            evidence[edgeID, default: []].append(Evidence(
                documentID: documentID, sentenceIndex: sentenceIndex, span: TextSpan(start: start, end: end),
                sentence: sentence, relationText: relationText, negated: negated, modality: modality,
                attribution: attribution, date: date, confidence: confidence, coreferent: coreferent,
                documentTitle: title))
        }
        return evidence
    }
}
