/// How a store takes in another store's merges after `newsgraph copy` has copied its documents: one decision
/// for both stores, so an SQLite file and a PostgreSQL server record, merge and refuse alike.
public enum MergeReplay {
    /// What to do with one merge.
    public enum Action: Sendable, Hashable {
        /// The destination already remembers this merge (an earlier copy): only evidence it lacks is linked.
        case alreadyThere
        /// Record it as the source has it: the copied documents already landed on the target.
        case record
        /// The destination still has the entity (its own documents named it): merge it into the entity with
        /// this key now, as `newsgraph merge` would, then record the rest as the source has it.
        case mergeHere(intoKey: String)
        /// It cannot be replayed.
        case refuse(Refusal)
    }

    /// A merge the destination cannot take, and why.
    public struct Refusal: Sendable, Hashable {
        /// The merged entity as it was in the source.
        public var entity: Entity
        /// Why, and what to do.
        public var reason: String
    }

    /// Decides what to do with `merge`, given what the destination holds: `existingTargetKey`, the target of
    /// its own merge of the same key (if any); `entityIsStored`, whether it has an entity with the merged key;
    /// `finalTargetKey`, the key `merge.targetKey` leads to there after its merges, and `finalTargetIsStored`,
    /// whether it has that entity.
    public static func action(for merge: PortableMerge, existingTargetKey: String?, entityIsStored: Bool,
                              finalTargetKey: String, finalTargetIsStored: Bool) -> Action {
        let entity = merge.entity
        if let existingTargetKey {
            if existingTargetKey == merge.targetKey { return .alreadyThere }
            return .refuse(Refusal(entity: entity, reason: "the destination already has it merged into "
                + "'\(existingTargetKey)', not into '\(merge.targetKey)'; split it there (`newsgraph split "
                + "'\(entity.id)' --db DST`) and copy again to take the source's merge"))
        }
        if finalTargetKey == entity.id {
            return .refuse(Refusal(entity: entity, reason: "in the destination '\(merge.targetKey)' leads back to "
                + "'\(entity.id)' through its own merges; split those there and copy again"))
        }
        if entityIsStored {
            guard finalTargetIsStored else {
                return .refuse(Refusal(entity: entity, reason: "it was merged into '\(merge.targetKey)', which the "
                    + "destination does not hold; it stays a separate entity there"))
            }
            return .mergeHere(intoKey: finalTargetKey)
        }
        // A source whose target has gone (its documents replaced) is copied as it is: the record still redirects.
        guard finalTargetIsStored || !merge.targetIsStored else {
            return .refuse(Refusal(entity: entity, reason: "it was merged into '\(merge.targetKey)', which the "
                + "destination does not hold, so later ingests could not land there"))
        }
        return .record
    }
}

/// What taking in another store's merges did (`newsgraph copy`).
public struct MergeReplaySummary: Sendable, Hashable {
    /// Merges recorded as the source has them.
    public var recorded = 0
    /// Merges of entities the destination still had, made there now.
    public var mergedHere = 0
    /// Merges the destination already remembered.
    public var alreadyThere = 0
    /// Pieces of evidence newly marked as reached through a merge (what `split` moves back).
    public var evidenceLinked = 0
    /// Pieces of the source's merge evidence the destination does not hold (so `split` cannot move them).
    public var evidenceMissing = 0
    /// Merges not replayed, oldest first.
    public var refused: [MergeReplay.Refusal] = []

    /// An empty summary.
    public init() {}
}
