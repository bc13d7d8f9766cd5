import Foundation
import Testing
import KGCore
import KGGraph
import KGPipeline
import KGStore
import KGTestSupport
import KGText

@Suite struct IngestorTests {
    static let seedPath = PackageFolder.seedArticle.path

    @Test(arguments: ExtractorKind.allCases)
    func ingestsTheSeedIdempotently(kind: ExtractorKind) async throws {
        let store = try GraphStore.inMemory()
        let ingestor = Ingestor(pipeline: try Pipeline(extractor: kind), store: store, batchSize: 4)
        let first = try await ingestor.ingest(try DocumentReader(paths: [Self.seedPath]))
        #expect(first.documentsRead == 1 && first.summary.documentsAdded == 1)
        let stats = try store.stats()
        #expect(stats.edges > 0 && stats.entities > 0)
        let second = try await ingestor.ingest(try DocumentReader(paths: [Self.seedPath]))
        #expect(second.summary.documentsUnchanged == 1)
        #expect(second.summary.evidenceAdded == 0)
        #expect(try store.stats() == stats)
    }

    @Test func theSeedGraphHasTheUnitedStatesSanctioningRussia() async throws {
        let store = try GraphStore.inMemory()
        _ = try await Ingestor(pipeline: try Pipeline(), store: store).ingest(try DocumentReader(paths: [Self.seedPath]))
        let russia = try store.resolveEntity(named: "Moscow")
        #expect(russia.name == "Russia")
        let graph = try store.loadGraph().subgraph(around: russia.id, depth: 1, direction: .in)
        let us = try store.resolveEntity(named: "united states")
        #expect(graph.edges.values.contains { $0.subject == us.id && $0.relation == "sanction" && $0.object == russia.id })
    }

    @Test func keepsInputOrderAcrossWorkers() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = (0..<40).map { #"{"id": "d\#($0)", "text": "Moscow condemned Washington on day \#($0)."}"# }
        let corpus = dir.appendingPathComponent("c.jsonl")
        try lines.joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let store = try GraphStore.inMemory()
        let report = try await Ingestor(pipeline: try Pipeline(), store: store, batchSize: 7).ingest(try DocumentReader(paths: [corpus.path]))
        #expect(report.documentsRead == 40)
        #expect(try store.stats().documents == 40)
        let russia = try store.resolveEntity(named: "Russia")
        let edges = try store.loadGraph().subgraph(around: russia.id, depth: 1, direction: .out).edges.values
        let condemn = try #require(edges.first { $0.relation == "condemn" })
        #expect(condemn.evidenceCount == 40)
    }
}

@Suite struct IngestorAliasTests {
    @Test func ingestAppliesThePipelinesAliasTable() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-alias-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("c.jsonl")
        try #"{"id": "a", "text": "Moscow condemned Washington."}"#.write(to: corpus, atomically: true, encoding: .utf8)
        var pipeline = try Pipeline()
        pipeline.aliases = AliasTable([AliasTable.Entry(alias: "Washington", canonical: "Uncle Sam", type: .country)])
        let store = try GraphStore.inMemory()
        _ = try await Ingestor(pipeline: pipeline, store: store).ingest(try DocumentReader(paths: [corpus.path]))
        let sam = try store.resolveEntity(named: "Uncle Sam")
        let edges = try store.loadGraph().subgraph(around: sam.id, depth: 1, direction: .in).edges.values
        #expect(edges.contains { $0.relation == "condemn" })
    }
}
