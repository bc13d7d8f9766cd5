import KGCore
import KGGraph
import KGStore
import Testing

@Suite struct QueryTests {
    typealias F = StoreFixture

    let store: GraphStore

    init() throws {
        store = try GraphStore.inMemory()
        _ = try store.ingest([F.d1, F.d2, F.d3])
    }

    @Test(arguments: ["Russia", "russia", " RUSSIA ", "moscow", "The  Kremlin"])
    func resolvesEntityByNameOrAliasIgnoringCase(name: String) throws {
        #expect(try store.resolveEntity(named: name) == store.loadGraph().entities[F.russia.id])
    }

    @Test func resolvedEntityCarriesItsAliases() throws {
        let entity = try store.resolveEntity(named: "washington")
        #expect(entity.id == F.unitedStates.id)
        #expect(entity.name == "United States")
        #expect(entity.aliases == ["Washington"])
    }

    @Test func unknownNameSuggestsTheClosestNames() throws {
        #expect {
            try store.resolveEntity(named: "Rusia")
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .unknownEntity && error.message == "no entity named 'Rusia'"
                && error.hint == "did you mean 'Russia'?"
                && error.description == "no entity named 'Rusia'\n  hint: did you mean 'Russia'?"
        }
        #expect {
            try store.resolveEntity(named: "Iram")
        } throws: { error in
            (error as? StoreError)?.hint == "did you mean 'Iran'?"
        }
    }

    @Test func unknownNameWithNothingCloseStillExplains() throws {
        #expect {
            try store.resolveEntity(named: "Zzyzx")
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .unknownEntity && error.hint?.contains("spelling") == true
        }
    }

    /// A neighbors answer with every sentence, from the store's indexes.
    func egoNetwork(_ name: String, depth: Int, direction: Direction) throws -> QueryResult {
        try store.answer(GraphQuery(.neighbors(entity: name, depth: depth, direction: direction), evidence: .all))
    }

    @Test func neighborsWithAllEvidenceFollowDirectionAndDepth() throws {
        let out = try egoNetwork("United States", depth: 1, direction: .out).graph
        #expect(Set(out.entities.keys) == [F.unitedStates.id, F.russia.id])
        let outTwo = try egoNetwork("United States", depth: 2, direction: .out).graph
        #expect(Set(outTwo.entities.keys) == [F.unitedStates.id, F.russia.id, F.iran.id, F.ukraine.id])
        let incoming = try egoNetwork("Russia", depth: 1, direction: .in).graph
        #expect(Set(incoming.entities.keys) == [F.russia.id, F.unitedStates.id, F.belarus.id, F.germany.id])
        #expect(Set(incoming.edges.keys.map(\.relation)) == ["sanction", "support", "condemn"])
        let alone = try egoNetwork("Russia", depth: 0, direction: .both).graph
        #expect(alone.edgeCount == 0 && alone.entityCount == 1)
        let sanction = Edge.ID(subject: F.unitedStates.id, relation: "sanction", object: F.russia.id)
        #expect(incoming.edges[sanction]?.evidence.count == 2)
        #expect(incoming.edges[sanction]?.isSampled == false)
    }

    @Test(arguments: Direction.allCases)
    func neighborsWithAllEvidenceAreTheInMemoryEgoNetwork(direction: Direction) throws {
        let graph = try store.loadGraph()
        for entity in graph.sortedEntities {
            for depth in 0...3 {
                let stored = try egoNetwork(entity.name, depth: depth, direction: direction)
                let center = try #require(stored.anchors.first)
                let inMemory = graph.subgraph(around: center.id, depth: depth, direction: direction)
                #expect(stored.graph == inMemory, "\(entity.id) depth \(depth) \(direction)")
            }
        }
    }

    @Test func strongestEdgesWithAllEvidenceMatchTheInMemoryRanking() throws {
        let graph = try store.loadGraph()
        for limit in 1...(graph.edgeCount + 1) {
            let stored = try store.answer(GraphQuery(.whole, limit: limit, evidence: .all))
            #expect(stored.graph == graph.topEdges(limit: limit), "limit \(limit)")
        }
        let top = try store.answer(GraphQuery(.whole, limit: 2, evidence: .all)).graph
        #expect(Set(top.edges.keys.map(\.relation)) == ["attack", "sanction"])
    }

    @Test func wholeAnswerWithAllEvidenceHoldsEveryStoredSentence() throws {
        let whole = try store.answer(GraphQuery(.whole, evidence: .all))
        let loaded = try store.loadGraph()
        #expect(whole.graph.edges == loaded.edges)
        #expect(whole.graph.evidenceCount == (try store.stats().evidence))
        #expect(!whole.truncated && whole.rows.count == loaded.edgeCount)
    }
}
