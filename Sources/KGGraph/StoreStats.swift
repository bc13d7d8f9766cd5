/// How much the store holds.
public struct StoreStats: Sendable, Hashable, Codable {
    /// Documents stored (each counted once, however often it was re-ingested).
    public var documents: Int
    /// Sentences over all stored documents (as counted when each was ingested).
    public var sentences: Int
    /// Graph nodes.
    public var entities: Int
    /// Distinct (subject, relation, object) triples.
    public var edges: Int
    /// Sentences behind the edges, one row per assertion.
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
