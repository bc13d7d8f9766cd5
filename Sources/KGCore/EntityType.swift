/// The kind of thing a graph node stands for; `concept` is any non-actor object ("Iranian drones").
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case country, org, person, group, location, concept

    /// Whether nodes of this type are actors (who can do things to whom) rather than things.
    public var isActor: Bool { self != .concept }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }
}
