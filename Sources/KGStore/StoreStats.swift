/// How much the store holds.
public struct StoreStats: Sendable, Hashable, Codable {
    public var documents: Int
    /// Sentences over all stored documents (as counted when each was ingested).
    public var sentences: Int
    public var entities: Int
    public var edges: Int
    public var evidence: Int

    /// Makes stats from counts.
    public init(documents: Int = 0, sentences: Int = 0, entities: Int = 0, edges: Int = 0, evidence: Int = 0) {
        self.documents = documents
        self.sentences = sentences
        self.entities = entities
        self.edges = edges
        self.evidence = evidence
    }
}
