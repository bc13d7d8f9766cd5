import KGCore

/// An edge row a store read without its evidence: row ids, relation and the counts and dates kept on it.
public protocol StoredEdgeSummary {
    var rowID: Int64 { get }
    var subjectID: Int64 { get }
    var relation: String { get }
    var objectID: Int64 { get }
    var totals: EvidenceTotals { get }
}

/// The neighbour query both stores answer in SQL with the result `KnowledgeGraph.answer(_:)` gives: edges read
/// hop by hop from the centre through the store's edge indexes, ranked by (hop, evidence) on the kept counts,
/// so only the edges that can still make the cut have their endpoint keys read, and only the kept ones their
/// sentences. The stores supply the reads.
public enum NeighborSearch {
    /// The answer to a `.neighbors` query around `center` (row id and entity).
    ///
    /// - `edges(outgoing, frontier)` reads the edges the query's filter keeps whose subject (outgoing) or
    ///   object is one of `frontier`;
    /// - `keys` gives entity keys by row id; `chosenEdges` the graph edges for kept rows with the evidence the
    ///   query asks for; `entities` the entities with aliases by key, for row ids.
    public static func answer<Row: StoredEdgeSummary>(
        _ query: GraphQuery, center: (rowID: Int64, entity: Entity), depth: Int, direction: Direction,
        edges: (_ outgoing: Bool, _ frontier: [Int64]) throws -> [Row],
        keys: (Set<Int64>) throws -> [Int64: String],
        chosenEdges: ([Row], [Int64: String]) throws -> [Int64: Edge],
        entities: ([Int64]) throws -> [String: Entity]
    ) throws -> QueryResult {
        var hops: [Int64: Int] = [:]
        var found: [Row] = []
        var visited: Set<Int64> = [center.rowID]
        var frontier = [center.rowID]
        // Every hop is explored even once the limit is filled: the total must count them all, not the shown ones.
        for hop in 1...max(1, depth) where depth > 0 && !frontier.isEmpty {
            var rows: [Row] = []
            if direction.followsOutgoing { rows += try edges(true, frontier) }
            if direction.followsIncoming { rows += try edges(false, frontier) }
            var next: [Int64] = []
            for row in rows where hops[row.rowID] == nil {
                hops[row.rowID] = hop
                found.append(row)
                for end in [row.subjectID, row.objectID] where visited.insert(end).inserted { next.append(end) }
            }
            frontier = next
        }
        // Rank by (hop, evidence) on numbers alone; only edges that can still make the cut need their endpoint
        // keys (the tie-break), and only the kept ones their sentences.
        var candidates = found
        if let limit = query.limit, found.count > limit {
            func rank(_ row: Row) -> (Int, Int) { (hops[row.rowID] ?? 0, -row.totals.count) }
            let boundary = found.map(rank).sorted(by: <)[limit - 1]
            candidates = found.filter { rank($0) <= boundary }
        }
        let keys = try keys(Set(candidates.flatMap { [$0.subjectID, $0.objectID] }))
        func edgeID(_ row: Row) -> Edge.ID {
            Edge.ID(subject: keys[row.subjectID] ?? "", relation: row.relation, object: keys[row.objectID] ?? "")
        }
        var ranked = candidates.map { (summary: $0, id: edgeID($0), hop: hops[$0.rowID] ?? 0) }
        // Ranked here only to cut; `QueryResult.edgeTable` puts the kept rows in order.
        if let limit = query.limit {
            ranked.sort {
                QueryResult.neighborOrder(($0.id, $0.summary.totals.count, $0.hop), ($1.id, $1.summary.totals.count, $1.hop))
            }
            ranked = Array(ranked.prefix(limit))
        }
        let kept = ranked.map(\.summary)
        let chosen = try chosenEdges(kept, keys)
        return QueryResult.edgeTable(
            query: query, edges: ranked.compactMap { item in chosen[item.summary.rowID].map { ($0, item.hop) } },
            entities: try entities(kept.flatMap { [$0.subjectID, $0.objectID] }), anchors: [center.entity],
            totalCount: found.count)
    }
}

extension QueryResult {
    /// The answer to an `.evidence` query from the stored rows of the edges from `subject` to `object` (row id
    /// and entity) and their sentences by edge row id; sentences outside the query's dates are dropped.
    public static func evidenceTable<Row: StoredEdgeSummary>(
        query: GraphQuery, subject: (rowID: Int64, entity: Entity), object: (rowID: Int64, entity: Entity),
        rows: [Row], evidence: [Int64: [Evidence]]
    ) -> QueryResult {
        let keys = [subject.rowID: subject.entity.id, object.rowID: object.entity.id]
        let edges = rows.map { row in
            Edge(subject: keys[row.subjectID] ?? "", relation: row.relation, object: keys[row.objectID] ?? "",
                 evidence: (evidence[row.rowID] ?? []).filter { query.filter.admits(date: $0.date) })
        }
        return evidenceTable(
            query: query, edges: edges, entities: [subject.entity.id: subject.entity, object.entity.id: object.entity],
            anchors: [subject.entity, object.entity])
    }
}
