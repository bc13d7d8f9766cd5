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

    @Test(arguments: AllEvidenceParityTests.queries)
    func postgresAndMemoryGiveTheSameCompleteAnswer(query: GraphQuery) throws {
        let store = try PostgresFixture.parityStore.get()
        let stored = F.canonical(try store.answer(query))
        #expect(stored == F.canonical(try F.graph.answer(query)), "PostgreSQL and memory differ for \(query)")
        if AllEvidenceParityTests.carriesEverySentence(query) {
            #expect(stored.graph.edges.values.allSatisfy { !$0.isSampled }, "\(query)")
        }
    }

    @Test func anEdgeWithManySentencesCarriesThemAllAsInMemory() throws {
        let store = try PostgresFixture.newStore()
        _ = try store.ingest(F.items)
        _ = try store.ingest(AllEvidenceParityTests.manySentences)
        let graph = StoreFixture.merged(F.items + AllEvidenceParityTests.manySentences)
        let attackID = Edge.ID(subject: F.russia.id, relation: "attack", object: F.ukraine.id)
        for query in [GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .out), limit: 1, evidence: .all),
                      GraphQuery(.whole, limit: 2, evidence: .all), GraphQuery(.contested, evidence: .all)] {
            let stored = try store.answer(query)
            #expect(F.canonical(stored) == F.canonical(try graph.answer(query)), "\(query)")
            #expect(stored.graph.edges[attackID]?.evidence.count == 42, "\(query)")
        }
    }

    @Test func postgresCutsTheSameIngestItemsAsSQLite() throws {
        let store = try PostgresFixture.parityStore.get()
        let sqlite = try F.store()
        let ids = ["d", "nowhere", "b", "a"]
        let (there, here) = (try store.ingestItems(ofDocuments: ids), try sqlite.ingestItems(ofDocuments: ids))
        #expect(there.map(\.info.id) == ["d", "b", "a"])
        #expect(there.map(\.info) == here.map(\.info) && there.map(\.sentenceCount) == here.map(\.sentenceCount))
        #expect(there.map { StoreFixture.canonical($0.graph) } == here.map { StoreFixture.canonical($0.graph) })
        #expect(try store.ingestItems(ofDocuments: []).isEmpty)
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

    @Test func egoNetworksWithAllEvidenceMatchTheGraphsSubgraph() throws {
        let store = try PostgresFixture.parityStore.get()
        for depth in 0...3 {
            for direction in [Direction.both, .out, .in] {
                let query = GraphQuery(.neighbors(entity: "Russia", depth: depth, direction: direction), evidence: .all)
                let stored = try store.answer(query).graph
                let inMemory = F.graph.subgraph(around: F.russia.id, depth: depth, direction: direction)
                #expect(StoreFixture.canonical(stored) == StoreFixture.canonical(inMemory), "depth \(depth) \(direction)")
            }
        }
    }
}

/// `timeline` on the PostgreSQL store gives the SQLite store's answer, filters and pairs included.
@Suite(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
struct PostgresTimelineParityTests {
    typealias F = QueryFixture

    static let cases: [(name: String, other: String?, direction: Direction, filter: GraphFilter, period: TimelinePeriod)] = [
        ("moscow", nil, .both, GraphFilter(), .month),
        ("Russia", nil, .out, GraphFilter(), .week),
        ("Russia", nil, .in, GraphFilter(), .day),
        ("Russia", nil, .both, GraphFilter(polarities: [.conflictual]), .month),
        ("Russia", nil, .both, GraphFilter(fromDate: "2024-02-01", toDate: "2024-02-29"), .week),
        ("Russia", nil, .both, GraphFilter(fromDate: "2024-03-01"), .month),
        ("Russia", nil, .both, GraphFilter(contestedOnly: true), .month),
        ("Iran", nil, .both, GraphFilter(includeConcepts: false), .month),
        ("Belarus", "Russia", .both, GraphFilter(), .month),
        ("United States", "Russia", .both, GraphFilter(), .week),
    ]

    @Test func postgresAndSQLiteGiveTheSameTimelines() throws {
        let server = try PostgresFixture.parityStore.get()
        let sqlite = try F.store()
        var counted = 0
        for (name, other, direction, filter, period) in Self.cases {
            let here = Self.sorted(try sqlite.timeline(of: name, with: other, direction: direction, filter: filter, by: period))
            let there = Self.sorted(try server.timeline(of: name, with: other, direction: direction, filter: filter, by: period))
            #expect(here == there, "\(name) \(other ?? "") \(direction) \(period)")
            counted += here.timeline.datedCount
        }
        #expect(counted > 0, "the cases count some evidence")
        #expect { try server.timeline(of: "Russia", with: "Rusia") } throws: { error in
            (error as? QueryError)?.kind == .unknownEntity
        }
    }

    /// The result with the entities' aliases in one order (each store lists them in the order it stored them).
    static func sorted(_ result: TimelineResult) -> TimelineResult {
        var result = result
        result.entity.aliases.sort()
        result.other?.aliases.sort()
        return result
    }
}

/// `changes` on the PostgreSQL store gives the SQLite store's report, for several periods and options, also when
/// the two stores gave the same entities and edges different row ids.
@Suite(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
struct PostgresChangesParityTests {
    typealias F = QueryFixture

    @Test func postgresAndSQLiteGiveTheSameChanges() throws {
        let server = try PostgresFixture.parityStore.get()
        let sqlite = try F.store()
        var listed = 0
        for window in F.changeWindows {
            let here = try sqlite.changes(since: window.since, until: window.until, limit: window.limit,
                                          includeConcepts: window.includeConcepts)
            let there = try server.changes(since: window.since, until: window.until, limit: window.limit,
                                           includeConcepts: window.includeConcepts)
            #expect(F.canonical(here) == F.canonical(there), "\(window)")
            listed += here.newActors.count + here.newEdges.count + here.flips.count + here.busiestPairs.count
        }
        #expect(listed > 0, "the windows list something")
        #expect(throws: QueryError.self) { try server.changes(since: "March") }
    }

    @Test func otherRowIDsGiveTheSameChanges() throws {
        let server = try PostgresFixture.newStore()
        _ = try server.ingest(Array(F.items.reversed()))
        let sqlite = try F.store()
        for window in F.changeWindows {
            let here = try sqlite.changes(since: window.since, until: window.until, limit: window.limit,
                                          includeConcepts: window.includeConcepts)
            let there = try server.changes(since: window.since, until: window.until, limit: window.limit,
                                           includeConcepts: window.includeConcepts)
            #expect(F.canonical(here, examples: false) == F.canonical(there, examples: false), "\(window)")
        }
    }
}
