import KGCore
import KGGraph
@testable import KGStore
import Testing

/// The contested listing (`GraphQuery(.contested)` answered by the store): what `newsgraph contested` prints.
@Suite struct ContestedTests {
    typealias F = StoreFixture

    /// The fixture denies every third sentence: these put a denial of `supply` and `attack` beside assertions.
    static var items: [IngestItem] {
        [
            F.item("c1", [(F.iran, "supply", F.russia), (F.russia, "attack", F.ukraine)]),
            F.item("c2", [(F.russia, "attack", F.ukraine), (F.germany, "condemn", F.russia),
                          (F.iran, "supply", F.russia)]),
            F.item("c3", [(F.iran, "supply", F.russia), (F.belarus, "support", F.russia),
                          (F.russia, "attack", F.ukraine)]),
            F.item("c4", [(F.belarus, "support", F.russia), (F.unitedStates, "sanction", F.russia),
                          (F.iran, "supply", F.russia)]),
        ]
    }

    @Test func listsOnlyEdgesBothAssertedAndDeniedWithASentenceOfEachSide() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.items)
        let result = try store.answer(GraphQuery(.contested))
        let whole = try store.loadGraph()
        let supply = Edge.ID(subject: F.iran.id, relation: "supply", object: F.russia.id)
        let attack = Edge.ID(subject: F.russia.id, relation: "attack", object: F.ukraine.id)
        #expect(Set(whole.edges.values.filter(\.isContested).map(\.id)) == [supply, attack])
        #expect(result.rows.map(\.id) == [supply, attack], "most evidence first")
        #expect(result.rows.first.map { [$0.assertedCount, $0.deniedCount] } == [2, 2])
        for row in result.rows {
            let sample = try #require(result.graph.edges[row.id]?.evidence)
            #expect(sample.contains { $0.negated } && sample.contains { !$0.negated })
        }
        #expect(try store.answer(GraphQuery(.contested, limit: 1)).rows.map(\.id) == [supply])
    }

    @Test func contestedEdgesStayContestedThroughAMerge() throws {
        let store = try GraphStore.inMemory()
        let kremlin = Entity(name: "Kremlin", type: .org)
        // Russia attacks (asserted); the Kremlin's attack is denied: one contested edge once they are one.
        _ = try store.ingest([F.item("k1", [(F.russia, "attack", F.ukraine)]),
                              F.item("k2", [(F.iran, "meet", F.russia), (F.iran, "visit", F.ukraine),
                                            (kremlin, "attack", F.ukraine)])])
        #expect(try store.answer(GraphQuery(.contested)).rows.isEmpty)
        try store.merge("Kremlin", into: "Russia")
        let rows = try store.answer(GraphQuery(.contested)).rows
        #expect(rows.map(\.id) == [Edge.ID(subject: F.russia.id, relation: "attack", object: F.ukraine.id)])
        #expect(rows.first.map { [$0.assertedCount, $0.deniedCount] } == [1, 1])
    }

    @Test func aStoreWithoutDenialsHasNothingContested() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.item("n1", [(F.iran, "supply", F.russia), (F.russia, "attack", F.ukraine)])])
        #expect(try store.answer(GraphQuery(.contested)).rows.isEmpty)
    }
}
