import KGCore
import KGGraph
import KGStore
import Testing

/// With `evidence: .all`, the store's answer carries every sentence of exactly the chosen edges, equal to the
/// in-memory answer, however many sentences an edge has and however many edges are chosen.
@Suite struct AllEvidenceParityTests {
    typealias F = QueryFixture

    /// The parity suite's queries asking for every sentence.
    static let queries: [GraphQuery] = GraphQueryParityTests.parityQueries.map { query in
        var query = query
        query.evidence = .all
        return query
    }

    /// Whether the answer to `query` carries every sentence of its edges: an evidence query's limit counts
    /// sentences, so it may cut an edge's.
    static func carriesEverySentence(_ query: GraphQuery) -> Bool {
        if case .evidence = query.kind { return query.limit == nil }
        return true
    }

    @Test(arguments: queries)
    func storeAndMemoryGiveTheSameCompleteAnswer(query: GraphQuery) throws {
        let stored = F.canonical(try F.store().answer(query))
        let inMemory = F.canonical(try F.graph.answer(query))
        #expect(stored == inMemory, "store and memory differ for \(query)")
        if Self.carriesEverySentence(query) {
            #expect(stored.graph.edges.values.allSatisfy { !$0.isSampled }, "\(query)")
        }
    }

    @Test func sampleAndAllDifferOnlyInTheSentencesCarried() throws {
        let store = try F.store()
        for sampleQuery in GraphQueryParityTests.parityQueries {
            var allQuery = sampleQuery
            allQuery.evidence = .all
            let (sample, all) = (try store.answer(sampleQuery), try store.answer(allQuery))
            #expect(sample.rows == all.rows && sample.totalCount == all.totalCount && sample.truncated == all.truncated,
                    "\(sampleQuery)")
            #expect(Set(sample.graph.entities.keys) == Set(all.graph.entities.keys), "\(sampleQuery)")
            for (id, edge) in all.graph.edges where Self.carriesEverySentence(allQuery) {
                #expect(sample.graph.edges[id]?.evidenceCount == edge.evidence.count, "\(id) in \(sampleQuery)")
            }
        }
    }

    /// Russia attacks Ukraine in 40 documents, a quarter of them denied, over four months.
    static var manySentences: [IngestItem] {
        (0..<40).map { index in
            F.document("m\(index)", date: "2024-0\(index % 4 + 5)-\(10 + index % 9)",
                       [(F.ukraine, "ask", F.germany, false), (F.russia, "attack", F.ukraine, index % 4 == 3)])
        }
    }

    @Test(arguments: [
        GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .out), limit: 1, evidence: .all),
        GraphQuery(.whole, limit: 2, evidence: .all),
        GraphQuery(.contested, evidence: .all),
        GraphQuery(.neighbors(entity: "Ukraine", depth: 1, direction: .both),
                   filter: GraphQueryParityTests.filter { $0.fromDate = "2024-06-01"; $0.toDate = "2024-06-30" },
                   evidence: .all),
    ])
    func anEdgeWithManySentencesCarriesThemAllInStoredOrder(query: GraphQuery) throws {
        let store = try F.store()
        _ = try store.ingest(Self.manySentences)
        let graph = StoreFixture.merged(F.items + Self.manySentences)
        let stored = try store.answer(query)
        #expect(F.canonical(stored) == F.canonical(try graph.answer(query)))
        let attack = try #require(stored.graph.edges[Edge.ID(subject: F.russia.id, relation: "attack", object: F.ukraine.id)])
        #expect(attack.evidence.count == 42 && !attack.isSampled)
        #expect(attack.evidence.map(\.documentID) == ["b", "c"] + (0..<40).map { "m\($0)" })
        #expect(attack.deniedCount == 10)
    }

    @Test func moreChosenEdgesThanOneIdListHoldsAreAllRead() throws {
        // 1,200 edges: the store reads their sentences in several IN (…) lists.
        let targets = (0..<1_200).map { Entity(name: "Target \($0)", type: .org) }
        let item = F.document("wide", date: "2024-05-01", targets.map { (F.russia, "warn", $0, false) })
        let store = try F.store()
        _ = try store.ingest([item])
        let graph = StoreFixture.merged(F.items + [item])
        for query in [GraphQuery(.whole, evidence: .all), GraphQuery(.whole, limit: 700, evidence: .all),
                      GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .out), evidence: .all)] {
            let stored = try store.answer(query)
            #expect(F.canonical(stored) == F.canonical(try graph.answer(query)), "\(query)")
            #expect(stored.graph.edges.values.allSatisfy { !$0.evidence.isEmpty && !$0.isSampled }, "\(query)")
        }
        #expect(try store.answer(GraphQuery(.whole, evidence: .all)).graph.evidenceCount == (try store.stats().evidence))
    }
}
