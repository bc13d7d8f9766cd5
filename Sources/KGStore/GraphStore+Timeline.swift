import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// The timeline of `name`'s relations (edges in `direction` from it), or with `otherName` of the pair's
    /// relations (edges between the two, either way), counted by `period` over the evidence the filter keeps:
    /// its edge conditions pick the edges, its date range the sentences.
    ///
    /// Throws `QueryError` (`invalidQuery`) for bad dates or counts and `StoreError` (`unknownEntity`, with
    /// suggestions) for a name no entity has.
    public func timeline(of name: String, with otherName: String? = nil, direction: Direction = .both,
                         filter: GraphFilter = GraphFilter(), by period: TimelinePeriod = .week) throws -> TimelineResult
    {
        try filter.validate()
        return try read { db in
            let query = StoreQuery(db: db, query: GraphQuery(.whole, filter: filter), nameCache: nameCache, suggestionCache: suggestionCache)
            let entity = try query.resolve(name)
            let other = try otherName.map { try query.resolve($0) }
            var summaries: [EdgeSummary]
            if let other {
                let sql = "SELECT \(EdgeSummary.columns) FROM edge WHERE ((edge.subjectID = ? AND edge.objectID = ?)"
                    + " OR (edge.subjectID = ? AND edge.objectID = ?))" + query.filter.clause
                summaries = try EdgeSummary.fetch(db, sql: sql, arguments: query.filter.arguments(
                    after: [entity.rowID, other.rowID, other.rowID, entity.rowID]))
            } else {
                summaries = []
                if direction.followsOutgoing { summaries += try query.edges(whose: .subject, isIn: [entity.rowID]) }
                if direction.followsIncoming {
                    summaries += try query.edges(whose: .object, isIn: [entity.rowID]).filter { $0.subjectID != $0.objectID }
                }
            }
            var classes: [Int64: RelationClass] = [:]
            for summary in summaries { classes[summary.rowID] = RelationTaxonomy.classify(summary.relation) }
            var events: [Timeline.Event] = []
            let reader = GraphReader(db: db)
            for chunk in summaries.map(\.rowID).chunked(GraphReader.chunkSize) {
                let rows = try Row.fetchCursor(db, sql: "SELECT edgeID, date, negated FROM evidence WHERE edgeID IN "
                                               + reader.placeholders(chunk.count), arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    let relationClass = classes[row[0] as Int64] ?? .unknown
                    events.append(Timeline.Event(date: row[1], relationClass: relationClass, negated: row[2]))
                }
            }
            let timeline = Timeline(events: events, by: period, from: filter.fromDate, to: filter.toDate)
            return TimelineResult(entity: entity.entity, other: other?.entity, edgeCount: summaries.count,
                                  timeline: timeline)
        }
    }
}
