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

    @Test func neighborhoodFollowsDirectionAndDepth() throws {
        let out = try store.neighborhood(of: F.unitedStates.id, depth: 1, direction: .out)
        #expect(Set(out.entities.keys) == [F.unitedStates.id, F.russia.id])
        let outTwo = try store.neighborhood(of: F.unitedStates.id, depth: 2, direction: .out)
        #expect(Set(outTwo.entities.keys) == [F.unitedStates.id, F.russia.id, F.iran.id, F.ukraine.id])
        let incoming = try store.neighborhood(of: F.russia.id, depth: 1, direction: .in)
        #expect(Set(incoming.entities.keys) == [F.russia.id, F.unitedStates.id, F.belarus.id, F.germany.id])
        #expect(Set(incoming.edges.keys.map(\.relation)) == ["sanction", "support", "condemn"])
        let alone = try store.neighborhood(of: F.russia.id, depth: 0, direction: .both)
        #expect(alone.edgeCount == 0 && alone.entityCount == 1)
        let sanction = Edge.ID(subject: F.unitedStates.id, relation: "sanction", object: F.russia.id)
        #expect(incoming.edges[sanction]?.evidence.count == 2)
    }

    @Test(arguments: Direction.allCases)
    func neighborhoodMatchesTheInMemoryTraversal(direction: Direction) throws {
        let graph = try store.loadGraph()
        for entity in graph.sortedEntities {
            for depth in 0...3 {
                let stored = try store.neighborhood(of: entity.id, depth: depth, direction: direction)
                let inMemory = graph.subgraph(around: entity.id, depth: depth, direction: direction)
                #expect(stored == inMemory, "\(entity.id) depth \(depth) \(direction)")
            }
        }
    }

    @Test func neighborhoodOfUnknownIdIsAnError() throws {
        #expect {
            try store.neighborhood(of: "country:atlantis", depth: 1, direction: .both)
        } throws: { error in
            (error as? StoreError)?.kind == .unknownEntity
        }
    }

    @Test func topEdgesMatchTheInMemoryRanking() throws {
        let graph = try store.loadGraph()
        for limit in -1...(graph.edgeCount + 1) {
            #expect(try store.topEdges(limit: limit) == graph.topEdges(limit: limit), "limit \(limit)")
        }
        let top = try store.topEdges(limit: 2)
        #expect(Set(top.edges.keys.map(\.relation)) == ["attack", "sanction"])
    }

    @Test func triplesAreSortedEdges() throws {
        let triples = try store.triples()
        #expect(triples == triples.sorted { $0.id < $1.id })
        #expect(triples.count == (try store.stats().edges))
    }
}
