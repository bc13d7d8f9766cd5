import KGCore

/// One document's extracted graph, ready to store: entity ids are `Entity.key`s and edges reference them.
public struct IngestItem: Sendable, Hashable {
    /// Which document this is; its `id` and `contentHash` decide between add, replace and skip.
    public var info: DocumentInfo
    /// Sentences in the document, counted by the splitter (stored for `stats`).
    public var sentenceCount: Int
    /// The document's graph; every evidence's `documentID` must be `info.id`.
    public var graph: KnowledgeGraph

    /// Makes an item from a document and the graph extracted from it.
    public init(info: DocumentInfo, sentenceCount: Int, graph: KnowledgeGraph) {
        self.info = info
        self.sentenceCount = sentenceCount
        self.graph = graph
    }
}
