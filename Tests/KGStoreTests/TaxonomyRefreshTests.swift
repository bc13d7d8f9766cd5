import Foundation
import KGCore
import KGGraph
@testable import KGStore
import Testing

@Suite struct TaxonomyRefreshTests {
    typealias F = StoreFixture

    @Test func newStoresRecordTheCurrentTaxonomy() throws {
        let store = try GraphStore.inMemory()
        #expect(try store.taxonomyVersion() == RelationTaxonomy.version)
        #expect(try store.refreshTaxonomy() == TaxonomyRefresh())
    }

    @Test func edgesGetTheirCategoryPolarityAndWeightWhenStored() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.d1])
        let row = try store.read { db in
            try String.fetchAll(db, sql: "SELECT category || ' ' || polarity || ' ' || weight FROM edge WHERE relation = 'sanction'")
        }
        #expect(row == ["reduce-relations conflictual -8.0"])
    }

    @Test func openingAStoreWithAnOlderTaxonomyRenamesAndReclassifiesItsEdges() throws {
        try F.withDatabasePath { path in
            do {
                let store = try GraphStore(path: path)
                // Graphs built by hand keep their spelling; extraction's graphs are canonical already.
                _ = try store.ingest([
                    F.item("t1", [(F.germany, "criticise", F.russia), (F.iran, "meet with", F.russia)]),
                    F.item("t2", [(F.germany, "criticize", F.russia), (F.iran, "meet", F.russia)]),
                ])
                try store.execute(sql: """
                    UPDATE meta SET value = 'an older taxonomy' WHERE key = 'taxonomyVersion';
                    UPDATE edge SET category = 'other', polarity = 'neutral', weight = 0;
                    """)
            }
            let reopened = try GraphStore(path: path)
            #expect(try reopened.taxonomyVersion() == RelationTaxonomy.version)
            let graph = try reopened.loadGraph()
            #expect(Set(graph.edges.keys.map(\.relation)) == ["criticize", "meet"])
            let criticize = try #require(graph.edges[Edge.ID(subject: F.germany.id, relation: "criticize", object: F.russia.id)])
            #expect(criticize.evidence.count == 2)
            let classes = try reopened.read { db in
                try String.fetchAll(db, sql: "SELECT relation || ' ' || category FROM edge ORDER BY relation")
            }
            #expect(classes == ["criticize disapprove", "meet consult"])
            #expect(try reopened.integrityProblems() == [])
        }
    }

    @Test func readOnlyOpeningsLeaveAStaleTaxonomyAlone() throws {
        try F.withDatabasePath { path in
            do {
                let store = try GraphStore(path: path)
                _ = try store.ingest([F.d1])
                try store.execute(sql: "UPDATE meta SET value = 'an older taxonomy' WHERE key = 'taxonomyVersion'")
            }
            let reader = try GraphStore(path: path, readOnly: true)
            #expect(try reader.taxonomyVersion() == "an older taxonomy")
        }
    }
}
