import ArgumentParser
import KGGraph

/// `newsgraph copy`: move a graph between stores (SQLite file ↔ PostgreSQL server).
struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the graph from one store to another (an SQLite file or a postgresql:// URL), verified by counts.",
        discussion: """
            Documents are read and written in batches, each written in one transaction, so only one batch is \
            held in memory and an interrupted copy can be run again: what was copied is skipped. Merge records \
            (`newsgraph merge`) are not copied.
            """)

    @Option(help: "The store to read: an SQLite file or postgresql://user@host:port/dbname.")
    var from: String

    @Option(help: "The store to write (created when missing): an SQLite file or a postgresql:// URL.")
    var to: String

    @Option(help: "Documents per batch read and per transaction.")
    var batchSize: Int = 64

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        guard from != to else { throw ValidationError("--from and --to name the same store") }
    }

    func run() throws {
        let source = try StoreOptions.openForReading(from)
        let destination = try StoreOptions.openForWriting(to)
        let before = try destination.stats()
        let documentIDs = try source.documents().map(\.info.id)
        var summary = IngestSummary()
        for start in stride(from: 0, to: documentIDs.count, by: batchSize) {
            let batch = Array(documentIDs[start..<min(start + batchSize, documentIDs.count)])
            summary.add(try destination.ingest(try source.ingestItems(ofDocuments: batch)))
        }
        let (expected, copied) = (try source.stats(), try destination.stats())
        Terminal.write("""
            copied \(summary.documentsAdded) documents (\(summary.documentsUnchanged) already there), \
            \(summary.evidenceAdded) evidence, \(summary.edgesAdded) edges, \(summary.entitiesAdded) entities
            from \(source.location)
            to   \(destination.location)

            """)
        guard before.documents > 0 || copied == expected else {
            throw ValidationError("the copy holds \(copied) but the source holds \(expected)")
        }
        Terminal.write(before.documents > 0
            ? "verified: \(copied.documents) documents in the destination (it was not empty)\n"
            : "verified: \(copied.documents) documents, \(copied.entities) entities, \(copied.edges) edges, "
                + "\(copied.evidence) evidence in both\n")
    }
}
