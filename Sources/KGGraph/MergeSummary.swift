/// What `EntityEditing.merge(_:into:)` changed.
public struct MergeSummary: Sendable, Hashable, Codable {
    /// Edges of the merged entity given the target as their end instead.
    public var edgesMoved = 0
    /// Edges of the merged entity that the target already had; their evidence joined the target's edge.
    public var edgesCombined = 0
    /// Pieces of evidence that now support the target's edges.
    public var evidenceMoved = 0
    /// Pieces of evidence dropped because the target's edge already cited the same sentence and span.
    public var duplicateEvidenceDropped = 0
    /// Edges between the two entities, which would have become self-loops and were deleted.
    public var selfLoopsDropped = 0
    /// Their pieces of evidence.
    public var selfLoopEvidenceDropped = 0
    /// Names of the merged entity (its name and aliases) the target did not have yet.
    public var aliasesAdded: [String] = []

    /// Nothing changed.
    public init() {}
}
