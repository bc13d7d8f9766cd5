import KGCore
import KGGraph

extension APIModels {
    /// `/api/timeline`: whose relations, counted how, and the periods (the CLI's `timeline --format jsonl` rows).
    struct TimelineAnswer: Encodable {
        var entity: EntityRef
        var other: EntityRef?
        var period: TimelinePeriod
        var edge_count: Int
        var undated: Int
        var buckets: [TimelineBucket]

        init(_ result: TimelineResult) {
            entity = EntityRef(result.entity)
            other = result.other.map(EntityRef.init)
            period = result.timeline.period
            edge_count = result.edgeCount
            undated = result.timeline.undated
            buckets = result.timeline.buckets
        }
    }
}
