import Foundation
import KGCore
import KGGraph
import KGPostgres
@testable import KGStore
import Testing

/// An entity's display name is the best one any document gave it (`Entity.prefers`), so the graph does not
/// depend on the order documents arrive in: one worker or several, one batch or many, on either store.
@Suite struct EntityNamingTests {
    typealias F = StoreFixture

    static let shouted = Entity(name: "AL JAZEERA", type: .org)
    static let channel = Entity(name: "Al Jazeera", type: .org)
    static let judgeInFull = Entity(id: "person:derrick watson", name: "Derrick Kahala Watson", type: .person)
    static let judge = Entity(id: "person:derrick watson", name: "Derrick Watson", type: .person)
    static let sentenceStart = Entity(name: "The research", type: .concept)
    static let research = Entity(name: "the research", type: .concept)

    static var items: [IngestItem] {
        [
            F.item("n1", [(shouted, "interview", judgeInFull), (shouted, "publish", sentenceStart)]),
            F.item("n2", [(channel, "interview", judge)]),
            F.item("n3", [(F.unitedStates, "cite", research), (channel, "quote", judgeInFull)]),
        ]
    }

    /// Display names and alias sets by key.
    static func names(_ graph: KnowledgeGraph) -> [String: String] {
        graph.entities.mapValues(\.name)
    }

    static func aliases(_ graph: KnowledgeGraph) -> [String: Set<String>] {
        graph.entities.mapValues { Set($0.aliases) }
    }

    static let expected = [
        channel.id: "Al Jazeera", judge.id: "Derrick Watson", research.id: "the research",
        F.unitedStates.id: "United States",
    ]

    @Test func theOrderMakesNoDifference() {
        #expect(Entity.prefers("Al Jazeera", over: "AL JAZEERA", type: .org))
        #expect(!Entity.prefers("AL JAZEERA", over: "Al Jazeera", type: .org))
        #expect(Entity.prefers("Derrick Watson", over: "Derrick Kahala Watson", type: .person))
        #expect(Entity.prefers("Joseph Dunford", over: "Joe Dunford", type: .person))
        #expect(Entity.prefers("Sergey Lavrov", over: "Sergey-Lavrov", type: .person))
        #expect(!Entity.prefers("Sergey-Lavrov", over: "Sergey Lavrov", type: .person))
        #expect(Entity.prefers("the research", over: "The research", type: .concept))
        #expect(Entity.prefers("Donald Trump", over: "donald trump", type: .person))
        #expect(!Entity.prefers("Russia", over: "Russia", type: .country))
        #expect(!Entity.prefers(" ", over: "Russia", type: .country))
        for order in [Self.items, Self.items.reversed(), [Self.items[1], Self.items[2], Self.items[0]]] {
            #expect(Self.names(F.merged(order)) == Self.expected)
        }
    }

    @Test func sqliteKeepsTheBestNameWhateverTheOrderOrBatches() throws {
        var graphs: [KnowledgeGraph] = []
        for (order, oneByOne) in [(Self.items, false), (Self.items.reversed(), false), (Self.items, true),
                                  ([Self.items[1], Self.items[0], Self.items[2]], true)] {
            let store = try GraphStore.inMemory()
            if oneByOne { for item in order { _ = try store.ingest([item]) } } else { _ = try store.ingest(order) }
            let graph = try store.loadGraph()
            #expect(Self.names(graph) == Self.expected, "\(order.map(\.info.id)) one by one: \(oneByOne)")
            #expect(try store.integrityProblems().isEmpty)
            graphs.append(graph)
        }
        // The old names stay findable; case variants of the name are no aliases on a store.
        #expect(graphs.allSatisfy { Self.aliases($0) == Self.aliases(graphs[0]) })
        #expect(Self.aliases(graphs[0])[Self.judge.id] == ["Derrick Kahala Watson"])
        #expect(Self.aliases(graphs[0])[Self.channel.id] == [])
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.items)
        #expect(try store.resolveEntity(named: "Derrick Kahala Watson").name == "Derrick Watson")
        #expect(try store.resolveEntity(named: "AL JAZEERA").name == "Al Jazeera")
    }

    @Test(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
    func postgresKeepsTheBestNameWhateverTheOrder() throws {
        let sqlite = try GraphStore.inMemory()
        _ = try sqlite.ingest(Self.items)
        let expected = try sqlite.loadGraph()
        for (order, oneByOne) in [(Self.items.reversed(), false), (Self.items, true)] {
            let store = try PostgresFixture.newStore()
            if oneByOne { for item in order { _ = try store.ingest([item]) } } else { _ = try store.ingest(order) }
            let graph = try store.loadGraph()
            #expect(Self.names(graph) == Self.expected)
            #expect(Self.aliases(graph) == Self.aliases(expected))
            #expect(try store.integrityProblems().isEmpty)
            #expect(try store.resolveEntity(named: "Derrick Kahala Watson").name == "Derrick Watson")
        }
    }
}
