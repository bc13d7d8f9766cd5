import KGCore

/// The steps both executors share once they have found their edges, so they order, cut and sample alike.
extension QueryResult {
    /// The order of neighbors rows: nearer hops first, then more evidence, then edge id.
    public static func neighborOrder(_ lhs: (id: Edge.ID, count: Int, hop: Int),
                                     _ rhs: (id: Edge.ID, count: Int, hop: Int)) -> Bool {
        if lhs.hop != rhs.hop { return lhs.hop < rhs.hop }
        if lhs.count != rhs.count { return lhs.count > rhs.count }
        return lhs.id < rhs.id
    }

    /// The order of contested, whole-graph and evidence rows: more evidence first, then edge id.
    public static func strongestFirst(_ lhs: (id: Edge.ID, count: Int), _ rhs: (id: Edge.ID, count: Int)) -> Bool {
        lhs.count != rhs.count ? lhs.count > rhs.count : lhs.id < rhs.id
    }

    /// The edge with its first sentence only; with `contrast`, also the first sentence of the other polarity
    /// (a contested edge then shows one asserting and one denying sentence).
    public static func sample(_ edge: Edge, contrast: Bool) -> Edge {
        guard let first = edge.evidence.first else { return edge.sampled([]) }
        var sample = [first]
        if contrast, let other = edge.evidence.first(where: { $0.negated != first.negated }) { sample.append(other) }
        return edge.sampled(sample)
    }

    /// A result of edge rows (neighbors, contested, whole): sorts `edges` (with their hop, 0 when none), keeps
    /// the first `limit`, and samples their evidence unless the query asks for all of it.
    public static func edgeTable(
        query: GraphQuery, edges: [(edge: Edge, hop: Int)], entities: [String: Entity], anchors: [Entity],
        totalCount: Int? = nil, contrast: Bool = false
    ) -> QueryResult {
        // Sort keys computed once: an edge's id is built from its three strings on every access.
        let ordered = edges.map { (item: $0, key: (id: $0.edge.id, count: $0.edge.evidenceCount, hop: $0.hop)) }
            .sorted { neighborOrder($0.key, $1.key) }.map(\.item)
        let kept = query.limit.map { Array(ordered.prefix($0)) } ?? ordered
        // Built in one go (capacity reserved) rather than edge by edge: an `.all` answer may hold the whole graph.
        var seen: Set<String> = []
        var tableEntities = anchors.filter { seen.insert($0.id).inserted }
        var tableEdges: [Edge] = []
        tableEdges.reserveCapacity(kept.count)
        for (edge, _) in kept {
            for end in [edge.subject, edge.object] where seen.insert(end).inserted {
                if let entity = entities[end] { tableEntities.append(entity) }
            }
            tableEdges.append(query.evidence == .all ? edge : sample(edge, contrast: contrast))
        }
        let graph = KnowledgeGraph(entities: tableEntities, edges: tableEdges)
        var classes: [String: RelationClass] = [:]
        let rows = zip(kept, tableEdges).map { item, edge in
            let relationClass = classes[edge.relation] ?? edge.relationClass
            classes[edge.relation] = relationClass
            return EdgeRow(edge, in: graph, hop: item.hop, relationClass: relationClass)
        }
        let total = totalCount ?? edges.count
        return QueryResult(query: query, graph: graph, anchors: anchors, rows: rows, totalCount: total,
                           truncated: rows.count < total)
    }

    /// An evidence result: `edges` (with every sentence in the date range) strongest first, cut after
    /// `limit` sentences in all.
    public static func evidenceTable(query: GraphQuery, edges: [Edge], entities: [String: Entity],
                                     anchors: [Entity]) -> QueryResult {
        let ordered = edges.filter { !$0.evidence.isEmpty }
            .sorted { strongestFirst(($0.id, $0.evidenceCount), ($1.id, $1.evidenceCount)) }
        let total = ordered.reduce(0) { $0 + $1.evidence.count }
        var budget = query.limit ?? .max
        var graph = KnowledgeGraph()
        for anchor in anchors { graph.insertIfAbsent(anchor) }
        var rows: [EdgeRow] = []
        for edge in ordered where budget > 0 {
            for end in [edge.subject, edge.object] { if let entity = entities[end] { graph.insertIfAbsent(entity) } }
            let kept = edge.evidence.count <= budget ? edge : edge.sampled(Array(edge.evidence.prefix(budget)))
            budget -= kept.evidence.count
            graph.insert(kept)
            rows.append(EdgeRow(kept, in: graph))
        }
        let shown = rows.reduce(0) { $0 + (graph.edges[$1.id]?.evidence.count ?? 0) }
        return QueryResult(query: query, graph: graph, anchors: anchors, rows: rows, totalCount: total,
                           truncated: shown < total)
    }

    /// Orders candidate paths strongest first (ties by their entity ids), each hop's edges strongest first,
    /// and keeps the first `limit`; `count` gives an edge's evidence count.
    public static func rankPaths(_ paths: [GraphPath], limit: Int, count: (Edge.ID) -> Int) -> [GraphPath] {
        let ranked = paths.map { path -> (path: GraphPath, strength: Int) in
            var path = path
            path.hops = path.hops.map { hop in
                hop.sorted { strongestFirst(($0, count($0)), ($1, count($1))) }
            }
            let strength = path.hops.reduce(0) { $0 + ($1.first.map(count) ?? 0) }
            return (path, strength)
        }
        return ranked.sorted { lhs, rhs in
            lhs.strength != rhs.strength ? lhs.strength > rhs.strength
                : lhs.path.entities.lexicographicallyPrecedes(rhs.path.entities)
        }.prefix(limit).map(\.path)
    }

    /// A path result from ranked paths and their edges (with all evidence in `edges`).
    public static func pathTable(query: GraphQuery, paths: [GraphPath], totalCount: Int, truncated: Bool,
                                 edges: [Edge.ID: Edge], entities: [String: Entity], anchors: [Entity])
        -> QueryResult
    {
        var graph = KnowledgeGraph()
        for anchor in anchors { graph.insertIfAbsent(anchor) }
        var rows: [EdgeRow] = []
        for path in paths {
            for id in path.entities { if let entity = entities[id] { graph.insertIfAbsent(entity) } }
            for (index, hop) in path.hops.enumerated() {
                for id in hop where graph.edges[id] == nil {
                    guard let edge = edges[id] else { continue }
                    graph.insert(edge)
                    rows.append(EdgeRow(edge, in: graph, hop: index + 1))
                }
            }
        }
        return QueryResult(query: query, graph: graph, anchors: anchors, rows: rows, paths: paths,
                           totalCount: totalCount, truncated: truncated || paths.count < totalCount)
    }
}

extension KnowledgeGraph {
    /// Inserts the entity unless one with its id is there: a hub met on every edge would otherwise have its
    /// aliases merged into themselves once per edge.
    fileprivate mutating func insertIfAbsent(_ entity: Entity) {
        if entities[entity.id] == nil { insert(entity) }
    }
}
