import KGCore

/// One line of an entities listing: the entity, how connected it is, and how well it matched a search.
public struct EntityRow: Sendable, Hashable, Codable {
    /// The entity, with its aliases.
    public var entity: Entity
    /// Edges the entity is an endpoint of (as subject or object).
    public var degree: Int
    /// Evidence over those edges.
    public var evidenceCount: Int
    /// How its name or an alias matched the search text; nil when there was none.
    public var match: NameMatch?

    /// Makes a row.
    public init(entity: Entity, degree: Int, evidenceCount: Int, match: NameMatch? = nil) {
        self.entity = entity
        self.degree = degree
        self.evidenceCount = evidenceCount
        self.match = match
    }

    /// The order listings use: best match first, then most connected, most evidence, and entity id.
    public static func ranked(_ lhs: EntityRow, _ rhs: EntityRow) -> Bool {
        if lhs.match != rhs.match, let l = lhs.match, let r = rhs.match { return l < r }
        if lhs.degree != rhs.degree { return lhs.degree > rhs.degree }
        if lhs.evidenceCount != rhs.evidenceCount { return lhs.evidenceCount > rhs.evidenceCount }
        return lhs.entity.id < rhs.entity.id
    }
}
