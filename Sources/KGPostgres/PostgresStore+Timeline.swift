import KGCore
import KGGraph

extension PostgresStore {
    /// The timeline of `name`'s relations (edges in `direction` from it), or with `otherName` of the pair's
    /// relations (edges between the two, either way), counted by `period` over the evidence the filter keeps:
    /// its edge conditions pick the edges (through the edge indexes), its date range the sentences; only those
    /// edges' evidence dates are read. The SQLite store's `timeline`, statement for statement.
    ///
    /// Throws `QueryError` (`invalidQuery`) for bad dates or counts, and (`unknownEntity`, with suggestions) for
    /// a name no entity has.
    public func timeline(of name: String, with otherName: String? = nil, direction: Direction = .both,
                         filter: GraphFilter = GraphFilter(), by period: TimelinePeriod = .week) throws -> TimelineResult
    {
        try filter.validate()
        return try session.exclusive {
            try session.transaction(readOnly: true) {
                let query = PostgresStoreQuery(store: self, query: GraphQuery(.whole, filter: filter))
                let entity = try resolve(name)
                let other = try otherName.map { try resolve($0) }
                var summaries: [PostgresEdgeSummary]
                if let other {
                    let edgeFilter = PostgresEdgeFilter(filter, after: 2)
                    summaries = try session.rows("""
                        SELECT \(PostgresEdgeSummary.columns) FROM edge
                        WHERE ((edge.subjectID = $1 AND edge.objectID = $2) OR (edge.subjectID = $2 AND edge.objectID = $1))
                        """ + edgeFilter.clause, [entity.rowID, other.rowID] + edgeFilter.arguments)
                        .map(PostgresEdgeSummary.init)
                } else {
                    summaries = []
                    if direction.followsOutgoing { summaries += try query.edges(whose: .subject, isIn: [entity.rowID]) }
                    if direction.followsIncoming {
                        summaries += try query.edges(whose: .object, isIn: [entity.rowID])
                            .filter { $0.subjectID != $0.objectID }
                    }
                }
                var classes: [Int64: RelationClass] = [:]
                for summary in summaries { classes[summary.rowID] = RelationTaxonomy.classify(summary.relation) }
                var events: [Timeline.Event] = []
                for row in try session.rows("SELECT edgeID, date, negated FROM evidence WHERE edgeID = ANY($1)",
                                            [summaries.map(\.rowID)]) {
                    let (edgeID, date, negated) = try row.decode((Int64, String?, Bool).self)
                    events.append(Timeline.Event(date: date, relationClass: classes[edgeID] ?? .unknown, negated: negated))
                }
                return TimelineResult(entity: entity.entity, other: other?.entity, edgeCount: summaries.count,
                                      timeline: Timeline(events: events, by: period, from: filter.fromDate,
                                                         to: filter.toDate))
            }
        }
    }
}
