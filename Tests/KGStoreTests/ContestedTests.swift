import KGCore
import KGGraph
@testable import KGStore
import Testing

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

    @Test func listsOnlyEdgesBothAssertedAndDenied() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.items)
        let contested = try store.contestedEdges()
        let whole = try store.loadGraph()
        #expect(Set(contested.edges.keys) == Set(whole.edges.values.filter(\.isContested).map(\.id)))
        #expect(contested.edgeCount == 2)
        for edge in contested.edges.values {
            #expect(edge.evidence.count == whole.edges[edge.id]?.evidence.count, "every piece of evidence comes along")
        }
    }

    @Test func mostContestedComesFirstAndLimitKeepsIt() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.items)
        let ranked = try store.contestedEdges().sortedContestedEdges
        let supply = Edge.ID(subject: F.iran.id, relation: "supply", object: F.russia.id)
        let attack = Edge.ID(subject: F.russia.id, relation: "attack", object: F.ukraine.id)
        #expect(ranked.map(\.id) == [supply, attack])
        #expect(ranked.first?.assertedCount == 2 && ranked.first?.deniedCount == 2)
        #expect(try store.contestedEdges(limit: 1).edges.keys.map { $0 } == [supply])
        #expect(try store.contestedEdges(limit: 0).edgeCount == 0)
    }

    @Test func aStoreWithoutDenialsHasNothingContested() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.item("n1", [(F.iran, "supply", F.russia), (F.russia, "attack", F.ukraine)])])
        #expect(try store.contestedEdges().edgeCount == 0)
    }
}
