import KGCore
import KGGraph

extension PostgresStore {
    /// The timeline of `name`'s relations (edges in `direction` from it), or with `otherName` of the pair's
    /// relations (edges between the two, either way), counted by `period` over the evidence the filter keeps:
    /// the same answer as the SQLite store's `timeline`, counted from the whole graph (read once and kept until a
    /// write commits).
    ///
    /// Throws `QueryError` (`invalidQuery`) for bad dates or counts, and (`unknownEntity`, with suggestions) for
    /// a name no entity has.
    public func timeline(of name: String, with otherName: String? = nil, direction: Direction = .both,
                         filter: GraphFilter = GraphFilter(), by period: TimelinePeriod = .week) throws -> TimelineResult
    {
        try filter.validate()
        let entity = try resolveEntity(named: name)
        let other = try otherName.map { try resolveEntity(named: $0) }
        let graph = try currentGraph()
        let edges = graph.edges.values.filter { edge in
            let linked: Bool
            if let other {
                linked = (edge.subject == entity.id && edge.object == other.id)
                    || (edge.subject == other.id && edge.object == entity.id)
            } else {
                linked = (direction.followsOutgoing && edge.subject == entity.id)
                    || (direction.followsIncoming && edge.object == entity.id)
            }
            return linked && filter.admits(edge, subjectType: graph.entities[edge.subject]?.type,
                                           objectType: graph.entities[edge.object]?.type)
        }
        let events = edges.flatMap { edge in
            let relationClass = edge.relationClass
            return edge.evidence.map { Timeline.Event(date: $0.date, relationClass: relationClass, negated: $0.negated) }
        }
        return TimelineResult(entity: entity, other: other, edgeCount: edges.count,
                              timeline: Timeline(events: events, by: period, from: filter.fromDate, to: filter.toDate))
    }
}
