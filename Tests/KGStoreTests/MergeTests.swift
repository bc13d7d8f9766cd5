import Foundation
import KGCore
import KGGraph
@testable import KGStore
import Testing

@Suite struct MergeTests {
    typealias F = StoreFixture

    static let putin = Entity(name: "Volodya", type: .person, aliases: ["Mr Volodya"])
    static let vladimirPutin = Entity(name: "Vladimir Putin", type: .person, aliases: ["President Putin"])
    static let medvedev = Entity(name: "Dmitry Medvedev", type: .person)

    /// Volodya (a name the store cannot join to Vladimir Putin by itself) attacks, meets and is criticised; Vladimir Putin meets too (the same edge after the merge); one
    /// sentence links the two (a self-loop after the merge).
    static var dA: IngestItem {
        F.item("dA", [(putin, "attack", F.ukraine), (putin, "meet", F.iran), (F.iran, "criticize", putin),
                      (putin, "praise", vladimirPutin)])
    }
    static var dB: IngestItem {
        F.item("dB", [(vladimirPutin, "meet", F.iran), (vladimirPutin, "praise", F.russia)])
    }

    private func storeWithBoth() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([Self.dA, Self.dB])
        return store
    }

    @Test func mergeMovesEdgesAndEvidenceAndKeepsTheNameAsAnAlias() throws {
        let store = try storeWithBoth()
        let before = try store.stats()
        let summary = try store.merge("Volodya", into: "vladimir putin")
        #expect(summary.edgesMoved == 2)
        #expect(summary.edgesCombined == 1)
        #expect(summary.evidenceMoved == 3)
        #expect(summary.selfLoopsDropped == 1)
        #expect(summary.selfLoopEvidenceDropped == 1)
        #expect(summary.aliasesAdded == ["Volodya", "Mr Volodya"])
        let graph = try store.loadGraph()
        #expect(graph.entities[Self.putin.id] == nil)
        let target = try #require(graph.entities[Self.vladimirPutin.id])
        #expect(Set(target.aliases) == ["President Putin", "Volodya", "Mr Volodya"])
        let meet = try #require(graph.edges[Edge.ID(subject: target.id, relation: "meet", object: F.iran.id)])
        #expect(Set(meet.evidence.map(\.documentID)) == ["dA", "dB"])
        #expect(graph.edges[Edge.ID(subject: target.id, relation: "attack", object: F.ukraine.id)] != nil)
        #expect(graph.edges[Edge.ID(subject: F.iran.id, relation: "criticize", object: target.id)] != nil)
        #expect(graph.edges.values.allSatisfy { $0.subject != $0.object })
        let after = try store.stats()
        #expect(after.entities == before.entities - 1)
        #expect(after.edges == before.edges - 2)
        #expect(after.evidence == before.evidence - 1)
        #expect(try store.integrityProblems() == [])
        #expect(try store.resolveEntity(named: "mr volodya").id == target.id)
    }

    @Test func splitUndoesTheMergeAndReingestRestoresTheDroppedRelation() throws {
        let store = try storeWithBoth()
        let original = F.canonical(try store.loadGraph())
        try store.merge("Volodya", into: "Vladimir Putin")
        let summary = try store.split("volodya")
        #expect(summary.evidenceMoved == 3)
        #expect(summary.aliasesRemoved == 2)
        #expect(summary.documentsToReingest == ["dA"])
        #expect(try store.integrityProblems() == [])
        var withoutSelfLoop = original
        let loop = Edge.ID(subject: Self.putin.id, relation: "praise", object: Self.vladimirPutin.id)
        withoutSelfLoop = KnowledgeGraph(entities: Array(original.entities.values),
                                         edges: original.edges.values.filter { $0.id != loop })
        #expect(F.canonical(try store.loadGraph()) == withoutSelfLoop)
        #expect(try store.merges() == [])
        // The split marked dA changed: ingesting it again brings the relation between the two back.
        let again = try store.ingest([Self.dA])
        #expect(again.documentsReplaced == 1)
        #expect(F.canonical(try store.loadGraph()) == original)
    }

    @Test func laterIngestsOfAMergedEntityLandInTheTargetAndSplitTakesThemBack() throws {
        let store = try storeWithBoth()
        try store.merge("Volodya", into: "Vladimir Putin")
        let dC = F.item("dC", [(Self.putin, "visit", F.ukraine), (Self.putin, "meet", Self.vladimirPutin)])
        let summary = try store.ingest([dC])
        #expect(summary.entitiesAdded == 0)
        #expect(summary.evidenceAdded == 1, "the sentence linking the two is a self-loop and is not stored")
        var graph = try store.loadGraph()
        #expect(graph.entities[Self.putin.id] == nil)
        #expect(graph.edges[Edge.ID(subject: Self.vladimirPutin.id, relation: "visit", object: F.ukraine.id)] != nil)
        #expect(try store.merges().first?.evidenceCount == 4)
        try store.split("Volodya")
        graph = try store.loadGraph()
        #expect(graph.edges[Edge.ID(subject: Self.putin.id, relation: "visit", object: F.ukraine.id)] != nil)
        #expect(graph.edges[Edge.ID(subject: Self.vladimirPutin.id, relation: "visit", object: F.ukraine.id)] == nil)
        #expect(try store.integrityProblems() == [])
    }

    @Test func namesThatArriveAfterTheMergeLeaveWithTheSplit() throws {
        let store = try storeWithBoth()
        try store.merge("Volodya", into: "Vladimir Putin")
        let putin = Entity(name: "Volodya", type: .person, aliases: ["Vladimir Vladimirovich"])
        _ = try store.ingest([F.item("dN", [(putin, "visit", F.ukraine)])])
        #expect(try store.resolveEntity(named: "Vladimir Vladimirovich").id == Self.vladimirPutin.id)
        try store.split("Volodya")
        #expect(try store.resolveEntity(named: "Vladimir Vladimirovich").id == Self.putin.id)
        #expect(try store.loadGraph().entities[Self.vladimirPutin.id]?.aliases == ["President Putin"])
    }

    @Test func reingestingAnArticleAfterAMergeDuplicatesNothing() throws {
        let store = try storeWithBoth()
        try store.merge("Volodya", into: "Vladimir Putin")
        let merged = try store.stats()
        let graph = F.canonical(try store.loadGraph())
        let unchanged = try store.ingest([Self.dA])
        #expect(unchanged.documentsUnchanged == 1)
        #expect(try store.stats() == merged)
        // The same article re-extracted (new hash): its evidence is replaced, landing on the same edges.
        var changed = Self.dA
        changed.info.contentHash = "v2"
        let replaced = try store.ingest([changed])
        #expect(replaced.documentsReplaced == 1)
        #expect(replaced.entitiesAdded == 0 && replaced.edgesAdded == 0)
        #expect(try store.stats() == merged)
        #expect(F.canonical(try store.loadGraph()) == graph)
        #expect(try store.integrityProblems() == [])
    }

    @Test func chainedMergesSplitInAnyOrder() throws {
        let store = try storeWithBoth()
        _ = try store.ingest([F.item("dM", [(Self.medvedev, "meet", F.iran), (Self.medvedev, "visit", F.ukraine)])])
        let original = F.canonical(try store.loadGraph())
        try store.merge("Volodya", into: "Vladimir Putin")
        try store.merge("Vladimir Putin", into: "Dmitry Medvedev")
        #expect(try store.resolveEntity(named: "Volodya").id == Self.medvedev.id)
        #expect(try store.merges().map(\.targetName) == ["Dmitry Medvedev", "Dmitry Medvedev"])
        // Splitting the first merge first: Volodya's evidence comes back from Medvedev, Vladimir Putin's stays.
        try store.split("Volodya")
        #expect(try store.resolveEntity(named: "Volodya").id == Self.putin.id)
        #expect(try store.resolveEntity(named: "President Putin").id == Self.medvedev.id)
        try store.split("Vladimir Putin")
        let restored = F.canonical(try store.loadGraph())
        let loop = Edge.ID(subject: Self.putin.id, relation: "praise", object: Self.vladimirPutin.id)
        #expect(restored.edges.values.filter { $0.id != loop }.count == restored.edgeCount)
        #expect(restored.entities == original.entities)
        #expect(Set(restored.edges.keys).union([loop]) == Set(original.edges.keys))
        #expect(try store.integrityProblems() == [])
    }

    @Test func mergingAnEntityWithItselfIsRefused() throws {
        let store = try storeWithBoth()
        #expect(throws: StoreError.self) { try store.merge("Volodya", into: "volodya") }
        do {
            try store.merge("Moscow", into: "Russia")
            Issue.record("merging an alias into its own entity should fail")
        } catch let error as StoreError {
            #expect(error.kind == .invalidInput)
            #expect(error.message.contains("already the same entity"))
        }
        #expect(try store.merges() == [])
    }

    @Test func unknownNamesSuggestTheClosestEntities() throws {
        let store = try storeWithBoth()
        do {
            try store.merge("Volodia", into: "Vladimir Putin")
            Issue.record("an unknown entity should fail")
        } catch let error as StoreError {
            #expect(error.kind == .unknownEntity)
            #expect(error.hint?.contains("'Volodya'") == true)
        }
        do {
            try store.split("Volodya")
            Issue.record("splitting an entity that was never merged should fail")
        } catch let error as StoreError {
            #expect(error.kind == .unknownEntity)
            #expect(error.hint?.contains("nothing has been merged") == true)
        }
    }

    @Test func aMergedKeyCannotBeTakenByANewEntity() throws {
        let store = try storeWithBoth()
        try store.merge("Volodya", into: "Vladimir Putin")
        #expect(throws: StoreError.self) {
            try store.execute(sql: """
                INSERT INTO entity (key, name, normalizedName, type) VALUES ('\(Self.putin.id)', 'Volodya', 'volodya', 'person')
                """)
        }
    }

    @Test func mergeTargetsSurviveLosingAllTheirEdges() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.item("dP", [(Self.putin, "attack", F.ukraine)]),
                              F.item("dV", [(Self.vladimirPutin, "meet", F.iran)])])
        try store.merge("Volodya", into: "Vladimir Putin")
        // Both articles change and no longer mention either: the merge target stays, so Volodya still leads there.
        let summary = try store.ingest([F.item("dV", hash: "v2", [(F.iran, "meet", F.russia)]),
                                        F.item("dP", hash: "v2", [(F.iran, "meet", F.russia)])])
        #expect(summary.edgesRemoved == 2)
        #expect(try store.resolveEntity(named: "Volodya").id == Self.vladimirPutin.id)
        _ = try store.ingest([F.item("dQ", [(Self.putin, "visit", F.iran)])])
        #expect(try store.loadGraph().entities[Self.putin.id] == nil)
        #expect(try store.integrityProblems() == [])
    }
}
