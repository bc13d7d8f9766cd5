import Foundation
import KGCore
import KGGraph
import KGStore
import KGText

/// Reads documents, extracts on all cores, and writes each batch to the store in one transaction.
public struct Ingestor: Sendable {
    public let pipeline: Pipeline
    public let store: GraphStore
    /// Documents per transaction.
    public var batchSize: Int

    public init(pipeline: Pipeline, store: GraphStore, batchSize: Int = 64) {
        self.pipeline = pipeline
        self.store = store
        self.batchSize = max(1, batchSize)
    }

    /// What an ingest did, in total.
    public struct Report: Sendable {
        public var summary = IngestSummary()
        public var documentsRead = 0
        public var assertions = 0
        public var warnings: [InputWarning] = []
    }

    /// Where an ingest is, for progress lines.
    public struct Progress: Sendable {
        public var documents: Int
        public var sentences: Int
        public var elapsed: Duration
    }

    /// Ingests every document of `reader`; `progress` is called after each committed batch.
    public func ingest(
        _ reader: DocumentReader, progress: (@Sendable (Progress) -> Void)? = nil
    ) async throws -> Report {
        var report = Report()
        let clock = ContinuousClock()
        let start = clock.now
        var sentences = 0
        while true {
            var batch: [Document] = []
            while batch.count < batchSize, let document = reader.next() { batch.append(document) }
            if batch.isEmpty { break }
            // Unchanged documents skip extraction; the store still counts them as unchanged.
            let stored = try store.storedContentHashes(of: batch.map(\.id))
            let unchanged = batch.filter { stored[$0.id] == $0.info.contentHash }
            batch.removeAll { stored[$0.id] == $0.info.contentHash }
            var items = unchanged.map { IngestItem(info: $0.info, sentenceCount: 0, graph: KnowledgeGraph()) }
            for (info, sentenceCount, assertions) in await process(batch) {
                report.assertions += assertions.count
                sentences += sentenceCount
                items.append(IngestItem(
                    info: info, sentenceCount: sentenceCount,
                    graph: KnowledgeGraph(assertions: assertions, document: info)))
            }
            report.summary.add(try store.ingest(items))
            report.documentsRead += batch.count + unchanged.count
            progress?(Progress(documents: report.documentsRead, sentences: sentences, elapsed: clock.now - start))
        }
        report.warnings = reader.warnings
        return report
    }

    /// Annotates and extracts a batch on all cores, keeping the input order; the annotated words are
    /// dropped as soon as their assertions are out, to keep memory bounded.
    private func process(_ batch: [Document]) async -> [(DocumentInfo, Int, [Assertion])] {
        let pipeline = self.pipeline
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, batch.count))
        return await withTaskGroup(of: [(Int, DocumentInfo, Int, [Assertion])].self) { group in
            for worker in 0..<workers {
                group.addTask {
                    stride(from: worker, to: batch.count, by: workers).map { i in
                        let (document, assertions) = pipeline.process(batch[i])
                        return (i, document.info, document.sentences.count, assertions)
                    }
                }
            }
            var results = [(DocumentInfo, Int, [Assertion])?](repeating: nil, count: batch.count)
            for await part in group {
                for (i, info, sentenceCount, assertions) in part { results[i] = (info, sentenceCount, assertions) }
            }
            return results.compactMap { $0 }
        }
    }
}
