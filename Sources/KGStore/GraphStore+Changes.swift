import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// What changed from `since` on (through `until`, when given), by the articles' dates: see `ChangeReport`.
    /// Lists keep the `limit` strongest items, ties in entity-key order and pairs oriented by entity key (as every
    /// store does); concepts are left out unless `includeConcepts`.
    ///
    /// Throws `QueryError` (`invalidQuery`) for a malformed date or an empty range.
    public func changes(since: String, until: String? = nil, limit: Int = 10, includeConcepts: Bool = false) throws
        -> ChangeReport
    {
        var range = GraphFilter()
        (range.fromDate, range.toDate) = (since, until)
        try range.validate()
        let limit = max(1, limit)
        // Dates may carry a time ("2017-03-01T08:00"): the period ends before the day after `until`.
        let end = until.flatMap(CalendarDay.init(iso:))?.next(.day).iso
        return try read { db in
            let reader = GraphReader(db: db)
            let actorsOnly = includeConcepts ? "" : """
                 AND (SELECT type FROM entity WHERE entity.id = edge.subjectID) != 'concept'
                 AND (SELECT type FROM entity WHERE entity.id = edge.objectID) != 'concept'
                """
            let inPeriod = "ev.date >= ?1 AND (?2 IS NULL OR ev.date < ?2)"
            let periodArguments: StatementArguments = [since, end]

            // Actors first seen in the period: the earliest first date over their edges.
            let firstSeen = """
                SELECT ends.id AS id, MIN(ends.firstDate) AS first, SUM(ends.evidenceCount) AS evidence
                FROM (SELECT subjectID AS id, firstDate, evidenceCount FROM edge
                      UNION ALL SELECT objectID, firstDate, evidenceCount FROM edge WHERE objectID != subjectID) AS ends
                GROUP BY ends.id
                HAVING first >= ?1 AND (?2 IS NULL OR first < ?2)
                """
            let typeCondition = includeConcepts ? "" : " WHERE entity.type != 'concept'"
            var counts = ChangeReport.Counts<EdgeSummary>()
            counts.newActorCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(firstSeen)) AS seen "
                                                 + "JOIN entity ON entity.id = seen.id" + typeCondition,
                                                 arguments: periodArguments) ?? 0
            counts.newActors = try Row.fetchAll(db, sql: "SELECT seen.id, seen.first, seen.evidence FROM (\(firstSeen)) AS seen "
                                                + "JOIN entity ON entity.id = seen.id" + typeCondition
                                                + " ORDER BY seen.evidence DESC, entity.key LIMIT ?3",
                                                arguments: [since, end, limit]).map { ($0[0], $0[1], $0[2]) }

            // Edges first seen in the period.
            let newEdgeCondition = "edge.firstDate >= ?1 AND (?2 IS NULL OR edge.firstDate < ?2)" + actorsOnly
            counts.newEdgeCount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM edge WHERE " + newEdgeCondition,
                                                arguments: periodArguments) ?? 0
            counts.newEdges = try EdgeSummary.fetch(db, sql: "SELECT \(EdgeSummary.columns) FROM edge WHERE " + newEdgeCondition
                                                 + " ORDER BY edge.evidenceCount DESC, \(Self.key("edge.subjectID")), "
                                                 + "edge.relation, \(Self.key("edge.objectID")) LIMIT ?3",
                                                 arguments: [since, end, limit])

            // Stance flips: edges with denials and evidence on both sides of `since`.
            let stanceRows = try Row.fetchAll(db, sql: """
                SELECT edge.id, edge.subjectID, edge.relation, edge.objectID,
                       SUM(ev.date < ?1 AND NOT ev.negated), SUM(ev.date < ?1 AND ev.negated),
                       SUM(\(inPeriod) AND NOT ev.negated), SUM(\(inPeriod) AND ev.negated)
                FROM edge JOIN evidence AS ev ON ev.edgeID = edge.id
                WHERE edge.deniedCount > 0 AND edge.firstDate < ?1 AND edge.lastDate >= ?1\(actorsOnly)
                GROUP BY edge.id
                """, arguments: periodArguments)
            for row in stanceRows {
                let before = ChangeReport.Balance(asserted: row[4], denied: row[5])
                let after = ChangeReport.Balance(asserted: row[6], denied: row[7])
                if ChangeReport.stanceFlipped(before, after) {
                    counts.flips.append((.stance, row[1], row[3], row[2], before, after))
                }
            }

            // Polarity flips, over pairs of actors in either direction (oriented by key below).
            let pairColumns = """
                MIN(edge.subjectID, edge.objectID) AS a, MAX(edge.subjectID, edge.objectID) AS b
                """
            let polarityRows = try Row.fetchAll(db, sql: """
                SELECT \(pairColumns),
                       SUM(ev.date < ?1 AND NOT ev.negated AND edge.polarity = 'cooperative'),
                       SUM(ev.date < ?1 AND NOT ev.negated AND edge.polarity = 'conflictual'),
                       SUM(\(inPeriod) AND NOT ev.negated AND edge.polarity = 'cooperative'),
                       SUM(\(inPeriod) AND NOT ev.negated AND edge.polarity = 'conflictual')
                FROM edge JOIN evidence AS ev ON ev.edgeID = edge.id
                WHERE edge.polarity != 'neutral' AND edge.subjectID != edge.objectID
                  AND edge.firstDate < ?1 AND edge.lastDate >= ?1\(actorsOnly)
                GROUP BY a, b
                """, arguments: periodArguments)
            for row in polarityRows {
                let before = ChangeReport.Balance(cooperative: row[2], conflictual: row[3])
                let after = ChangeReport.Balance(cooperative: row[4], conflictual: row[5])
                if ChangeReport.polarityFlipped(before, after) { counts.flips.append((.polarity, row[0], row[1], nil, before, after)) }
            }

            // The busiest pairs, ranked and oriented by their entities' keys.
            counts.pairs = try Row.fetchAll(db, sql: """
                SELECT pair.a, pair.b, SUM(NOT pair.negated), SUM(pair.negated),
                       SUM(NOT pair.negated AND pair.polarity = 'cooperative'),
                       SUM(NOT pair.negated AND pair.polarity = 'conflictual')
                FROM (SELECT CASE WHEN s.key < o.key THEN edge.subjectID ELSE edge.objectID END AS a,
                             CASE WHEN s.key < o.key THEN edge.objectID ELSE edge.subjectID END AS b,
                             MIN(s.key, o.key) AS aKey, MAX(s.key, o.key) AS bKey, ev.negated, edge.polarity
                      FROM evidence AS ev JOIN edge ON edge.id = ev.edgeID
                      JOIN entity AS s ON s.id = edge.subjectID JOIN entity AS o ON o.id = edge.objectID
                      WHERE \(inPeriod) AND edge.subjectID != edge.objectID\(actorsOnly)) AS pair
                GROUP BY pair.a, pair.b ORDER BY COUNT(*) DESC, MIN(pair.aKey), MIN(pair.bKey) LIMIT ?3
                """, arguments: [since, end, limit]).map { row in
                    (row[0], row[1], ChangeReport.Balance(asserted: row[2], denied: row[3], cooperative: row[4],
                                                          conflictual: row[5]))
                }
            let query = StoreQuery(db: db, query: GraphQuery(.whole), nameCache: nameCache, suggestionCache: suggestionCache)
            return try ChangeReport.assemble(
                since: since, until: until, limit: limit, counts: counts, entities: { try reader.entities(rowIDs: $0) },
                sampledEdges: { try query.sampledEdges($0, keys: $1, contrast: false) })
        }
    }

    /// The SQL for the key of the entity whose row id is `column`.
    private static func key(_ column: String) -> String { "(SELECT key FROM entity WHERE entity.id = \(column))" }

    /// The latest article date the store holds (ISO), or nil when no article is dated.
    public func latestDate() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT MAX(date) FROM document") }
    }
}
