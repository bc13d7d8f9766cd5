import KGCore
import KGGraph

extension PostgresStoreQuery {
    /// Entities by degree (read off the degree indexes in order, up to the limit), or matched against a search
    /// text (one pass over the normalised names and aliases, kept in memory by `PostgresNameCache`).
    func entities(type: EntityType?, search: String?) throws -> QueryResult {
        var rows: [EntityRow] = []
        let total: Int
        if let matcher = search.flatMap(NameSearch.init) {
            var best: [Int64: NameMatch] = [:]
            for name in try store.nameCache.names(in: session) {
                if let type, name.type != type { continue }
                if type == nil && !query.filter.includeConcepts && name.type == .concept { continue }
                if let match = matcher.match(normalizedName: name.normalized),
                   best[name.entityRowID].map({ match < $0 }) ?? true {
                    best[name.entityRowID] = match
                }
            }
            var ranked: [(rowID: Int64, match: NameMatch, degree: Int, evidence: Int, key: String)] = []
            for row in try session.rows("SELECT id, degree, evidenceCount, key FROM entity WHERE id = ANY($1)",
                                        [Array(best.keys)]) {
                let (rowID, degree, evidence, key) = try row.decode((Int64, Int, Int, String).self)
                if let match = best[rowID] { ranked.append((rowID, match, degree, evidence, key)) }
            }
            ranked.sort { lhs, rhs in
                if lhs.match != rhs.match { return lhs.match < rhs.match }
                if lhs.degree != rhs.degree { return lhs.degree > rhs.degree }
                if lhs.evidence != rhs.evidence { return lhs.evidence > rhs.evidence }
                return lhs.key < rhs.key
            }
            total = ranked.count
            let kept = query.limit.map { Array(ranked.prefix($0)) } ?? ranked
            let entities = try store.entities(rowIDs: kept.map(\.rowID))
            rows = kept.compactMap { item in
                entities[item.rowID].map {
                    EntityRow(entity: $0, degree: item.degree, evidenceCount: item.evidence, match: item.match)
                }
            }
        } else {
            var condition = "TRUE"
            var arguments: [PostgresSession.Argument] = []
            if let type {
                condition = "type = $1"
                arguments.append(type.rawValue)
            } else if !query.filter.includeConcepts {
                condition = "type != 'concept'"
            }
            total = try session.rows("SELECT COUNT(*) FROM entity WHERE \(condition)", arguments).first?
                .decode(Int.self) ?? 0
            // Keys order byte by byte, as Swift orders them in memory, whatever the database's collation.
            let limit = query.limit.map { " LIMIT \($0)" } ?? ""
            let ranked = try session.rows("""
                SELECT id, degree, evidenceCount FROM entity WHERE \(condition)
                ORDER BY degree DESC, evidenceCount DESC, key COLLATE "C"\(limit)
                """, arguments).map { try $0.decode((Int64, Int, Int).self) }
            let entities = try store.entities(rowIDs: ranked.map(\.0))
            rows = ranked.compactMap { rowID, degree, evidence in
                entities[rowID].map { EntityRow(entity: $0, degree: degree, evidenceCount: evidence) }
            }
        }
        return QueryResult(query: query, graph: KnowledgeGraph(entities: rows.map(\.entity), edges: []),
                           entities: rows, totalCount: total, truncated: rows.count < total)
    }
}
