import KGCore
import KGGraph
import KGPostgres
import KGStore
import Testing

/// `forEachEdgeBatch`, which dumps stream: every edge with every sentence, in `sortedEdges` order, in batches
/// no larger than asked, with every endpoint, on both stores.
@Suite struct EdgeBatchTests {
    typealias F = QueryFixture

    /// The edges in the order received, the batch sizes, and whether every batch carried its endpoints.
    static func collect(_ source: any GraphSource, size: Int) throws -> (edges: [Edge], sizes: [Int], complete: Bool) {
        var edges: [Edge] = []
        var sizes: [Int] = []
        var complete = true
        try source.forEachEdgeBatch(size: size) { batch, entities in
            edges += batch
            sizes.append(batch.count)
            complete = complete && batch.allSatisfy { entities[$0.subject] != nil && entities[$0.object] != nil }
        }
        return (edges, sizes, complete)
    }

    static func check(_ source: any GraphSource, whole: KnowledgeGraph) throws {
        let expected = StoreFixture.canonical(whole).sortedEdges
        #expect(expected.count > 3, "the fixture has edges to batch")
        for size in [1, 3, 1_000] {
            let (edges, sizes, complete) = try collect(source, size: size)
            #expect(edges.map(\.id) == expected.map(\.id), "size \(size)")
            #expect(StoreFixture.canonical(KnowledgeGraph(entities: Array(whole.entities.values), edges: edges))
                .sortedEdges == expected, "size \(size): every sentence")
            #expect(sizes.allSatisfy { $0 >= 1 && $0 <= size } && sizes.reduce(0, +) == expected.count)
            #expect(complete)
        }
    }

    @Test func sqliteStreamsEveryEdgeInKeyOrder() throws {
        let store = try F.store()
        try Self.check(store, whole: try store.loadGraph())
    }

    @Test(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
    func postgresStreamsTheSameEdges() throws {
        let server = try PostgresFixture.parityStore.get()
        try Self.check(server, whole: try F.store().loadGraph())
    }
}
