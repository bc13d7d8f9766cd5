import Foundation
import KGCore
import KGGraph
import KGStore
import Testing

/// A surname an article gives alone ("Mr Novak", stored as "Novak (doc)") joins the one person of that
/// surname the store knows in full, whichever article came first, as a merge that `split` undoes.
@Suite struct PersonJoinTests {
    typealias F = StoreFixture

    static let annaNovak = Entity(name: "Anna Novak", type: .person)
    static let otherNovak = Entity(name: "Peter Novak", type: .person)
    static func scoped(_ doc: String) -> Entity { Entity(name: "Novak (\(doc))", type: .person, aliases: ["Mr Novak"]) }

    static var full: IngestItem { F.item("full", [(annaNovak, "criticize", F.russia)]) }
    static var bare: IngestItem { F.item("bare", [(scoped("bare"), "praise", F.germany)]) }
    static var second: IngestItem { F.item("second", [(otherNovak, "meet", F.iran)]) }

    static func novakNodes(_ store: GraphStore) throws -> [String] {
        try store.loadGraph().sortedEntities.filter { $0.type == .person }.map(\.name)
    }

    @Test(arguments: [[full, bare], [bare, full]])
    func aSurnameJoinsTheOnlyFullNameInEitherOrder(_ order: [IngestItem]) throws {
        let store = try GraphStore.inMemory()
        var joined = 0
        for item in order { joined += try store.ingest([item]).peopleJoined }
        #expect(joined == 1)
        #expect(try Self.novakNodes(store) == ["Anna Novak"])
        let graph = try store.loadGraph()
        let anna = try #require(graph.entities[Self.annaNovak.id])
        #expect(anna.aliases.contains("Novak"))
        #expect(graph.edges.values.contains { $0.subject == anna.id && $0.object == F.germany.id })
    }

    @Test func oneBatchJoinsLikeTwo() throws {
        let store = try GraphStore.inMemory()
        #expect(try store.ingest([Self.bare, Self.full]).peopleJoined == 1)
        #expect(try Self.novakNodes(store) == ["Anna Novak"])
    }

    @Test func twoPeopleOfThatSurnameKeepItApart() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([Self.full, Self.second])
        #expect(try store.ingest([Self.bare]).peopleJoined == 0)
        #expect(try Self.novakNodes(store) == ["Anna Novak", "Novak (bare)", "Peter Novak"])
    }

    @Test func splitUndoesTheJoin() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([Self.full, Self.bare])
        _ = try store.split("Novak (bare)")
        #expect(try Self.novakNodes(store) == ["Anna Novak", "Novak (bare)"])
    }

    @Test func transliterationsAreOneNode() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([
            F.item("a", [(Entity(name: "Sergei Lavrov", type: .person), "meet", F.iran)]),
            F.item("b", [(Entity(name: "Sergey Lavrov", type: .person), "criticize", F.ukraine)]),
        ])
        #expect(try Self.novakNodes(store) == ["Sergei Lavrov"])
    }
}
