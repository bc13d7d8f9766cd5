import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// Answers a query from the store through its indexes, with the same result `KnowledgeGraph.answer(_:)`
    /// gives on the stored graph. Edge tables read one example sentence per edge, or with `evidence: .all`
    /// every sentence of the chosen edges (by edge id, never the whole graph's).
    ///
    /// Throws `QueryError` (`invalidQuery`) for out-of-range numbers or bad dates, `StoreError`
    /// (`unknownEntity`, with suggestions) for a name no entity has, and `StoreError` for database failures.
    public func answer(_ query: GraphQuery) throws -> QueryResult {
        try query.validate()
        return try read { db in try StoreQuery(db: db, query: query, nameCache: nameCache, suggestionCache: suggestionCache).run() }
    }
}

/// One query's execution inside one read transaction.
struct StoreQuery {
    let db: Database
    let query: GraphQuery
    let nameCache: NameCache
    let suggestionCache: SuggestionCache
    var reader: GraphReader { GraphReader(db: db) }
    var filter: EdgeFilterSQL { EdgeFilterSQL(query.filter) }

    func run() throws -> QueryResult {
        switch query.kind {
        case let .neighbors(name, depth, direction): try neighbors(of: name, depth: depth, direction: direction)
        case let .path(from, to, maxLength): try paths(from: from, to: to, maxLength: maxLength)
        case let .entities(type, search): try entities(type: type, search: search)
        case let .evidence(subject, object, relation): try evidence(from: subject, to: object, relation: relation)
        case .contested, .whole: try strongestEdges()
        }
    }

    // MARK: - Entities by name

    /// The row id and entity a user means by `name`, or `StoreError.unknownEntity` with suggestions.
    func resolve(_ name: String) throws -> (rowID: Int64, entity: Entity) {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT id FROM entity WHERE normalizedName = ?1
            UNION SELECT entityID FROM alias WHERE normalized = ?1
            """, arguments: [Entity.normalize(name)])
        let candidates = try reader.entities(rowIDs: ids)
        let degrees = candidates.count > 1 ? try reader.degrees(rowIDs: ids) : [:]
        if let best = Entity.rankMatches(Array(candidates.values), for: name, degree: { degrees[$0.id] ?? 0 }).first,
           let rowID = candidates.first(where: { $0.value.id == best.id })?.key {
            return (rowID, best)
        }
        throw StoreError.unknownEntity(named: name, suggestions: try suggestionCache.suggestions(for: name, in: db))
    }

    /// Entity keys by row id.
    func keys(_ rowIDs: some Collection<Int64>) throws -> [Int64: String] {
        var keys: [Int64: String] = [:]
        keys.reserveCapacity(rowIDs.count)
        for chunk in Array(rowIDs).chunked(GraphReader.chunkSize) {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, key FROM entity WHERE id IN "
                                           + reader.placeholders(chunk.count), arguments: StatementArguments(chunk))
            while let row = try rows.next() { keys[row[0]] = row[1] }
        }
        return keys
    }

    /// Entities with aliases, by key.
    func entitiesByKey(_ rowIDs: some Collection<Int64>) throws -> [String: Entity] {
        var byKey: [String: Entity] = [:]
        for entity in try reader.entities(rowIDs: Array(Set(rowIDs)).sorted()).values { byKey[entity.id] = entity }
        return byKey
    }

    // MARK: - Edges

    /// Edges the filter keeps whose `end` is one of `entityIDs`.
    func edges(whose end: GraphReader.EdgeEnd, isIn entityIDs: [Int64]) throws -> [EdgeSummary] {
        var rows: [EdgeSummary] = []
        for chunk in entityIDs.chunked(GraphReader.chunkSize) {
            let sql = "SELECT \(EdgeSummary.columns) FROM edge WHERE edge.\(end.rawValue) IN "
                + reader.placeholders(chunk.count) + filter.clause
            rows += try EdgeSummary.fetch(db, sql: sql, arguments: filter.arguments(after: Array(chunk)))
        }
        return rows
    }

    /// The id of `summary` as a graph edge, given endpoint keys.
    func edgeID(_ summary: EdgeSummary, _ keys: [Int64: String]) -> Edge.ID {
        Edge.ID(subject: keys[summary.subjectID] ?? "", relation: summary.relation, object: keys[summary.objectID] ?? "")
    }

    /// Graph edges for `summaries` with the evidence the query asks for: every sentence, or a sample.
    func chosenEdges(_ summaries: [EdgeSummary], keys: [Int64: String], contrast: Bool) throws -> [Int64: Edge] {
        try query.evidence == .all ? completeEdges(summaries, keys: keys)
            : sampledEdges(summaries, keys: keys, contrast: contrast)
    }

    /// Graph edges for `summaries` with every sentence, read by edge row id.
    func completeEdges(_ summaries: [EdgeSummary], keys: [Int64: String]) throws -> [Int64: Edge] {
        let evidence = try reader.evidence(edgeRowIDs: summaries.map(\.rowID))
        var edges: [Int64: Edge] = [:]
        for summary in summaries {
            let id = edgeID(summary, keys)
            edges[summary.rowID] = Edge(subject: id.subject, relation: id.relation, object: id.object,
                                        evidence: evidence[summary.rowID] ?? [])
        }
        return edges
    }

    /// Graph edges for `summaries` carrying their first sentence (with `contrast`, also the first of the other
    /// polarity) and their totals.
    func sampledEdges(_ summaries: [EdgeSummary], keys: [Int64: String], contrast: Bool) throws -> [Int64: Edge] {
        let grouping = contrast ? "edgeID, negated" : "edgeID"
        var sampleIDs: [Int64] = []
        for chunk in summaries.map(\.rowID).chunked(GraphReader.chunkSize) {
            sampleIDs += try Int64.fetchAll(db, sql: "SELECT MIN(id) FROM evidence WHERE edgeID IN "
                                            + reader.placeholders(chunk.count) + " GROUP BY \(grouping)",
                                            arguments: StatementArguments(chunk))
        }
        let samples = try reader.evidence(rowIDs: sampleIDs)
        var edges: [Int64: Edge] = [:]
        for summary in summaries {
            let id = edgeID(summary, keys)
            edges[summary.rowID] = Edge(subject: id.subject, relation: id.relation, object: id.object,
                                        evidence: samples[summary.rowID] ?? [], totals: summary.totals)
        }
        return edges
    }

    // MARK: - Queries

    func neighbors(of name: String, depth: Int, direction: Direction) throws -> QueryResult {
        try NeighborSearch.answer(
            query, center: try resolve(name), depth: depth, direction: direction,
            edges: { outgoing, frontier in try edges(whose: outgoing ? .subject : .object, isIn: frontier) },
            keys: { try keys($0) }, chosenEdges: { try chosenEdges($0, keys: $1, contrast: false) },
            entities: { try entitiesByKey($0) })
    }

    /// Contested edges, or the whole graph, strongest first.
    func strongestEdges() throws -> QueryResult {
        let contested = query.kind == .contested
        var edgeFilter = query.filter
        if contested { edgeFilter.contestedOnly = true }
        let filter = EdgeFilterSQL(edgeFilter)
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM edge WHERE 1" + filter.clause,
                                     arguments: filter.arguments(after: [])) ?? 0
        var threshold = 0
        if let limit = query.limit, limit < total {
            // The limit-th largest count, read off the index; only edges at or above it need ranking by key.
            threshold = try Int.fetchOne(db, sql: "SELECT edge.evidenceCount FROM edge WHERE 1" + filter.clause
                                         + " ORDER BY edge.evidenceCount DESC LIMIT 1 OFFSET ?",
                                         arguments: filter.arguments(after: []) + [limit - 1]) ?? 0
        }
        let candidates = try EdgeSummary.fetch(
            db, sql: "SELECT \(EdgeSummary.columns) FROM edge WHERE edge.evidenceCount >= ?" + filter.clause,
            arguments: filter.arguments(after: [threshold]))
        let keys = try keys(Set(candidates.flatMap { [$0.subjectID, $0.objectID] }))
        var ranked = candidates.map { (summary: $0, id: edgeID($0, keys)) }
        if let limit = query.limit {
            ranked.sort { QueryResult.strongestFirst(($0.id, $0.summary.totals.count), ($1.id, $1.summary.totals.count)) }
            ranked = Array(ranked.prefix(limit))
        }
        let kept = ranked.map(\.summary)
        let edges = try chosenEdges(kept, keys: keys, contrast: contested)
        let entities = try entitiesByKey(kept.flatMap { [$0.subjectID, $0.objectID] })
        return QueryResult.edgeTable(
            query: query, edges: kept.compactMap { edges[$0.rowID].map { ($0, 0) } }, entities: entities,
            anchors: [], totalCount: total, contrast: contested)
    }

    func evidence(from subjectName: String, to objectName: String, relation: String?) throws -> QueryResult {
        let (subject, object) = (try resolve(subjectName), try resolve(objectName))
        guard subject.rowID != object.rowID else {
            throw QueryError.sameEntity(subjectName, objectName, entityName: subject.entity.name)
        }
        var sql = "SELECT \(EdgeSummary.columns) FROM edge WHERE edge.subjectID = ? AND edge.objectID = ?"
        var prefix: [any DatabaseValueConvertible] = [subject.rowID, object.rowID]
        if let relation {
            sql += " AND edge.relation = ?"
            prefix.append(relation)
        }
        let summaries = try EdgeSummary.fetch(db, sql: sql + filter.clause, arguments: filter.arguments(after: prefix))
        return QueryResult.evidenceTable(query: query, subject: subject, object: object, rows: summaries,
                                         evidence: try reader.evidence(edgeRowIDs: summaries.map(\.rowID)))
    }
}
