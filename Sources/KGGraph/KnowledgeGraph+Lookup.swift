import KGCore

extension KnowledgeGraph {
    /// The entity a user means by `name`: matched case- and space-insensitively against names and aliases.
    ///
    /// When several match, the order of `Entity.rankMatches(_:for:)` decides.
    public func entity(named name: String) -> Entity? {
        entities(named: name).first
    }

    /// Every entity whose name or an alias matches `name`, best match first.
    public func entities(named name: String) -> [Entity] {
        let wanted = Entity.normalize(name)
        guard !wanted.isEmpty else { return [] }
        let matches = entities.values.filter { $0.isNamed(normalized: wanted) }
        return Entity.rankMatches(matches, for: name)
    }

    /// Up to `limit` entity names or aliases closest to `name`, for "did you mean …?".
    public func closestNames(to name: String, limit: Int = 3) -> [String] {
        let names = entities.values.flatMap { [$0.name] + $0.aliases }
        return NameSuggester.closestNames(to: name, among: names, limit: limit)
    }
}

extension Entity {
    /// Whether the entity's name or one of its aliases normalises to `normalized` (see `normalize(_:)`).
    public func isNamed(normalized: String) -> Bool {
        Entity.normalize(name) == normalized || aliases.contains { Entity.normalize($0) == normalized }
    }

    /// Orders entities that all match `name`: canonical-name matches before alias matches, actors before
    /// concepts, then by id, so a lookup gives the same answer in memory and in the store.
    public static func rankMatches(_ entities: [Entity], for name: String) -> [Entity] {
        let wanted = normalize(name)
        func rank(_ entity: Entity) -> (Int, Int) {
            (normalize(entity.name) == wanted ? 0 : 1, entity.type.isActor ? 0 : 1)
        }
        return entities.sorted { lhs, rhs in
            let (l, r) = (rank(lhs), rank(rhs))
            return l != r ? l < r : lhs.id < rhs.id
        }
    }
}
