import KGCore

extension KnowledgeGraph {
    /// Answers a query from this graph in memory, exactly as `GraphStore.answer(_:)` answers it from a store
    /// holding the same graph.
    ///
    /// Throws a `QueryError`: `invalidQuery` for out-of-range numbers or bad dates, `unknownEntity` (with
    /// suggestions) for a name no entity has.
    public func answer(_ query: GraphQuery) throws -> QueryResult {
        try query.validate()
        let filter = query.filter
        switch query.kind {
        case let .neighbors(name, depth, direction):
            let center = try resolve(name)
            var hops: [Edge.ID: Int] = [:]
            var visited: Set<String> = [center.id]
            var frontier = [center.id]
            let adjacency = filteredAdjacency(direction, filter: filter)
            // Every hop is explored even once the limit is filled, so the total counts every edge within reach.
            for hop in 1...max(1, depth) where depth > 0 && !frontier.isEmpty {
                var next: [String] = []
                for node in frontier {
                    for (id, other) in adjacency[node, default: []] where hops[id] == nil {
                        hops[id] = hop
                        if visited.insert(other).inserted { next.append(other) }
                    }
                }
                frontier = next
            }
            let found = hops.compactMap { id, hop in edges[id].map { (edge: $0, hop: hop) } }
            return QueryResult.edgeTable(query: query, edges: found, entities: entities, anchors: [center])

        case let .path(fromName, toName, maxLength):
            let (start, end) = (try resolve(fromName), try resolve(toName))
            let adjacency = filteredAdjacency(.both, filter: filter)
            let search = ShortestPaths<String, Edge.ID>(from: start.id, to: end.id, maxLength: maxLength) { nodes in
                nodes.flatMap { node in
                    adjacency[node, default: []].map { .init(from: node, to: $0.other, edge: $0.id) }
                }
            }
            let candidates = search.paths.map { nodes in
                GraphPath(entities: nodes, hops: zip(nodes, nodes.dropFirst()).map { search.edges(between: $0, and: $1) })
            }
            let ranked = QueryResult.rankPaths(candidates, limit: query.limit ?? GraphQuery.defaultPathLimit) {
                edges[$0]?.evidenceCount ?? 0
            }
            return QueryResult.pathTable(query: query, paths: ranked, totalCount: candidates.count,
                                         truncated: search.truncated, edges: edges, entities: entities,
                                         anchors: [start, end])

        case let .entities(type, search):
            return entityListing(query: query, type: type, search: search)

        case let .evidence(subjectName, objectName, relation):
            let (subject, object) = (try resolve(subjectName), try resolve(objectName))
            guard subject.id != object.id else {
                throw QueryError.sameEntity(subjectName, objectName, entityName: subject.name)
            }
            let found = edges.values.filter { edge in
                edge.subject == subject.id && edge.object == object.id && (relation == nil || edge.relation == relation)
                    && filter.admits(edge, subjectType: subject.type, objectType: object.type)
            }.map { edge in
                var edge = edge
                edge.evidence = edge.evidence.filter { filter.admits(date: $0.date) }
                return edge
            }
            return QueryResult.evidenceTable(query: query, edges: found, entities: entities, anchors: [subject, object])

        case .contested, .whole:
            var edgeFilter = filter
            if case .contested = query.kind { edgeFilter.contestedOnly = true }
            let found = edges.values.filter { admits($0, edgeFilter) }.map { (edge: $0, hop: 0) }
            return QueryResult.edgeTable(query: query, edges: found, entities: entities, anchors: [],
                                         contrast: query.kind == .contested)
        }
    }

    /// The entity a query names, or a `QueryError` suggesting the closest names.
    func resolve(_ name: String) throws -> Entity {
        if let entity = entity(named: name) { return entity }
        throw QueryError.unknownEntity(named: name, suggestions: closestNames(to: name))
    }

    private func admits(_ edge: Edge, _ filter: GraphFilter) -> Bool {
        filter.admits(edge, subjectType: entities[edge.subject]?.type, objectType: entities[edge.object]?.type)
    }

    /// For each entity, the edges a traversal in `direction` follows from it and where each leads.
    private func filteredAdjacency(_ direction: Direction, filter: GraphFilter) -> [String: [(id: Edge.ID, other: String)]] {
        var adjacency: [String: [(id: Edge.ID, other: String)]] = [:]
        for (id, edge) in edges where admits(edge, filter) {
            if direction.followsOutgoing { adjacency[id.subject, default: []].append((id, id.object)) }
            if direction.followsIncoming && id.object != id.subject {
                adjacency[id.object, default: []].append((id, id.subject))
            }
        }
        return adjacency
    }

    private func entityListing(query: GraphQuery, type: EntityType?, search: String?) -> QueryResult {
        var degree: [String: (edges: Int, evidence: Int)] = [:]
        for edge in edges.values {
            for end in Set([edge.subject, edge.object]) {
                degree[end, default: (0, 0)].edges += 1
                degree[end, default: (0, 0)].evidence += edge.evidenceCount
            }
        }
        let matcher = search.flatMap(NameSearch.init)
        var rows: [EntityRow] = []
        for entity in entities.values {
            if let type, entity.type != type { continue }
            if type == nil && !query.filter.includeConcepts && entity.type == .concept { continue }
            var match: NameMatch?
            if let matcher {
                match = ([entity.name] + entity.aliases).compactMap {
                    matcher.match(normalizedName: Entity.normalize($0))
                }.min()
                if match == nil { continue }
            }
            let counts = degree[entity.id] ?? (0, 0)
            rows.append(EntityRow(entity: entity, degree: counts.edges, evidenceCount: counts.evidence, match: match))
        }
        rows.sort(by: EntityRow.ranked)
        let kept = query.limit.map { Array(rows.prefix($0)) } ?? rows
        return QueryResult(query: query, graph: KnowledgeGraph(entities: kept.map(\.entity), edges: []),
                           entities: kept, totalCount: rows.count, truncated: kept.count < rows.count)
    }
}
