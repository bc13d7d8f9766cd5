import Foundation
import KGCore
import KGGraph
import KGStore
import KGText

/// Reads documents lazily, annotates and extracts them on all cores, and stores them in input order in
/// batched transactions from one writer, which works while the next batch is being extracted.
///
/// Memory stays bounded whatever the corpus size: at most `batchSize` + 2 × `workers` documents are read and
/// not yet handed to the writer, plus the one batch being written. Every batch is one transaction, so a
/// killed ingest leaves whole batches; a re-run skips the documents already stored unchanged without
/// extracting them again.
public struct Ingestor: Sendable {
    public let pipeline: Pipeline
    public let store: GraphStore
    /// Documents per transaction.
    public var batchSize: Int
    /// Documents annotated at the same time (default: the active cores).
    public var workers: Int

    /// An ingestor writing `batchSize` documents per transaction, annotating on `workers` cores.
    public init(pipeline: Pipeline, store: GraphStore, batchSize: Int = 64, workers: Int? = nil) {
        self.pipeline = pipeline
        self.store = store
        self.batchSize = max(1, batchSize)
        self.workers = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Ingests every document of `reader`. `progress` is called after each committed batch; `warning` as soon
    /// as a problem with the input is found (reading goes on); all warnings are in the report too.
    public func ingest(
        _ reader: DocumentReader,
        progress: (@Sendable (Progress) -> Void)? = nil,
        warning: (@Sendable (InputWarning) -> Void)? = nil
    ) async throws -> Report {
        var run = Run(reader: reader, totalBytes: reader.totalBytes, warning: warning)
        let (pipeline, store) = (self.pipeline, self.store)
        try await withThrowingTaskGroup(of: Step.self) { group in
            var readerDone = false
            var writing = false
            while true {
                // Read while workers are free and the documents not yet handed to the writer stay bounded.
                while !readerDone, run.inFlight < 2 * workers, run.unwritten < batchSize + 2 * workers {
                    guard let document = reader.next() else {
                        readerDone = true
                        break
                    }
                    let source = Source(
                        index: run.submitted, path: reader.lastPath, line: reader.lastLine, bytesEnd: reader.bytesRead)
                    group.addTask { .processed(try Self.process(document, source, pipeline, store)) }
                    run.submitted += 1
                    run.inFlight += 1
                }
                run.forwardReaderWarnings()
                // One writer, one batch at a time; a partial batch only at the end of the input.
                if !writing, run.ready.count >= batchSize || run.readyAssertions >= Self.maximumBatchAssertions
                    || (readerDone && run.inFlight == 0 && !run.ready.isEmpty) {
                    let batch = Array(run.ready.prefix(Self.batchLength(run.ready, upTo: batchSize)))
                    run.ready.removeFirst(batch.count)
                    run.handedToWriter += batch.count
                    let items = batch.map(Self.item(for:))
                    let mark = BatchMark(documents: batch.count, sentences: batch.reduce(0) { $0 + $1.sentenceCount },
                                         bytesEnd: batch.last?.source.bytesEnd ?? 0)
                    group.addTask {
                        let started = ContinuousClock.now
                        let summary = try store.ingest(items)
                        // Skipped as unchanged, but another process stored another version since: extract now.
                        let stale = Set(summary.staleDocuments)
                        let again = batch.filter { stale.contains($0.info.id) }.compactMap(\.document)
                        return .written(summary, mark, ContinuousClock.now - started, again)
                    }
                    writing = true
                }
                guard let step = try await group.next() else { break }
                switch step {
                case .processed(let document):
                    run.inFlight -= 1
                    run.accept(document)
                case .written(let summary, let mark, let writeTime, let stale):
                    writing = false
                    run.commit(summary, mark)
                    run.report.writeTime += writeTime
                    for change in summary.sourceChanges { run.warnAboutSourceChange(change) }
                    for document in stale {
                        let source = Source(index: run.submitted, path: document.info.sourcePath, line: nil,
                                            bytesEnd: mark.bytesEnd)
                        group.addTask { .processed(try Self.process(document, source, pipeline, store, force: true)) }
                        run.submitted += 1
                        run.inFlight += 1
                    }
                    progress?(run.progress)
                }
            }
        }
        return run.finish()
    }

    /// Assertions past which a batch is written even if it has fewer than `batchSize` documents, so one write
    /// transaction (which holds the database's write lock) stays short however long the documents are.
    static let maximumBatchAssertions = 20_000

    /// How many of the first `ready` documents go into the next batch: `batchSize`, or fewer once they hold
    /// `maximumBatchAssertions` (always at least one).
    static func batchLength(_ ready: [Processed], upTo batchSize: Int) -> Int {
        var assertions = 0
        for (index, document) in ready.prefix(batchSize).enumerated() {
            assertions += document.assertions.count
            if assertions >= maximumBatchAssertions { return index + 1 }
        }
        return min(batchSize, ready.count)
    }

    /// The graph of one processed document as the store takes it.
    static func item(for document: Processed) -> IngestItem {
        if document.unchanged { return .unextracted(document.info) }
        return IngestItem(info: document.info, sentenceCount: document.sentenceCount,
                          graph: KnowledgeGraph(assertions: document.assertions, document: document.info))
    }

    /// Annotates and extracts one document, unless the store already holds it unchanged (or `force`). The
    /// annotated words are dropped here: only the assertions travel on, and the text of a skipped document
    /// (in case the writer finds that another process changed it meanwhile).
    static func process(_ document: Document, _ source: Source, _ pipeline: Pipeline, _ store: GraphStore,
                        force: Bool = false) throws -> Processed {
        if !force, try store.storedContentHashes(of: [document.id])[document.id] == document.info.contentHash {
            return Processed(source: source, info: document.info, unchanged: true, document: document)
        }
        let (annotated, assertions, runOns) = pipeline.processReportingRunOns(document)
        return Processed(
            source: source, info: document.info, sentenceCount: annotated.sentences.count,
            assertions: assertions, runOns: runOns)
    }
}
