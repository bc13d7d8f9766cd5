import KGCore
import KGGraph
import KGPostgres
import KGStore
import Testing

/// The parity suite's queries on the PostgreSQL store: every answer equals the one the same graph gives in
/// memory (and so the SQLite store's, which `GraphQueryParityTests` checks against the same graph).
@Suite(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
struct PostgresParityTests {
    typealias F = QueryFixture

    @Test(arguments: GraphQueryParityTests.parityQueries)
    func postgresAndMemoryGiveTheSameAnswer(query: GraphQuery) throws {
        let store = try PostgresFixture.parityStore.get()
        let stored = F.canonical(try store.answer(query))
        let inMemory = F.canonical(try F.graph.answer(query))
        #expect(stored == inMemory, "PostgreSQL and memory differ for \(query)")
    }

    @Test func postgresAndSQLiteHoldTheSameGraphAndCounts() throws {
        let store = try PostgresFixture.parityStore.get()
        let sqlite = try F.store()
        #expect(StoreFixture.canonical(try store.loadGraph()) == StoreFixture.canonical(try sqlite.loadGraph()))
        #expect(try store.stats() == sqlite.stats())
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func unknownEntitiesSuggestNamesLikeMemory() throws {
        let store = try PostgresFixture.parityStore.get()
        let query = GraphQuery(.neighbors(entity: "Rusia", depth: 1, direction: .both))
        #expect { try store.answer(query) } throws: { error in
            (error as? QueryError)?.kind == .unknownEntity && (error as? QueryError)?.hint == "did you mean 'Russia'?"
        }
        #expect(try store.resolveEntity(named: "the kremlin").id == F.russia.id)
    }

    @Test func neighborhoodMatchesTheGraphsSubgraph() throws {
        let store = try PostgresFixture.parityStore.get()
        for depth in 0...3 {
            for direction in [Direction.both, .out, .in] {
                let stored = try store.neighborhood(of: F.russia.id, depth: depth, direction: direction)
                let inMemory = F.graph.subgraph(around: F.russia.id, depth: depth, direction: direction)
                #expect(StoreFixture.canonical(stored) == StoreFixture.canonical(inMemory), "depth \(depth) \(direction)")
            }
        }
    }
}
