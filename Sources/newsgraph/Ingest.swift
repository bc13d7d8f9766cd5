import ArgumentParser
import Foundation
import KGPipeline
import KGStore
import KGText

/// `newsgraph ingest`: read articles, extract, merge into the graph database.
struct Ingest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read articles, extract assertions and merge them into the graph database.",
        discussion: "Re-ingesting a document with the same id and text adds nothing; a changed document replaces its old evidence.")

    @ArgumentParser.Argument(help: "Files or directories (.txt, .md, .jsonl) to read; - reads standard input.")
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var extraction: ExtractionOptions

    @Option(help: "Documents per database transaction.")
    var batchSize: Int = 64

    @Flag(help: "No progress line (it is shown only when standard error is a terminal).")
    var quiet = false

    @Option(help: "TSV file of entity corrections: alias<TAB>canonical name<TAB>type per line (# comments).")
    var aliases: String?

    @Flag(help: "Progress as one JSON object per committed batch on standard error (documents, sentences, bytes, elapsed, rate), for scripts.")
    var jsonProgress = false

    @Option(help: "Skip documents (files or JSONL lines) larger than this many bytes, with a warning.")
    var maxDocumentBytes: Int = DocumentReader.defaultMaximumDocumentBytes

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        guard maxDocumentBytes > 0 else { throw ValidationError("--max-document-bytes must be at least 1") }
    }

    func run() async throws {
        // A bad alias file fails before any article is read or anything stored.
        let aliasTable = try aliases.map { try AliasTable(contentsOf: $0) }
        let reader = try DocumentReader(paths: paths, date: extraction.date, maximumDocumentBytes: maxDocumentBytes)
        var pipeline = try Pipeline(extractor: extraction.extractor, beamWidth: extraction.beam)
        if let aliasTable { pipeline.aliases = aliasTable }
        let graphStore = try store.openForWriting()
        let ingestor = Ingestor(pipeline: pipeline, store: graphStore, batchSize: batchSize)
        let reporter = IngestProgressReporter(quiet: quiet, json: jsonProgress)
        let notice = InterruptNotice(database: store.db)
        notice.install()
        let report = try await ingestor.ingest(reader, progress: { progress in
            notice.committed(progress.documents)
            reporter.report(progress)
        }, warning: reporter.warn)
        reporter.finish()
        let s = report.summary
        let stats = try graphStore.stats()
        // Surname joins are merges ingest made on its own: say so, and where to see (and undo) them.
        let joins = s.peopleJoined + s.joinsUndone == 0 ? "" : "\npeople: \(s.peopleJoined) joined to the person "
            + "of their surname, \(s.joinsUndone) such joins undone (`newsgraph merge --list`; `split` undoes one)"
        Terminal.write("""
            documents: \(report.documentsRead) read, \(s.documentsAdded) added, \(s.documentsReplaced) replaced, \(s.documentsUnchanged) unchanged\
            \(report.warnings.isEmpty ? "" : ", \(report.warnings.count) warnings")\
            \(report.skippedSummary.map { "\nskipped: \($0)" } ?? "")
            sentences: \(s.sentences) in new or changed documents
            assertions: \(report.assertions) extracted, \(s.evidenceAdded) stored as evidence (edges need an actor as subject)
            entities: \(s.entitiesAdded) added (\(stats.entities) in the graph)\(joins)
            edges: \(s.edgesAdded) added (\(stats.edges) in the graph)
            database: \(store.location)
            time: \(String(format: "%.1f s (writer busy %.1f s)", report.seconds, report.writeSeconds))

            """)
        if report.documentsRead == 0 {
            throw ValidationError("no documents were read from \(paths.joined(separator: " ")); see the warnings above")
        }
    }
}
