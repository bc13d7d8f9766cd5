/// One `newsgraph merge` the store remembers: the entity as it was before, and where its key now leads.
public struct EntityMerge: Sendable, Hashable, Codable {
    /// The merged entity as it was (key, name, type, aliases, Wikidata id); `split` brings it back.
    public var entity: Entity
    /// Key of the entity it was merged into (which may itself have been merged further since).
    public var targetKey: String
    /// Display name of the entity its key leads to now, when it exists.
    public var targetName: String?
    /// When the merge was made (ISO 8601).
    public var mergedAt: String
    /// Pieces of evidence that `split` would move back to the entity.
    public var evidenceCount: Int
    /// The folded surname when ingest joined a surname-only node to the person of that surname (`SurnameJoin`);
    /// nil for a merge a user made.
    public var joinedSurname: String?

    /// Makes a record; the store builds these, tests compare them.
    public init(entity: Entity, targetKey: String, targetName: String?, mergedAt: String, evidenceCount: Int,
                joinedSurname: String? = nil) {
        self.entity = entity
        self.targetKey = targetKey
        self.targetName = targetName
        self.mergedAt = mergedAt
        self.evidenceCount = evidenceCount
        self.joinedSurname = joinedSurname
    }
}
