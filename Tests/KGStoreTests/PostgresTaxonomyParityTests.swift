import Foundation
import KGCore
import KGGraph
@testable import KGPostgres
@testable import KGStore
import Testing

/// A change of the relation taxonomy on both stores: edges written under an older taxonomy (spellings it did
/// not canonicalise) are renamed, folded together and reclassified when a writer opens the store, ending in
/// the same graph, counts, merge records and query answers on an SQLite file and a PostgreSQL server, with
/// every evidence row kept.
@Suite(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
struct PostgresTaxonomyParityTests {
    typealias F = StoreFixture
    typealias M = MergeTests
    typealias P = PostgresMergeParityTests

    /// Graphs built by hand keep their spelling, as an older taxonomy stored them. Under the current one:
    /// "criticise" meets "criticize" (after Volodya is merged into Vladimir Putin), "meet with" and "meet up
    /// with" meet "meet", "hold talks with" and "speak with" meet at "talk with" which neither had, and
    /// "pull out of" becomes "withdraw from" alone; "sanction" stays.
    static var items: [IngestItem] {
        [
            F.item("t1", [(M.putin, "criticise", F.russia), (F.iran, "meet with", F.russia),
                          (F.iran, "hold talks with", F.russia)]),
            F.item("t2", [(M.vladimirPutin, "criticize", F.russia), (F.iran, "meet", F.russia),
                          (F.iran, "speak with", F.russia), (F.germany, "sanction", F.russia)]),
            F.item("t3", [(F.iran, "meet up with", F.russia), (F.germany, "pull out of", F.ukraine)]),
        ]
    }

    /// Nine edges before, five after: six renamed, four of them folded into another edge.
    static let expectedRefresh = {
        var refresh = TaxonomyRefresh()
        refresh.edgesRenamed = 6
        refresh.edgesCombined = 4
        refresh.edgesReclassified = 3
        return refresh
    }()

    static let canonicalRelations: Set<String> = ["criticize", "meet", "talk with", "sanction", "withdraw from"]

    @Test func reopeningUnderAChangedTaxonomyRenamesAndFoldsEdgesAlikeOnBothStores() throws {
        try F.withDatabasePath { path in
            let (_, url) = try PostgresFixture.newDatabase()
            do {
                let sqlite = try GraphStore(path: path)
                let server = try PostgresStore(location: PostgresLocation(url: url))
                try Self.writeUnderAnOlderTaxonomy(sqlite, server)
                #expect(try sqlite.stats().edges == 9)
            }
            let sqlite = try GraphStore(path: path)
            let server = try PostgresStore(location: PostgresLocation(url: url))
            try Self.expectRefreshed(sqlite, server)
            #expect(try sqlite.refreshTaxonomy() == TaxonomyRefresh(), "a current taxonomy changes nothing")
            #expect(try server.refreshTaxonomy() == TaxonomyRefresh(), "a current taxonomy changes nothing")

            // The merge record still owns the evidence it moved, now on the renamed edge: the split takes it back.
            let split = P.outcome(of: .split("Volodya"), on: sqlite)
            #expect(split == P.outcome(of: .split("Volodya"), on: server))
            #expect(split.contains("evidenceMoved: 1"), "\(split)")
            try P.expectSameContents(sqlite, server, after: "split after the refresh")
            let putin = try #require(try server.loadGraph().edges[
                Edge.ID(subject: M.putin.id, relation: "criticize", object: F.russia.id)])
            #expect(putin.evidence.map(\.documentID) == ["t1"])
        }
    }

    @Test func refreshingAnOpenStoreReportsTheSameChangesOnBoth() throws {
        let sqlite = try GraphStore.inMemory()
        let server = try PostgresFixture.newStore()
        try Self.writeUnderAnOlderTaxonomy(sqlite, server)
        let here = try sqlite.refreshTaxonomy()
        let there = try server.refreshTaxonomy()
        #expect(here == Self.expectedRefresh)
        #expect(there == here)
        // Every edge was set to "other" above; the two renamed in place were classified as they moved, the
        // other three (criticize, meet, sanction) now.
        #expect(there.edgesReclassified == 3)
        try Self.expectRefreshed(sqlite, server)
    }

    /// Ingests `items` into both, merges Volodya into Vladimir Putin, then marks the edges as classified by an
    /// older taxonomy (another version, every edge "other").
    static func writeUnderAnOlderTaxonomy(_ sqlite: GraphStore, _ server: PostgresStore) throws {
        for step: P.Step in [.ingest(items), .merge("Volodya", into: "Vladimir Putin")] {
            #expect(P.outcome(of: step, on: sqlite) == P.outcome(of: step, on: server), "\(step)")
        }
        try P.expectSameContents(sqlite, server, after: "writing under the older taxonomy")
        try sqlite.execute(sql: """
            UPDATE meta SET value = 'an older taxonomy' WHERE key = 'taxonomyVersion';
            UPDATE edge SET category = 'other', polarity = 'neutral', weight = 0;
            """)
        try server.session.rows("UPDATE meta SET value = 'an older taxonomy' WHERE key = 'taxonomyVersion'")
        try server.session.rows("UPDATE edge SET category = 'other', polarity = 'neutral', weight = 0")
    }

    /// Both stores hold the canonical relations, classified by the current taxonomy, with all nine evidence rows.
    static func expectRefreshed(_ sqlite: GraphStore, _ server: PostgresStore) throws {
        #expect(try sqlite.taxonomyVersion() == RelationTaxonomy.version)
        #expect(try server.taxonomyVersion() == RelationTaxonomy.version)
        try P.expectSameContents(sqlite, server, after: "the refresh")
        let graph = try server.loadGraph()
        #expect(Set(graph.edges.keys.map(\.relation)) == canonicalRelations)
        let stats = try server.stats()
        #expect(stats.edges == 5)
        #expect(stats.evidence == 9, "no evidence is lost")
        let talks = try #require(graph.edges[Edge.ID(subject: F.iran.id, relation: "talk with", object: F.russia.id)])
        #expect(Set(talks.evidence.map(\.relationText)) == ["hold talks with", "speak with"])
        let classes = try sqlite.read { db in
            try String.fetchAll(db, sql: "SELECT relation || ' ' || category || ' ' || polarity FROM edge ORDER BY relation")
        }
        let serverClasses = try server.session.rows("""
            SELECT relation || ' ' || category || ' ' || polarity FROM edge ORDER BY relation COLLATE "C"
            """).map { try $0.decode(String.self) }
        #expect(classes == serverClasses)
        #expect(classes.first == "criticize disapprove \(RelationTaxonomy.classify("criticize").polarity.rawValue)")
        #expect(!classes.contains { $0.hasSuffix(" other neutral") })
    }
}
