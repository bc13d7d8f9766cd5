import KGCore
import KGGraph
import KGStore
import Testing

/// `GraphStore.timeline` and `GraphStore.changes` on the query fixture's four dated documents.
@Suite struct TimelineChangesTests {
    @Test func countsAnEntitysEvidenceByMonthWithFilters() throws {
        let store = try QueryFixture.store()
        let result = try store.timeline(of: "moscow", by: .month)
        #expect(result.entity.name == "Russia" && result.other == nil)
        #expect(result.timeline.buckets.map(\.start) == ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"])
        #expect(result.timeline.buckets.map(\.total) == [2, 3, 3, 1])
        #expect(result.timeline.buckets[1].denied == 1, "Belarus did not support Russia in February")
        let conflictual = try store.timeline(of: "Russia", filter: GraphFilter(polarities: [.conflictual]), by: .month)
        #expect(conflictual.timeline.buckets.allSatisfy { $0.cooperative == 0 && $0.neutral == 0 })
        let ranged = try store.timeline(of: "Russia", filter: GraphFilter(fromDate: "2024-02-01", toDate: "2024-02-29"),
                                        by: .week)
        #expect(ranged.timeline.datedCount == 3)
        #expect(ranged.timeline.buckets.first?.start == "2024-01-29", "the range's first week starts on a Monday")
    }

    @Test func aPairCountsBothDirectionsOnly() throws {
        let store = try QueryFixture.store()
        let pair = try store.timeline(of: "Belarus", with: "Russia", by: .month)
        #expect(pair.other?.name == "Russia")
        #expect(pair.edgeCount == 1)
        #expect(pair.timeline.buckets.map(\.start) == ["2024-02-01", "2024-03-01"])
        #expect(pair.timeline.buckets.map(\.denied) == [1, 0])
        #expect(pair.timeline.buckets.map(\.cooperative) == [0, 1])
        #expect(throws: StoreError.self) { try store.timeline(of: "Russia", with: "Rusia") }
    }

    @Test func reportsNewActorsNewEdgesFlipsAndBusiestPairs() throws {
        let store = try QueryFixture.store()
        let report = try store.changes(since: "2024-03-01")
        #expect(Set(report.newActors.map(\.entity.name)) == [QueryFixture.germany.name, QueryFixture.hostile.name])
        #expect(report.newActorCount == 2)
        #expect(report.newEdgeCount == 3, "condemn, praise, ask: \(report.newEdges.map(\.id))")
        let flip = try #require(report.flips.first)
        #expect(flip.kind == .stance && flip.relation == "support")
        #expect((flip.before.asserted, flip.before.denied, flip.since.asserted, flip.since.denied) == (0, 1, 1, 0))
        #expect(report.busiestPairs.count == 5)
        #expect(report.busiestPairs.allSatisfy { $0.evidenceCount == 1 })
        let april = try store.changes(since: "2024-01-01", until: "2024-01-31")
        #expect(april.newActors.map(\.entity.name).contains("Iran"))
        #expect(april.newActors.allSatisfy { $0.entity.type != .concept }, "concepts are left out by default")
        #expect(try store.changes(since: "2024-01-01", includeConcepts: true).newActors.contains { $0.entity.type == .concept })
        #expect(throws: QueryError.self) { try store.changes(since: "March") }
    }

    @Test func ordersTiesAndOrientsPairsByEntityKeyNotRowID() throws {
        let report = try QueryFixture.store().changes(since: "2024-03-01")
        // Every pair has one sentence: key order (country:… before org:…), each pair's smaller key first.
        #expect(report.busiestPairs.map { "\($0.first.name) – \($0.second.name)" } == [
            "Belarus – Russia", "Germany – Russia", "Germany – Ukraine", "Russia – Ukraine",
            "Russia – \(QueryFixture.hostile.name)",
        ])
        #expect(report.newEdges.map(\.id.relation) == ["condemn", "ask", "praise"], "by subject key")
        // Ingested the other way round, the entities and edges get other row ids but the same report.
        let (forward, reversed) = (try QueryFixture.store(), try GraphStore.inMemory())
        _ = try reversed.ingest(Array(QueryFixture.items.reversed()))
        for window in QueryFixture.changeWindows {
            func report(_ store: GraphStore) throws -> ChangeReport {
                QueryFixture.canonical(try store.changes(since: window.since, until: window.until, limit: window.limit,
                                                         includeConcepts: window.includeConcepts), examples: false)
            }
            #expect(try report(forward) == report(reversed), "\(window)")
        }
    }

    @Test func theGraphInMemoryGivesTheStoresReport() throws {
        let store = try QueryFixture.store()
        var listed = 0
        for window in QueryFixture.changeWindows {
            let stored = try store.changes(since: window.since, until: window.until, limit: window.limit,
                                           includeConcepts: window.includeConcepts)
            let inMemory = try QueryFixture.graph.changes(since: window.since, until: window.until, limit: window.limit,
                                                          includeConcepts: window.includeConcepts)
            #expect(QueryFixture.canonical(stored) == QueryFixture.canonical(inMemory), "\(window)")
            listed += stored.newActors.count + stored.newEdges.count + stored.flips.count + stored.busiestPairs.count
        }
        #expect(listed > 0, "the windows list something")
        #expect(throws: QueryError.self) { try QueryFixture.graph.changes(since: "2024-03-01", until: "2024-02-01") }
    }
}
