/// What `EntityEditing.split(_:)` changed.
public struct SplitSummary: Sendable, Hashable, Codable {
    /// Key of the entity brought back.
    public var restoredKey = ""
    /// Name of the entity brought back.
    public var restoredName = ""
    /// Name of the entity it had been merged into.
    public var targetName = ""
    /// Pieces of evidence moved back to the restored entity.
    public var evidenceMoved = 0
    /// Recorded evidence left where it is because its edge no longer has the merge target at that end
    /// (another split or merge moved it since).
    public var evidenceSkipped = 0
    /// Edges of the target left without evidence, and so deleted.
    public var edgesRemoved = 0
    /// Aliases the target had gained from the merge and gave back.
    public var aliasesRemoved = 0
    /// Documents whose sentences linked the two entities (dropped as self-loops by the merge); they are marked
    /// changed, so ingesting them again restores those relations.
    public var documentsToReingest: [String] = []

    /// Nothing changed.
    public init() {}
}
