/// One shortest path between two entities: the entities along it and, for each hop, the edges joining
/// that hop's two entities (in either direction), strongest first.
public struct GraphPath: Sendable, Hashable, Codable {
    /// Entity ids from the start to the end; one more than `hops`.
    public var entities: [String]
    /// `hops[i]` joins `entities[i]` and `entities[i + 1]`.
    public var hops: [[Edge.ID]]

    /// Makes a path.
    public init(entities: [String], hops: [[Edge.ID]]) {
        self.entities = entities
        self.hops = hops
    }

    /// Number of hops.
    public var length: Int { hops.count }
}
