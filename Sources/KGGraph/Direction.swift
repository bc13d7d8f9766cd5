/// Which edges a traversal follows from a node: those leaving it, those arriving at it, or both.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Edges where the node is the subject (what it does to others).
    case out
    /// Edges where the node is the object (what others do to it).
    case `in`
    /// Edges in either role.
    case both

    /// Whether edges leaving a node (node as subject) are followed.
    public var followsOutgoing: Bool { self != .in }
    /// Whether edges arriving at a node (node as object) are followed.
    public var followsIncoming: Bool { self != .out }
}
