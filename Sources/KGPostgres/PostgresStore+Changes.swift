import KGCore
import KGGraph

extension PostgresStore {
    /// What changed from `since` on (through `until`, when given), by the articles' dates: see `ChangeReport`.
    /// Counted in SQL inside one read transaction (the SQLite store's `changes`, statement for statement), so
    /// only the listed entities and the new edges' first sentences are read. Lists keep the `limit` strongest
    /// items, ties in entity-key order (byte order, whatever the database's collation) and pairs oriented by
    /// entity key; concepts are left out unless `includeConcepts`.
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
        return try session.exclusive {
            try session.transaction(readOnly: true) {
                try changeReport(since: since, until: until, end: end, limit: limit, includeConcepts: includeConcepts)
            }
        }
    }

    /// `changes`' report; callers hold the session in a read transaction. `$1` is `since`, `$2` the end of the
    /// period (exclusive, nil for open), `$3` the limit in every statement that takes them.
    private func changeReport(since: String, until: String?, end: String?, limit: Int, includeConcepts: Bool) throws
        -> ChangeReport
    {
        let actorsOnly = includeConcepts ? "" : """
             AND (SELECT type FROM entity WHERE entity.id = edge.subjectID) != 'concept'
             AND (SELECT type FROM entity WHERE entity.id = edge.objectID) != 'concept'
            """
        func inPeriod(_ column: String) -> String {
            #"\#(column) COLLATE "C" >= $1 AND ($2::text IS NULL OR \#(column) COLLATE "C" < $2)"#
        }
        let before = #"ev.date COLLATE "C" < $1"#
        let period: [PostgresSession.Argument] = [since, end]

        // Actors first seen in the period: the earliest first date over their edges (concepts' edges included).
        let firstSeen = """
            SELECT ends.id AS id, MIN(ends.firstDate COLLATE "C") AS first, SUM(ends.evidenceCount)::bigint AS evidence
            FROM (SELECT subjectID AS id, firstDate, evidenceCount FROM edge
                  UNION ALL SELECT objectID, firstDate, evidenceCount FROM edge) AS ends
            GROUP BY ends.id
            HAVING \(inPeriod("MIN(ends.firstDate COLLATE \"C\")"))
            """
        let typeCondition = includeConcepts ? "" : " WHERE entity.type != 'concept'"
        var counts = ChangeReport.Counts<PostgresEdgeSummary>()
        counts.newActorCount = try session.rows("SELECT COUNT(*) FROM (\(firstSeen)) AS seen JOIN entity ON entity.id = seen.id"
                                             + typeCondition, period).first?.decode(Int.self) ?? 0
        counts.newActors = try session.rows("SELECT seen.id, seen.first, seen.evidence FROM (\(firstSeen)) AS seen "
                                         + "JOIN entity ON entity.id = seen.id" + typeCondition
                                         + #" ORDER BY seen.evidence DESC, entity.key COLLATE "C" LIMIT $3"#,
                                         period + [limit])
            .map { row in
                let (id, first, evidence) = try row.decode((Int64, String, Int64).self)
                return (id, first, Int(evidence))
            }

        // Edges first seen in the period.
        let newEdgeCondition = inPeriod("edge.firstDate") + actorsOnly
        counts.newEdgeCount = try session.rows("SELECT COUNT(*) FROM edge WHERE " + newEdgeCondition, period).first?
            .decode(Int.self) ?? 0
        counts.newEdges = try session.rows("""
            SELECT \(PostgresEdgeSummary.columns) FROM edge
            JOIN entity AS subject ON subject.id = edge.subjectID JOIN entity AS object ON object.id = edge.objectID
            WHERE \(newEdgeCondition)
            ORDER BY edge.evidenceCount DESC, subject.key COLLATE "C", edge.relation COLLATE "C", object.key COLLATE "C"
            LIMIT $3
            """, period + [limit]).map(PostgresEdgeSummary.init)

        // Stance flips: edges with denials and evidence on both sides of `since`.
        let spansSince = #"edge.firstDate COLLATE "C" < $1 AND edge.lastDate COLLATE "C" >= $1"#
        for row in try session.rows("""
            SELECT edge.subjectID, edge.relation, edge.objectID,
                   COUNT(*) FILTER (WHERE \(before) AND NOT ev.negated), COUNT(*) FILTER (WHERE \(before) AND ev.negated),
                   COUNT(*) FILTER (WHERE \(inPeriod("ev.date")) AND NOT ev.negated),
                   COUNT(*) FILTER (WHERE \(inPeriod("ev.date")) AND ev.negated)
            FROM edge JOIN evidence AS ev ON ev.edgeID = edge.id
            WHERE edge.deniedCount > 0 AND \(spansSince)\(actorsOnly)
            GROUP BY edge.id
            """, period) {
            let (subject, relation, object, assertedBefore, deniedBefore, assertedSince, deniedSince) =
                try row.decode((Int64, String, Int64, Int, Int, Int, Int).self)
            let (was, now) = (ChangeReport.Balance(asserted: assertedBefore, denied: deniedBefore),
                              ChangeReport.Balance(asserted: assertedSince, denied: deniedSince))
            if ChangeReport.stanceFlipped(was, now) { counts.flips.append((.stance, subject, object, relation, was, now)) }
        }

        // Polarity flips, over pairs of actors in either direction (oriented by key below).
        let asserted = { (polarity: String) in "NOT ev.negated AND edge.polarity = '\(polarity)'" }
        for row in try session.rows("""
            SELECT LEAST(edge.subjectID, edge.objectID) AS a, GREATEST(edge.subjectID, edge.objectID) AS b,
                   COUNT(*) FILTER (WHERE \(before) AND \(asserted("cooperative"))),
                   COUNT(*) FILTER (WHERE \(before) AND \(asserted("conflictual"))),
                   COUNT(*) FILTER (WHERE \(inPeriod("ev.date")) AND \(asserted("cooperative"))),
                   COUNT(*) FILTER (WHERE \(inPeriod("ev.date")) AND \(asserted("conflictual")))
            FROM edge JOIN evidence AS ev ON ev.edgeID = edge.id
            WHERE edge.polarity != 'neutral' AND \(spansSince)\(actorsOnly)
            GROUP BY 1, 2
            """, period) {
            let (a, b, cooperativeBefore, conflictualBefore, cooperativeSince, conflictualSince) =
                try row.decode((Int64, Int64, Int, Int, Int, Int).self)
            let (was, now) = (ChangeReport.Balance(cooperative: cooperativeBefore, conflictual: conflictualBefore),
                              ChangeReport.Balance(cooperative: cooperativeSince, conflictual: conflictualSince))
            if ChangeReport.polarityFlipped(was, now) { counts.flips.append((.polarity, a, b, nil, was, now)) }
        }

        // The busiest pairs, ranked and oriented by their entities' keys.
        counts.pairs = try session.rows("""
            SELECT pair.a, pair.b, COUNT(*) FILTER (WHERE NOT pair.negated), COUNT(*) FILTER (WHERE pair.negated),
                   COUNT(*) FILTER (WHERE NOT pair.negated AND pair.polarity = 'cooperative'),
                   COUNT(*) FILTER (WHERE NOT pair.negated AND pair.polarity = 'conflictual')
            FROM (SELECT CASE WHEN s.key COLLATE "C" < o.key COLLATE "C" THEN edge.subjectID ELSE edge.objectID END AS a,
                         CASE WHEN s.key COLLATE "C" < o.key COLLATE "C" THEN edge.objectID ELSE edge.subjectID END AS b,
                         LEAST(s.key COLLATE "C", o.key COLLATE "C") AS aKey,
                         GREATEST(s.key COLLATE "C", o.key COLLATE "C") AS bKey, ev.negated, edge.polarity
                  FROM evidence AS ev JOIN edge ON edge.id = ev.edgeID
                  JOIN entity AS s ON s.id = edge.subjectID JOIN entity AS o ON o.id = edge.objectID
                  WHERE \(inPeriod("ev.date"))\(actorsOnly)) AS pair
            GROUP BY pair.a, pair.b ORDER BY COUNT(*) DESC, MIN(pair.aKey), MIN(pair.bKey) LIMIT $3
            """, period + [limit]).map { row in
                let (a, b, asserted, denied, cooperative, conflictual) = try row.decode((Int64, Int64, Int, Int, Int, Int).self)
                return (a, b, ChangeReport.Balance(asserted: asserted, denied: denied, cooperative: cooperative,
                                                   conflictual: conflictual))
            }
        return try ChangeReport.assemble(
            since: since, until: until, limit: limit, counts: counts, entities: { try entities(rowIDs: $0) },
            sampledEdges: { try PostgresStoreQuery(store: self, query: GraphQuery(.whole)).sampledEdges($0, keys: $1, contrast: false) })
    }

    /// The latest article date the database holds (ISO, as stored), or nil when no article is dated.
    public func latestDate() throws -> String? {
        try session.exclusive {
            // Byte order, as SQLite compares text: a locale's collation may order text by other rules.
            try session.rows(#"SELECT MAX(date COLLATE "C") FROM document"#).first?.decode(String?.self) ?? nil
        }
    }
}
