import KGCore
import KGGraph
import KGStore
import Testing

/// Every kind of query gives the same answer from the store (through its indexes) as from the same graph in
/// memory, and the answers are the ones a reader of the fixture expects.
@Suite struct GraphQueryParityTests {
    typealias F = QueryFixture

    let store: GraphStore
    let graph = F.graph

    init() throws {
        store = try F.store()
    }

    /// Answers from both executors, checked equal; the store's is returned.
    func answer(_ query: GraphQuery, sourceLocation: SourceLocation = #_sourceLocation) throws -> QueryResult {
        let stored = F.canonical(try store.answer(query))
        let inMemory = F.canonical(try graph.answer(query))
        #expect(stored == inMemory, "store and memory differ for \(query)", sourceLocation: sourceLocation)
        return stored
    }

    static func filter(_ build: (inout GraphFilter) -> Void) -> GraphFilter {
        var filter = GraphFilter()
        build(&filter)
        return filter
    }

    static let parityQueries: [GraphQuery] = [
        GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .both)),
        GraphQuery(.neighbors(entity: "moscow", depth: 2, direction: .both)),
        GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .in), limit: 2),
        GraphQuery(.neighbors(entity: "Russia", depth: 3, direction: .out)),
        GraphQuery(.neighbors(entity: "Russia", depth: 0, direction: .both)),
        GraphQuery(.neighbors(entity: "Russia", depth: 2, direction: .both), filter: filter { $0.minimumEvidence = 2 }),
        GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .both), filter: filter { $0.relations = ["attack", "buy"] }),
        GraphQuery(.neighbors(entity: "Russia", depth: 2, direction: .both), filter: filter { $0.categories = [.coerce, .assault] }),
        GraphQuery(.neighbors(entity: "Iran", depth: 2, direction: .both), filter: filter { $0.polarities = [.cooperative] }),
        GraphQuery(.neighbors(entity: "Iran", depth: 1, direction: .both), filter: filter { $0.includeConcepts = false }),
        GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .both), filter: filter { $0.contestedOnly = true }),
        GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .both), filter: filter {
            $0.fromDate = "2024-02-01"; $0.toDate = "2024-02-28" }),
        GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .both), filter: filter { $0.fromDate = "2024-03-01" }),
        GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .both), filter: filter { $0.toDate = "2024-01-31" }),
        GraphQuery(.path(from: "United States", to: "Ukraine", maxLength: 4)),
        GraphQuery(.path(from: "Washington", to: "Iranian drones", maxLength: 3)),
        GraphQuery(.path(from: "Belarus", to: "Germany", maxLength: 2)),
        GraphQuery(.path(from: "Belarus", to: "Germany", maxLength: 1)),
        GraphQuery(.path(from: "Iran", to: "Germany", maxLength: 6), limit: 1),
        GraphQuery(.path(from: "Iran", to: "Iran", maxLength: 2)),
        GraphQuery(.path(from: "Iran", to: "Ukraine", maxLength: 4), filter: filter { $0.relations = ["buy", "supply"] }),
        GraphQuery(.entities(type: nil, search: nil)),
        GraphQuery(.entities(type: .country, search: nil), limit: 3),
        GraphQuery(.entities(type: nil, search: nil), filter: filter { $0.includeConcepts = false }),
        GraphQuery(.entities(type: nil, search: "rus")),
        GraphQuery(.entities(type: nil, search: "iran")),
        GraphQuery(.entities(type: nil, search: "kraine")),
        GraphQuery(.entities(type: nil, search: "Rusia")),
        GraphQuery(.entities(type: nil, search: "kremlin")),
        GraphQuery(.entities(type: .concept, search: "iran")),
        GraphQuery(.entities(type: nil, search: "<script>")),
        GraphQuery(.evidence(subject: "United States", object: "Russia", relation: nil)),
        GraphQuery(.evidence(subject: "washington", object: "the kremlin", relation: nil)),
        GraphQuery(.evidence(subject: "Belarus", object: "Russia", relation: "support")),
        GraphQuery(.evidence(subject: "Russia", object: "Ukraine", relation: nil), limit: 1),
        GraphQuery(.evidence(subject: "Russia", object: "Ukraine", relation: nil), filter: filter {
            $0.fromDate = "2024-03-01"; $0.toDate = "2024-03-31" }),
        GraphQuery(.evidence(subject: "Russia", object: "United States", relation: nil)),
        GraphQuery(.contested),
        GraphQuery(.whole),
        GraphQuery(.whole, limit: 3),
        GraphQuery(.whole, filter: filter { $0.polarities = [.conflictual] }),
    ]

    @Test(arguments: parityQueries)
    func storeAndMemoryGiveTheSameAnswer(query: GraphQuery) throws {
        _ = try answer(query)
    }

    @Test func neighborsListsNearerHopsFirstThenStrongest() throws {
        let result = try answer(GraphQuery(.neighbors(entity: "Russia", depth: 2, direction: .both)))
        #expect(result.anchors.map(\.id) == [F.russia.id])
        let hops = result.rows.map(\.hop)
        #expect(hops == hops.sorted())
        // Three hop-1 edges have two sentences each; ties go to the smaller edge id (Belarus's).
        #expect(result.rows.prefix(3).map(\.evidenceCount) == [2, 2, 2])
        #expect(result.rows.first?.id == Edge.ID(subject: F.belarus.id, relation: "support", object: F.russia.id))
        #expect(result.rows.contains { $0.id.relation == "supply" && $0.hop == 2 })
        #expect(result.rows.contains { $0.id.relation == "ask" && $0.hop == 2 })
        #expect(!result.truncated && result.totalCount == result.rows.count)
    }

    @Test func neighborsCarryOneExampleAndTheTotals() throws {
        let result = try answer(GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .both)))
        let sanction = try #require(result.graph.edges[Edge.ID(subject: F.unitedStates.id, relation: "sanction",
                                                                 object: F.russia.id)])
        #expect(sanction.evidence.count == 1)
        #expect(sanction.evidenceCount == 2)
        #expect(sanction.firstDate == "2024-01-10" && sanction.lastDate == "2024-02-10")
        #expect(sanction.evidence.first?.documentTitle == "Title of a")
    }

    @Test func limitCutsTheWeakestAndSaysSo() throws {
        let result = try answer(GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .in), limit: 2))
        #expect(result.rows.count == 2)
        #expect(result.totalCount == 4)
        #expect(result.truncated)
        #expect(result.graph.edgeCount == 2)
    }

    @Test func twoSidedDateRangeNeedsASentenceInside() throws {
        var filter = GraphFilter()
        // US sanction Russia has sentences on 01-10 and 02-10: its span covers 01-20…01-31, no sentence does.
        filter.fromDate = "2024-01-20"
        filter.toDate = "2024-01-31"
        let result = try answer(GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .both), filter: filter))
        #expect(result.rows.isEmpty)
    }

    @Test func contestedShowsAnAssertingAndADenyingSentence() throws {
        let result = try answer(GraphQuery(.contested))
        #expect(result.rows.map(\.id) == [Edge.ID(subject: F.belarus.id, relation: "support", object: F.russia.id)])
        let edge = try #require(result.graph.edges.values.first)
        #expect(Set(edge.evidence.map(\.negated)) == [true, false])
        #expect(result.rows.first?.isContested == true)
    }

    @Test func pathListsEachHopWithAllItsEvidence() throws {
        let result = try answer(GraphQuery(.path(from: "United States", to: "Ukraine", maxLength: 4)))
        #expect(result.paths == [GraphPath(
            entities: [F.unitedStates.id, F.russia.id, F.ukraine.id],
            hops: [[Edge.ID(subject: F.unitedStates.id, relation: "sanction", object: F.russia.id)],
                   [Edge.ID(subject: F.russia.id, relation: "attack", object: F.ukraine.id)]])])
        #expect(result.rows.map(\.hop) == [1, 2])
        let attack = try #require(result.graph.edges[Edge.ID(subject: F.russia.id, relation: "attack", object: F.ukraine.id)])
        #expect(attack.evidence.count == 2 && !attack.isSampled)
    }

    @Test func pathFollowsEdgesEitherWayAndListsEveryShortestPath() throws {
        // Iran ← buy — Russia, then Russia to Germany two ways: condemn (Germany → Russia) and via Ukraine.
        let result = try answer(GraphQuery(.path(from: "Iran", to: "Germany", maxLength: 6)))
        #expect(result.paths.map(\.entities) == [[F.iran.id, F.russia.id, F.germany.id]])
        let longer = try answer(GraphQuery(.path(from: "Belarus", to: "Germany", maxLength: 3)))
        #expect(longer.paths.count == 1)
        #expect(try answer(GraphQuery(.path(from: "Belarus", to: "Germany", maxLength: 1))).paths.isEmpty)
        let noConcept = try answer(GraphQuery(.path(from: "Washington", to: "Iranian drones", maxLength: 3),
                                              filter: Self.filter { $0.includeConcepts = false }))
        #expect(noConcept.paths.isEmpty)
    }

    @Test func entitiesRankBetterMatchesThenDegree() throws {
        let all = try answer(GraphQuery(.entities(type: nil, search: nil)))
        #expect(all.entities.first?.entity.id == F.russia.id)
        #expect(all.entities.first?.degree == 6)
        #expect(all.entities.first?.evidenceCount == 9)
        let iran = try answer(GraphQuery(.entities(type: nil, search: "iran")))
        #expect(iran.entities.map(\.entity.id) == [F.iran.id, F.drones.id])
        #expect(iran.entities.map(\.match) == [.exact, .prefix])
        let typo = try answer(GraphQuery(.entities(type: nil, search: "Rusia")))
        #expect(typo.entities.first?.entity.id == F.russia.id)
        #expect(typo.entities.first?.match == .similar(distance: 1))
        let alias = try answer(GraphQuery(.entities(type: nil, search: "kremlin")))
        #expect(alias.entities.map(\.entity.id) == [F.russia.id])
        #expect(alias.entities.first?.match == .wordPrefix)
    }

    @Test func hostileNamesAreFoundAndKeptVerbatim() throws {
        let found = try answer(GraphQuery(.entities(type: nil, search: "<script>")))
        #expect(found.entities.map(\.entity.name) == [F.hostile.name])
        let evidence = try answer(GraphQuery(.evidence(subject: F.hostile.name, object: "Russia", relation: nil)))
        #expect(evidence.rows.first?.subjectName == F.hostile.name)
        #expect(evidence.graph.entities[F.hostile.id]?.name.contains("\n") == true)
    }

    @Test func evidenceListsEverySentenceWithTitleDateAndAttribution() throws {
        let result = try answer(GraphQuery(.evidence(subject: "United States", object: "Russia", relation: nil)))
        let edge = try #require(result.graph.edges.values.first)
        #expect(edge.evidence.map(\.documentTitle) == ["Title of a", "Title of b"])
        #expect(edge.evidence.map(\.date) == ["2024-01-10", "2024-02-10"])
        #expect(edge.evidence.last?.attribution?.text == "officials")
        let limited = try answer(GraphQuery(.evidence(subject: "Russia", object: "Ukraine", relation: nil), limit: 1))
        #expect(limited.truncated && limited.totalCount == 2)
        #expect(limited.graph.edges.values.first?.evidenceCount == 2)
        #expect(limited.graph.edges.values.first?.evidence.count == 1)
        #expect(try answer(GraphQuery(.evidence(subject: "Russia", object: "United States", relation: nil))).rows.isEmpty)
    }

    @Test func unknownEntitiesSuggestNamesInBothExecutors() throws {
        let query = GraphQuery(.neighbors(entity: "Rusia", depth: 1, direction: .both))
        #expect { try store.answer(query) } throws: { error in
            (error as? StoreError)?.kind == .unknownEntity && (error as? StoreError)?.hint == "did you mean 'Russia'?"
        }
        #expect { try graph.answer(query) } throws: { error in
            (error as? QueryError)?.kind == .unknownEntity && (error as? QueryError)?.suggestions == ["Russia"]
        }
    }

    @Test(arguments: [
        GraphQuery(.neighbors(entity: "Russia", depth: 9, direction: .both)),
        GraphQuery(.path(from: "Russia", to: "Iran", maxLength: 0)),
        GraphQuery(.whole, limit: 0),
        GraphQuery(.whole, filter: filter { $0.fromDate = "March" }),
        GraphQuery(.whole, filter: filter { $0.fromDate = "2024-05-01"; $0.toDate = "2024-01-01" }),
        GraphQuery(.whole, filter: filter { $0.minimumEvidence = 0 }),
    ])
    func outOfRangeQueriesAreRejected(query: GraphQuery) throws {
        #expect(throws: QueryError.self) { try store.answer(query) }
        #expect(throws: QueryError.self) { try graph.answer(query) }
    }

    @Test func storeKeepsEntityDegreesThroughReplacedDocuments() throws {
        #expect(try store.integrityProblems().isEmpty)
        _ = try store.ingest([F.document("b", date: "2024-02-11", hash: "b2", [(F.russia, "attack", F.ukraine, false)])])
        #expect(try store.integrityProblems().isEmpty)
        let stored = try store.answer(GraphQuery(.entities(type: nil, search: "belarus")))
        #expect(stored.entities.first?.degree == 1)
        #expect(stored.entities.first?.evidenceCount == 1)
    }
}
