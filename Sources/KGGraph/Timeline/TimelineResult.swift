/// A timeline answer: whose relations (one entity's, or a pair's), over how many edges, counted how.
public struct TimelineResult: Sendable, Hashable, Codable {
    /// The entity named first.
    public var entity: Entity
    /// The other entity of a pair timeline; nil for one entity's.
    public var other: Entity?
    /// Edges whose evidence was counted.
    public var edgeCount: Int
    /// The counts.
    public var timeline: Timeline

    /// A result from its parts.
    public init(entity: Entity, other: Entity?, edgeCount: Int, timeline: Timeline) {
        self.entity = entity
        self.other = other
        self.edgeCount = edgeCount
        self.timeline = timeline
    }

    /// "Russia", or "Russia and United States".
    public var subjectText: String { other.map { "\(entity.name) and \($0.name)" } ?? entity.name }
}
