import KGCore
import KGGraph

/// An entity with how connected it is: what the entity list and the home page show.
public struct EntitySummary: Sendable, Hashable, Codable {
    /// The entity's stable key (`country:russia`).
    public var id: String
    /// Canonical display name.
    public var name: String
    /// What kind of thing it is.
    public var type: EntityType
    /// Other names seen for it.
    public var aliases: [String]
    /// Edges it takes part in, as subject or object.
    public var degree: Int
    /// Sentences behind those edges.
    public var evidence: Int

    /// A summary of `entity` with its counts.
    public init(_ entity: Entity, degree: Int, evidence: Int) {
        id = entity.id
        name = entity.name
        type = entity.type
        aliases = entity.aliases
        self.degree = degree
        self.evidence = evidence
    }
}
