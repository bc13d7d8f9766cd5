import Foundation
import KGCore
import KGGraph
@testable import KGStore
import Testing

@Suite struct IngestTests {
    typealias F = StoreFixture

    @Test func roundTripGivesBackTheIngestedGraph() throws {
        let store = try GraphStore.inMemory()
        let batch = [F.d1, F.d2, F.d3]
        let summary = try store.ingest(batch)
        let expected = F.merged(batch)
        #expect(F.canonical(try store.loadGraph()) == F.canonical(expected))
        #expect(summary.documentsAdded == 3)
        #expect(summary.entitiesAdded == expected.entityCount)
        #expect(summary.edgesAdded == expected.edgeCount)
        #expect(summary.evidenceAdded == expected.evidenceCount)
        #expect(summary.sentences == 5 + 5 + 4)
        #expect(try store.stats() == StoreStats(
            documents: 3, sentences: 14, entities: expected.entityCount, edges: expected.edgeCount,
            evidence: expected.evidenceCount))
    }

    @Test func roundTripKeepsEveryEvidenceField() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.d1])
        let loaded = try store.loadGraph()
        let id = Edge.ID(subject: F.russia.id, relation: "buy", object: F.iran.id)
        let evidence = try #require(loaded.edges[id]?.evidence.first)
        #expect(evidence == F.d1.graph.edges[id]?.evidence.first)
        #expect(evidence.attribution?.verb == "claim")
        #expect(evidence.modality == "will")
        #expect(loaded.entities[F.russia.id]?.aliases == ["Moscow", "the Kremlin"])
    }

    @Test func reingestingTheSameBatchAddsNothing() throws {
        let store = try GraphStore.inMemory()
        let batch = [F.d1, F.d2]
        _ = try store.ingest(batch)
        let before = try store.stats()
        let graphBefore = try store.loadGraph()
        let again = try store.ingest(batch)
        #expect(try store.stats() == before)
        #expect(try store.loadGraph() == graphBefore)
        var expected = IngestSummary()
        expected.documentsUnchanged = 2
        #expect(again == expected)
    }

    @Test func sameDocumentTwiceInOneBatchCountsOnce() throws {
        let store = try GraphStore.inMemory()
        let summary = try store.ingest([F.d1, F.d1])
        #expect(summary.documentsAdded == 1)
        #expect(summary.documentsUnchanged == 1)
        #expect(try store.stats().evidence == F.d1.graph.evidenceCount)
    }

    @Test func changedDocumentReplacesItsEvidenceAndRemovesOrphans() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.d1, F.d2])
        let summary = try store.ingest([F.d2Changed])
        #expect(summary.documentsReplaced == 1)
        #expect(summary.evidenceRemoved == 3)
        #expect(summary.evidenceAdded == 2)
        // Belarus → Russia was only in the old d2; Ukraine → Germany is new.
        #expect(summary.edgesRemoved == 1)
        #expect(summary.entitiesRemoved == 1)
        #expect(summary.edgesAdded == 1)
        #expect(summary.entitiesAdded == 1)

        let fresh = try GraphStore.inMemory()
        _ = try fresh.ingest([F.d1, F.d2Changed])
        #expect(try store.stats() == fresh.stats())
        #expect(F.canonical(try store.loadGraph()) == F.canonical(try fresh.loadGraph()))
        #expect(try store.integrityProblems().isEmpty)
        let strongest = GraphQuery(.whole, limit: 10, evidence: .all)
        #expect(F.canonical(try store.answer(strongest).graph) == F.canonical(try fresh.answer(strongest).graph))

        let graph = try store.loadGraph()
        #expect(graph.entities[F.belarus.id] == nil)
        let sanction = Edge.ID(subject: F.unitedStates.id, relation: "sanction", object: F.russia.id)
        #expect(graph.edges[sanction]?.evidence.map(\.documentID) == ["d1"])
        #expect(graph.edges[Edge.ID(subject: F.russia.id, relation: "attack", object: F.ukraine.id)]?
            .evidence.first?.sentence.hasSuffix("(v2).") == true)
    }

    @Test func documentWithoutEdgesIsStoredButAddsNoEntities() throws {
        let store = try GraphStore.inMemory()
        var graph = KnowledgeGraph()
        graph.insert(F.russia)  // an entity no edge uses is not stored: the store keeps what evidence supports
        let empty = IngestItem(info: DocumentInfo(id: "empty", sourcePath: "empty.txt", contentHash: "e"),
                               sentenceCount: 4, graph: graph)
        let summary = try store.ingest([empty])
        #expect(summary.documentsAdded == 1 && summary.sentences == 4 && summary.entitiesAdded == 0)
        #expect(try store.stats() == StoreStats(documents: 1, sentences: 4))
        #expect(try store.ingest([empty]).documentsUnchanged == 1)
        #expect(try store.ingest([]) == IngestSummary())
    }

    @Test func entitiesMergeAcrossDocumentsAndGainAliases() throws {
        let store = try GraphStore.inMemory()
        let kremlin = Entity(id: F.russia.id, name: "Russia", type: .country, aliases: ["Putin's government"])
        let other = F.item("d9", [(kremlin, "threaten", F.ukraine)])
        let summary = try store.ingest([F.d1, other])
        #expect(summary.entitiesAdded == 5)
        let russia = try #require(try store.loadGraph().entities[F.russia.id])
        #expect(russia.aliases == ["Moscow", "the Kremlin", "Putin's government"])
    }

    @Test func failedBatchLeavesTheStoreUnchanged() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.d1])
        let before = try store.stats()
        let graphBefore = try store.loadGraph()
        // The third item's edge points at an entity its graph does not define; d2 was already written.
        let broken = IngestItem(
            info: DocumentInfo(id: "bad", sourcePath: "bad.txt", contentHash: "x"), sentenceCount: 1,
            graph: KnowledgeGraph(entities: [F.russia],
                                  edges: [Edge(subject: F.russia.id, relation: "invade", object: "country:atlantis")]))
        #expect(throws: StoreError.self) { try store.ingest([F.d2, F.d2Changed, broken]) }
        #expect(try store.stats() == before)
        #expect(try store.loadGraph() == graphBefore)
        do {
            _ = try store.ingest([broken])
        } catch let error as StoreError {
            #expect(error.kind == .invalidInput)
            #expect(error.message.contains("country:atlantis"))
        }
    }

    @Test func errorThrownMidwayRollsBackEarlierItems() throws {
        struct Interrupted: Error {}
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.d1])
        let before = try store.stats()
        #expect(throws: Interrupted.self) {
            try store.ingest([F.d2, F.d3]) { index in if index == 1 { throw Interrupted() } }
        }
        #expect(try store.stats() == before)
    }

    @Test func evidenceCitingAnotherDocumentIsRejected() throws {
        let store = try GraphStore.inMemory()
        var item = F.d1
        item.info.id = "renamed"
        #expect {
            try store.ingest([item])
        } throws: { error in
            (error as? StoreError)?.kind == .invalidInput
        }
        #expect(try store.stats() == StoreStats())
    }

    @Test func foreignKeysAndUniqueIndexesAreEnforced() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.d1])
        let evidenceBefore = try store.stats().evidence
        #expect(throws: StoreError.self) {
            try store.execute(sql: """
                INSERT INTO evidence (edgeID, documentID, sentenceIndex, start, "end", sentence, relationText, negated,
                                      confidence)
                VALUES (9999, 9999, 0, 0, 1, 's', 'r', 0, 0.5)
                """)
        }
        // An entity with edges cannot be deleted from under them.
        #expect(throws: StoreError.self) { try store.execute(sql: "DELETE FROM entity WHERE key = 'country:russia'") }
        #expect(throws: StoreError.self) {
            try store.execute(sql: """
                INSERT INTO entity (key, name, normalizedName, type) VALUES ('country:iran', 'Iran', 'iran', 'country')
                """)
        }
        #expect(throws: StoreError.self) {
            try store.execute(sql: """
                INSERT INTO edge (subjectID, relation, objectID) SELECT subjectID, relation, objectID FROM edge LIMIT 1
                """)
        }
        #expect(try store.stats().evidence == evidenceBefore)
        // Deleting a document takes its evidence with it.
        try store.execute(sql: "DELETE FROM document WHERE externalID = 'd1'")
        #expect(try store.stats().evidence == 0)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func integrityCheckNoticesAStaleEvidenceCount() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([F.d1])
        #expect(try store.integrityProblems().isEmpty)
        try store.execute(sql: "UPDATE edge SET evidenceCount = 99 WHERE id = 1")
        #expect(try store.integrityProblems() == ["edge 1 has a stale evidence count"])
    }
}
