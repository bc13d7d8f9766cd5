import Foundation
import KGCore
import KGGraph
import KGPipeline
import KGStore
import KGText
import Testing

/// The stored graph must not depend on how documents were grouped into transactions (issue 14, item 4), nor
/// on a stale "unchanged" seen by a worker (item 2).
@Suite struct BatchInvarianceTests {
    /// Made-up articles: the same person introduced by two titles in two documents, and a few countries.
    static let articles: [String] = [
        "Association president Ulrich Wagner told reporters that Germany would support France.",
        "Association chairman Ulrich Wagner told the meeting that Germany would support France.",
        "Russia condemned Ukraine over the talks. France praised Germany on Monday.",
        "Officials in Berlin said Germany would support France. Russia denied attacking Ukraine.",
        "China criticized Japan over the islands. Japan accused China of threats.",
        "Brazil praised India after the summit. India supported Brazil in the vote.",
        "Turkey threatened Iran over the border. Iran condemned Turkey on Tuesday.",
        "Ulrich Wagner told reporters that France would support Germany.",
        "France supported Germany. Germany supported France. Russia condemned France.",
    ]

    static func corpus() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-batches-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (index, text) in articles.enumerated() {
            try Data(text.utf8).write(to: directory.appendingPathComponent(String(format: "article-%02d.txt", index)))
        }
        return directory
    }

    @Test func theGraphIsTheSameForBatchSizesOneSevenAndSixtyFour() async throws {
        let directory = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pipeline = try Pipeline()
        var contents: [Int: [String]] = [:]
        for size in [1, 7, 64] {
            let store = try GraphStore.inMemory()
            _ = try await Ingestor(pipeline: pipeline, store: store, batchSize: size)
                .ingest(try DocumentReader(paths: [directory.path]))
            contents[size] = try store.contentLines()
        }
        // "Association president Ulrich Wagner" is a role phrase, not a name: under issue 16 (aliases are
        // names) no title becomes an alias, so the alias lines must agree across batch sizes by being absent.
        let aliases = contents[1]?.filter { $0.hasPrefix("alias") && $0.contains("wagner") } ?? []
        #expect(aliases.isEmpty, "role phrases are no aliases: \(aliases)")
        #expect(contents[7] == contents[1])
        #expect(contents[64] == contents[1])
    }

    @Test func aDocumentChangedByAnotherWriterMeanwhileIsExtractedAgain() async throws {
        let directory = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pipeline = try Pipeline()
        let store = try GraphStore.inMemory()
        let ingestor = Ingestor(pipeline: pipeline, store: store, batchSize: 4)
        _ = try await ingestor.ingest(try DocumentReader(paths: [directory.path]))
        let clean = try store.contentLines()
        // Another process stores a different version of every document between a worker's look and the write:
        // simulated by storing them now and sending the original documents as the worker would have.
        let reader = try DocumentReader(paths: [directory.path])
        let originals = reader.readAll()
        _ = try store.ingest(originals.map { document in
            var info = document.info
            info.contentHash = "other version"
            return IngestItem(info: info, sentenceCount: 1, graph: .init())
        })
        let summary = try store.ingest(originals.map { IngestItem.unextracted($0.info) })
        #expect(summary.staleDocuments.count == originals.count)
        // A normal ingest repairs it: every document is extracted again, none stays without evidence.
        let report = try await ingestor.ingest(try DocumentReader(paths: [directory.path]))
        #expect(report.summary.documentsReplaced == originals.count)
        #expect(try store.contentLines() == clean)
        #expect(try store.integrityProblems().isEmpty)
    }
}
