import KGCore
import KGGraph
internal import GRDB

extension StoreQuery {
    /// Entities by degree (read off the degree index in order), or matched against a search text (one pass
    /// over the normalised names and aliases, kept in memory by `NameCache`).
    func entities(type: EntityType?, search: String?) throws -> QueryResult {
        var condition = "1"
        var arguments: [any DatabaseValueConvertible] = []
        if let type {
            condition = "entity.type = ?"
            arguments.append(type.rawValue)
        } else if !query.filter.includeConcepts {
            condition = "entity.type != 'concept'"
        }
        var rows: [EntityRow] = []
        let total: Int
        if let matcher = search.flatMap(NameSearch.init) {
            var best: [Int64: NameMatch] = [:]
            for name in try nameCache.names(in: db) {
                if let type, name.type != type { continue }
                if type == nil && !query.filter.includeConcepts && name.type == .concept { continue }
                if let match = matcher.match(normalizedName: name.normalized),
                   best[name.entityRowID].map({ match < $0 }) ?? true {
                    best[name.entityRowID] = match
                }
            }
            var counts: [Int64: (degree: Int, evidence: Int, key: String)] = [:]
            for chunk in Array(best.keys).chunked(GraphReader.chunkSize) {
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT id, degree, evidenceCount, key FROM entity WHERE id IN "
                        + reader.placeholders(chunk.count), arguments: StatementArguments(chunk))
                while let row = try rows.next() { counts[row[0]] = (row[1], row[2], row[3]) }
            }
            var ranked = best.compactMap { rowID, match in
                counts[rowID].map { (rowID: rowID, match: match, counts: $0) }
            }
            ranked.sort { lhs, rhs in
                if lhs.match != rhs.match { return lhs.match < rhs.match }
                if lhs.counts.degree != rhs.counts.degree { return lhs.counts.degree > rhs.counts.degree }
                if lhs.counts.evidence != rhs.counts.evidence { return lhs.counts.evidence > rhs.counts.evidence }
                return lhs.counts.key < rhs.counts.key
            }
            total = ranked.count
            let kept = query.limit.map { Array(ranked.prefix($0)) } ?? ranked
            let entities = try reader.entities(rowIDs: kept.map(\.rowID))
            rows = kept.compactMap { item in
                entities[item.rowID].map {
                    EntityRow(entity: $0, degree: item.counts.degree, evidenceCount: item.counts.evidence, match: item.match)
                }
            }
        } else {
            total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity WHERE \(condition)",
                                     arguments: StatementArguments(arguments)) ?? 0
            let limit = query.limit.map { " LIMIT \($0)" } ?? ""
            let ranked = try Row.fetchAll(db, sql: """
                SELECT id, degree, evidenceCount FROM entity WHERE \(condition)
                ORDER BY degree DESC, evidenceCount DESC, key\(limit)
                """, arguments: StatementArguments(arguments))
            let entities = try reader.entities(rowIDs: ranked.map { $0[0] })
            rows = ranked.compactMap { row in
                entities[row[0]].map { EntityRow(entity: $0, degree: row[1], evidenceCount: row[2]) }
            }
        }
        return QueryResult(query: query, graph: KnowledgeGraph(entities: rows.map(\.entity), edges: []),
                           entities: rows, totalCount: total, truncated: rows.count < total)
    }
}
