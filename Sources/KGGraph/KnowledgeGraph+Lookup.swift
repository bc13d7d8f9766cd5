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
        guard matches.count > 1 else { return matches }
        var degrees: [String: Int] = [:]
        for edge in edges.values {
            for end in [edge.subject, edge.object] where matches.contains(where: { $0.id == end }) {
                degrees[end, default: 0] += 1
            }
        }
        return Entity.rankMatches(matches, for: name, degree: { degrees[$0.id] ?? 0 })
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
    /// concepts, then the one with more edges (`degree`: a person with 189 relations before an organisation of
    /// the same name with 3, which the tagger mistyped), then by id, so a lookup gives the same answer in
    /// memory and in the stores.
    public static func rankMatches(_ entities: [Entity], for name: String, degree: (Entity) -> Int = { _ in 0 })
        -> [Entity]
    {
        let wanted = normalize(name)
        func rank(_ entity: Entity) -> (Int, Int, Int) {
            (normalize(entity.name) == wanted ? 0 : 1, entity.type.isActor ? 0 : 1, -degree(entity))
        }
        return entities.sorted { lhs, rhs in
            let (l, r) = (rank(lhs), rank(rhs))
            return l != r ? l < r : lhs.id < rhs.id
        }
    }
}
