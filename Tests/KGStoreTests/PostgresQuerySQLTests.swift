import KGCore
import KGGraph
@testable import KGPostgres
import KGStore
import KGTestSupport
import Testing

/// Entity listings, contested edges, the strongest edges and paths, answered in SQL on PostgreSQL: the same
/// answers as the SQLite store and the graph in memory, on made-up articles full of ties (in degree, evidence
/// and path strength) so every tie-break shows, also in a database whose collation orders keys unlike Swift;
/// and without reading the whole graph.
@Suite(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
struct PostgresQuerySQLTests {
    typealias F = QueryFixture

    // Six organisations praise one holding once each: one degree, one evidence count, so keys decide their
    // order. Hyphens, spaces and accents sort differently under a linguistic collation than byte by byte.
    static let hub = Entity(name: "Acme Holdings", type: .org)
    static let alNoor = Entity(name: "Al-Noor Group", type: .org)
    static let alnoor = Entity(name: "Alnoor Group", type: .org)
    static let alesund = Entity(name: "Ålesund Club", type: .org)
    static let zeta = Entity(name: "Zeta Club", type: .org)
    static let eire = Entity(name: "Eire Trust", type: .org, aliases: ["Irish Trust"])
    static let eireAccent = Entity(name: "Éire Trust", type: .org)
    static let lopez = Entity(name: "Maria Lopez", type: .person)
    static let lopezAccent = Entity(name: "María López", type: .person)
    static let north = Entity(name: "Northland", type: .country, aliases: ["Nordville"])
    static let south = Entity(name: "Southland", type: .country)
    static let east = Entity(name: "Eastland", type: .country)
    static let west = Entity(name: "Westland", type: .country)
    static let drones = Entity(name: "Attack drones", type: .concept)

    /// Five dated documents: ties everywhere, four contested edges (one to a concept), and several paths of
    /// equal length and strength between the four countries.
    static var items: [IngestItem] {
        [
            F.document("p1", date: "2024-01-05", [alNoor, alnoor, alesund, zeta, eire, eireAccent].map {
                ($0, "praise", hub, false)
            }),
            F.document("p2", date: "2024-02-05", [
                (north, "attack", south, false), (north, "attack", south, false), (north, "supply", drones, false),
                (south, "condemn", north, false), (lopez, "criticise", north, false),
                (lopezAccent, "criticise", north, false),
            ]),
            F.document("p3", date: "2024-03-05", [
                (north, "attack", south, true), (east, "support", west, false), (east, "support", west, true),
                (west, "support", east, false), (west, "support", east, true), (north, "supply", drones, true),
            ]),
            F.document("p4", date: "2024-04-05", [
                (east, "trade", north, false), (north, "trade", west, false), (south, "trade", east, false),
                (west, "trade", south, false), (hub, "invest", east, false), (hub, "invest", west, false),
            ]),
            F.document("p5", date: "2024-05-05", [
                (lopez, "meet", east, false), (lopezAccent, "meet", west, false), (zeta, "sue", lopez, false),
                (south, "condemn", north, false),
            ]),
        ]
    }

    static func filter(_ build: (inout GraphFilter) -> Void) -> GraphFilter {
        var filter = GraphFilter()
        build(&filter)
        return filter
    }

    static let queries: [GraphQuery] = [
        GraphQuery(.entities(type: nil, search: nil)),
        GraphQuery(.entities(type: nil, search: nil), limit: 3),
        // The cut falls inside the six organisations that tie on degree and evidence.
        GraphQuery(.entities(type: nil, search: nil), limit: 9),
        GraphQuery(.entities(type: .org, search: nil), limit: 4),
        GraphQuery(.entities(type: .person, search: nil)),
        GraphQuery(.entities(type: .concept, search: nil)),
        GraphQuery(.entities(type: nil, search: nil), filter: filter { $0.includeConcepts = false }, limit: 12),
        GraphQuery(.entities(type: .concept, search: nil), filter: filter { $0.includeConcepts = false }),
        GraphQuery(.entities(type: nil, search: "club")),
        GraphQuery(.entities(type: nil, search: "noor")),
        GraphQuery(.entities(type: nil, search: "eire")),
        GraphQuery(.entities(type: nil, search: "irish")),
        GraphQuery(.entities(type: nil, search: "land"), limit: 2),
        GraphQuery(.entities(type: .org, search: "trust")),
        GraphQuery(.entities(type: nil, search: "at"), filter: filter { $0.includeConcepts = false }),
        GraphQuery(.entities(type: nil, search: "nobody at all")),
        GraphQuery(.contested),
        // Three contested edges tie at two sentences below the three-sentence attack.
        GraphQuery(.contested, limit: 2),
        GraphQuery(.contested, limit: 1, evidence: .all),
        GraphQuery(.contested, filter: filter { $0.includeConcepts = false }),
        GraphQuery(.contested, filter: filter { $0.minimumEvidence = 3 }),
        GraphQuery(.contested, filter: filter { $0.relations = ["support"] }, limit: 1),
        GraphQuery(.contested, filter: filter { $0.fromDate = "2024-03-01"; $0.toDate = "2024-03-31" }),
        GraphQuery(.contested, filter: filter { $0.toDate = "2024-02-28" }),
        GraphQuery(.whole),
        GraphQuery(.whole, limit: 1),
        GraphQuery(.whole, limit: 4),
        GraphQuery(.whole, limit: 6, evidence: .all),
        GraphQuery(.whole, filter: filter { $0.polarities = [.cooperative] }, limit: 3),
        // Six praise edges tie at one sentence: the cut is by subject key, where collations disagree.
        GraphQuery(.whole, filter: filter { $0.relations = ["praise"] }, limit: 3),
        GraphQuery(.whole, filter: filter { $0.relations = ["praise"] }, limit: 5),
        GraphQuery(.whole, filter: filter { $0.categories = [.assault] }),
        GraphQuery(.whole, filter: filter { $0.minimumEvidence = 2 }),
        GraphQuery(.whole, filter: filter { $0.fromDate = "2024-04-01" }, limit: 5),
        GraphQuery(.whole, filter: filter { $0.fromDate = "2024-02-01"; $0.toDate = "2024-02-10" }),
        GraphQuery(.whole, filter: filter { $0.includeConcepts = false; $0.contestedOnly = true }),
        GraphQuery(.path(from: "Southland", to: "Westland", maxLength: 3)),
        // Two paths of equal strength through Eastland and Westland: entity keys break the tie.
        GraphQuery(.path(from: "Acme Holdings", to: "Northland", maxLength: 2)),
        GraphQuery(.path(from: "Acme Holdings", to: "Northland", maxLength: 3), limit: 1),
        GraphQuery(.path(from: "Acme Holdings", to: "Southland", maxLength: 2), evidence: .all),
        GraphQuery(.path(from: "Maria Lopez", to: "María López", maxLength: 4)),
        GraphQuery(.path(from: "Al-Noor Group", to: "Attack drones", maxLength: 6)),
        GraphQuery(.path(from: "Al-Noor Group", to: "Attack drones", maxLength: 6),
                   filter: filter { $0.includeConcepts = false }),
        GraphQuery(.path(from: "Zeta Club", to: "Southland", maxLength: 4), filter: filter { $0.relations = ["trade", "meet", "sue"] }),
        GraphQuery(.path(from: "Nordville", to: "Westland", maxLength: 2), filter: filter { $0.minimumEvidence = 2 }),
        GraphQuery(.path(from: "Eastland", to: "Southland", maxLength: 3),
                   filter: filter { $0.fromDate = "2024-03-01"; $0.toDate = "2024-04-30" }),
        GraphQuery(.path(from: "Eastland", to: "Eastland", maxLength: 2)),
        GraphQuery(.path(from: "Acme Holdings", to: "Zeta Club", maxLength: 1)),
    ]

    /// The items in SQLite, in memory.
    static let sqlite: Result<GraphStore, any Error> = Result {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(items)
        return store
    }

    /// The items in PostgreSQL, in a database of the cluster's byte-order (C) collation.
    static let server: Result<PostgresStore, any Error> = Result {
        let store = try PostgresFixture.newStore()
        _ = try store.ingest(items)
        return store
    }

    /// The items in PostgreSQL, in a database whose collation (ICU, English) puts "Éire" before "Zeta" and
    /// ignores hyphens, unlike Swift's order of keys.
    static let linguisticServer: Result<PostgresStore, any Error> = Result {
        let cluster = try PostgresFixture.cluster()
        let name = "linguistic_\(UInt32.random(in: 0...UInt32.max))"
        try cluster.sql("CREATE DATABASE \(name) TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
        let store = try PostgresStore(location: PostgresLocation(url: cluster.url(database: name)))
        _ = try store.ingest(items)
        return store
    }

    @Test(arguments: queries)
    func postgresAnswersInSQLAsSQLiteAndMemoryDo(query: GraphQuery) throws {
        let inMemory = F.canonical(try StoreFixture.merged(Self.items).answer(query))
        let fromSQLite = F.canonical(try Self.sqlite.get().answer(query))
        #expect(fromSQLite == inMemory, "SQLite and memory differ for \(query)")
        #expect(F.canonical(try Self.server.get().answer(query)) == inMemory, "PostgreSQL and memory differ for \(query)")
        #expect(F.canonical(try Self.linguisticServer.get().answer(query)) == inMemory,
                "PostgreSQL (en-US collation) and memory differ for \(query)")
    }

    @Test func theFixtureHasTheTiesItClaims() throws {
        let graph = StoreFixture.merged(Self.items)
        let organisations = try graph.answer(GraphQuery(.entities(type: .org, search: nil))).entities
        let tied = organisations.filter { $0.degree == 1 && $0.evidenceCount == 1 }.map(\.entity.id)
        #expect(tied.count == 5 && tied == tied.sorted())
        #expect(tied.contains(Self.eireAccent.id) && tied.last == Self.eireAccent.id, "Éire sorts last byte by byte")
        let contested = try graph.answer(GraphQuery(.contested)).rows.map(\.evidenceCount)
        #expect(contested == [3, 2, 2, 2])
        let paths = try graph.answer(GraphQuery(.path(from: "Acme Holdings", to: "Northland", maxLength: 2))).paths
        #expect(paths.map(\.entities) == [[Self.hub.id, Self.east.id, Self.north.id], [Self.hub.id, Self.west.id, Self.north.id]])
    }

    @Test func noQueryTimelineOrChangeReportReadsTheWholeGraph() throws {
        let store = try PostgresFixture.newStore()
        _ = try store.ingest(Self.items)
        let reader = try PostgresStore(location: store.server, readOnly: true)
        for query in Self.queries { _ = try reader.answer(query) }
        #expect(reader.cache.isEmpty, "a query read the whole graph")
        _ = try reader.answer(GraphQuery(.neighbors(entity: "Acme Holdings", depth: 2, direction: .both), limit: 3))
        _ = try reader.answer(GraphQuery(.neighbors(entity: "Northland", depth: 1, direction: .in), evidence: .all))
        _ = try reader.answer(GraphQuery(.evidence(subject: "Acme Holdings", object: "Northland", relation: nil)))
        _ = try reader.timeline(of: "Acme Holdings", by: .week)
        _ = try reader.timeline(of: "Acme Holdings", with: "Northland", by: .month)
        _ = try reader.changes(since: "0001-01-01")
        #expect(reader.cache.isEmpty, "a neighbourhood, evidence, timeline or change report read the whole graph")
        // The check can fail: reading the graph fills the cache.
        _ = try reader.loadGraph()
        #expect(!reader.cache.isEmpty)
    }

    @Test func unknownNamesInPathsSuggestLikeMemory() throws {
        let query = GraphQuery(.path(from: "Northland", to: "Eastlnd", maxLength: 3))
        #expect { try Self.server.get().answer(query) } throws: { error in
            (error as? QueryError)?.kind == .unknownEntity && (error as? QueryError)?.hint == "did you mean 'Eastland'?"
        }
    }
}
