import KGCore
import KGGraph

/// One document's extracted graph, ready to store: entity ids are `Entity.key`s and edges reference them.
public struct IngestItem: Sendable, Hashable {
    /// Which document this is; its `id` and `contentHash` decide between add, replace and skip.
    public var info: DocumentInfo
    /// Sentences in the document, counted by the splitter (stored for `stats`).
    public var sentenceCount: Int
    /// The document's graph; every evidence's `documentID` must be `info.id`.
    public var graph: KnowledgeGraph
    /// False when the caller skipped extraction because the store already held `info.contentHash`: the writer
    /// then stores nothing, and if another process changed the document meanwhile it lists the id in
    /// `IngestSummary.staleDocuments` (to extract and ingest again) instead of overwriting that version.
    public var isExtracted: Bool

    /// Makes an item from a document and the graph extracted from it.
    public init(info: DocumentInfo, sentenceCount: Int, graph: KnowledgeGraph) {
        self.info = info
        self.sentenceCount = sentenceCount
        self.graph = graph
        isExtracted = true
    }

    /// An item for a document the caller believes stored unchanged, sent without extracting it.
    public static func unextracted(_ info: DocumentInfo) -> IngestItem {
        var item = IngestItem(info: info, sentenceCount: 0, graph: KnowledgeGraph())
        item.isExtracted = false
        return item
    }
}
