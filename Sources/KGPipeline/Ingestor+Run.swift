import Foundation
import KGCore
import KGStore
import KGText

extension Ingestor {
    /// Where a document came from, and how far into the input reading had got when it was read.
    struct Source: Sendable {
        var index: Int
        var path: String
        var line: Int?
        var bytesEnd: Int
    }

    /// One document after annotation and extraction.
    struct Processed: Sendable {
        var source: Source
        var info: DocumentInfo
        var unchanged = false
        /// The text of a document skipped as unchanged, kept until its batch is written.
        var document: Document?
        var sentenceCount = 0
        var assertions: [Assertion] = []
        var runOns: [SentenceSplitter.RunOn] = []
    }

    /// What a committed batch held, for progress.
    struct BatchMark: Sendable {
        var documents: Int
        var sentences: Int
        var bytesEnd: Int
    }

    /// What a child task of the ingest finished.
    enum Step: Sendable {
        case processed(Processed)
        /// A committed batch, with the documents to extract again because they were stale.
        case written(IngestSummary, BatchMark, Duration, [Document])
    }

    /// The bookkeeping of one ingest: documents between reader and writer, put back in input order, and
    /// the totals so far.
    struct Run {
        let reader: DocumentReader
        let totalBytes: Int?
        let warning: (@Sendable (InputWarning) -> Void)?
        let clock = ContinuousClock()
        let start: ContinuousClock.Instant
        var report = Report()
        var submitted = 0
        var inFlight = 0
        /// Processed documents that came back before an earlier one, by input index.
        var early: [Int: Processed] = [:]
        /// Processed documents in input order, waiting for the writer.
        var ready: [Processed] = []
        var nextIndex = 0
        var handedToWriter = 0
        var committedBytes = 0
        var committedSentences = 0
        private var readerWarningsForwarded = 0

        init(reader: DocumentReader, totalBytes: Int?, warning: (@Sendable (InputWarning) -> Void)?) {
            self.reader = reader
            self.totalBytes = totalBytes
            self.warning = warning
            start = clock.now
        }

        /// Documents read and not yet handed to the writer.
        var unwritten: Int { submitted - handedToWriter }

        /// Assertions of the documents waiting for the writer.
        var readyAssertions: Int { ready.reduce(0) { $0 + $1.assertions.count } }

        mutating func accept(_ document: Processed) {
            early[document.source.index] = document
            while let next = early.removeValue(forKey: nextIndex) {
                nextIndex += 1
                report.assertions += next.assertions.count
                for runOn in next.runOns { add(Self.warning(for: runOn, in: next)) }
                ready.append(next)
            }
        }

        mutating func commit(_ summary: IngestSummary, _ mark: BatchMark) {
            report.summary.add(summary)
            // Stale documents are counted when their second attempt is written.
            report.documentsRead += mark.documents - summary.staleDocuments.count
            committedSentences += mark.sentences
            committedBytes = max(committedBytes, mark.bytesEnd)
        }

        /// Warns that a document replaced one of the same id read from another path (two different articles
        /// sharing an id replace each other).
        mutating func warnAboutSourceChange(_ change: IngestSummary.SourceChange) {
            add(InputWarning(
                path: change.newPath,
                message: "document '\(change.documentID)' replaced the one of that id read from \(change.oldPath); "
                    + "if they are different articles, give them distinct ids"))
        }

        var progress: Progress {
            Progress(
                documents: report.documentsRead, sentences: committedSentences, bytes: committedBytes,
                totalBytes: totalBytes, elapsed: clock.now - start)
        }

        mutating func forwardReaderWarnings() {
            let all = reader.warnings
            guard readerWarningsForwarded < all.count else { return }
            for index in readerWarningsForwarded..<all.count { add(all[index]) }
            readerWarningsForwarded = all.count
        }

        mutating func finish() -> Report {
            forwardReaderWarnings()
            report.skipped = reader.skipped
            report.elapsed = clock.now - start
            return report
        }

        private mutating func add(_ warning: InputWarning) {
            report.warnings.append(warning)
            self.warning?(warning)
        }

        static func warning(for runOn: SentenceSplitter.RunOn, in document: Processed) -> InputWarning {
            InputWarning(
                path: document.source.path, line: document.source.line,
                message: "document '\(document.info.id)': \(runOn.tokens) words without a sentence boundary from "
                    + "character \(runOn.span.start); only the first \(runOn.keptTokens) were kept")
        }
    }
}
