import KGCore
import KGGraph
import KGStore
import Testing

/// `ingestItems(ofDocuments:)`, the batch reader `newsgraph copy` uses: the cut the whole graph gives, read
/// for a few documents at a time, rebuilding the same store whatever the batch size.
@Suite struct DocumentBatchTests {
    typealias F = QueryFixture

    /// The store's rows without its bookkeeping (`meta`), for comparing a copy with its source.
    static func rows(_ store: GraphStore) throws -> [String] {
        try store.contentLines().filter { !$0.hasPrefix("meta\t") }
    }

    @Test func itemsOfSomeDocumentsAreTheWholeGraphsCutOfThem() throws {
        let store = try F.store()
        let documents = try store.documents()
        let fromWholeGraph = try store.loadGraph().ingestItems(for: documents)
        for (index, document) in documents.enumerated() {
            let items = try store.ingestItems(ofDocuments: [document.info.id])
            #expect(items.count == 1)
            #expect(items.first.map { StoreFixture.canonical($0.graph) } == StoreFixture.canonical(fromWholeGraph[index].graph))
            #expect(items.first?.info == document.info && items.first?.sentenceCount == document.sentenceCount)
        }
    }

    @Test func itemsComeInTheOrderAskedAndUnknownIdsAreLeftOut() throws {
        let store = try F.store()
        #expect(try store.ingestItems(ofDocuments: ["d", "nowhere", "a"]).map(\.info.id) == ["d", "a"])
        #expect(try store.ingestItems(ofDocuments: []).isEmpty)
        #expect(try store.ingestItems(ofDocuments: ["nowhere"]).isEmpty)
    }

    @Test(arguments: [1, 3, 4, 64])
    func copyingInBatchesRebuildsTheSameStore(batchSize: Int) throws {
        let source = try F.store()
        // A fifth document that only repeats edges, and a sixth with no evidence at all.
        _ = try source.ingest([F.document("e", date: "2024-05-10", [(F.russia, "attack", F.ukraine, true)]),
                               IngestItem(info: DocumentInfo(id: "f", title: nil, date: nil, sourcePath: "f.txt",
                                                             contentHash: "f"), sentenceCount: 3, graph: KnowledgeGraph())])
        let ids = try source.documents().map(\.info.id)
        let copy = try GraphStore.inMemory()
        for start in stride(from: 0, to: ids.count, by: batchSize) {
            _ = try copy.ingest(try source.ingestItems(ofDocuments: Array(ids[start..<min(start + batchSize, ids.count)])))
        }
        #expect(try copy.stats() == source.stats())
        #expect(try Self.rows(copy) == Self.rows(source))
        #expect(try copy.integrityProblems().isEmpty)
    }
}
