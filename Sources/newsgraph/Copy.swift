import ArgumentParser
import KGCore
import KGGraph

/// `newsgraph copy`: move a graph between stores (SQLite file ↔ PostgreSQL server).
struct Copy: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the graph from one store to another (an SQLite file or a postgresql:// URL), verified by counts.",
        discussion: """
            Documents are read and written in batches, each written in one transaction, so only one batch is \
            held in memory and an interrupted copy can be run again: what was copied is skipped. Then the \
            merges (`newsgraph merge`) are replayed, oldest first, in one transaction, so `merge --list`, \
            `split` and later ingests behave in the destination as in the source; merges it already has are \
            skipped. An entity the destination still has from its own documents is merged there too. A merge \
            that cannot be replayed (its target missing, or the entity merged elsewhere in the destination) is \
            named on standard error and the copy exits non-zero, after copying everything else.
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
        let destination = try StoreOptions.openForCopying(to)
        let before = try destination.stats()
        // Before the documents: nodes a user split from their surname join must not be joined by the copy.
        let keptApart = try source.surnameNodesKeptApart()
        try destination.keepApartFromSurnameJoins(keptApart)
        let documentIDs = try source.documents().map(\.info.id)
        var summary = IngestSummary()
        for start in stride(from: 0, to: documentIDs.count, by: batchSize) {
            let batch = Array(documentIDs[start..<min(start + batchSize, documentIDs.count)])
            summary.add(try destination.ingest(try source.ingestItems(ofDocuments: batch)))
        }
        // After the documents, so every merge finds its target and the evidence it would move back.
        let merges = try source.portableMerges()
        let replay = try destination.replayMerges(merges)
        let (expected, copied) = (try source.stats(), try destination.stats())
        Terminal.write("""
            copied \(summary.documentsAdded) documents (\(summary.documentsUnchanged) already there), \
            \(summary.evidenceAdded) evidence, \(summary.edgesAdded) edges, \(summary.entitiesAdded) entities
            merges: \(replay.recorded) recorded, \(replay.mergedHere) merged in the destination, \
            \(replay.alreadyThere) already there, \(replay.refused.count) not copied; \(replay.evidenceLinked) \
            evidence marked for split
            from \(source.location)
            to   \(destination.location)

            """)
        for refusal in replay.refused {
            Terminal.warn("merge not copied: \(refusal.entity.name) (\(refusal.entity.id)): \(refusal.reason)")
        }
        if replay.evidenceMissing > 0 {
            Terminal.warn("warning: \(replay.evidenceMissing) evidence of the source's merges is not in the destination "
                          + "under the same edge (its own merges moved it); `split` there will not move it back")
        }
        guard before.documents > 0 || copied == expected else {
            throw ValidationError("the copy holds \(copied) but the source holds \(expected)")
        }
        guard replay.refused.isEmpty else { throw MergesNotCopied(refused: replay.refused.count, of: merges.count) }
        guard try before.documents > 0 || Self.sameMerges(destination.portableMerges(), merges)
                && destination.surnameNodesKeptApart() == keptApart else {
            throw ValidationError("the copy's merges differ from the source's; compare `newsgraph merge --list` of both")
        }
        Terminal.write(before.documents > 0
            ? "verified: \(copied.documents) documents in the destination (it was not empty)\n"
            : "verified: \(copied.documents) documents, \(copied.entities) entities, \(copied.edges) edges, "
                + "\(copied.evidence) evidence, \(merges.count) merges in both\n")
    }

    /// Whether two stores' merges agree, the evidence compared as sets (row order differs between stores).
    static func sameMerges(_ first: [PortableMerge], _ second: [PortableMerge]) -> Bool {
        guard first.count == second.count else { return false }
        for (a, b) in zip(first, second) {
            var (recordA, recordB) = (a, b)
            (recordA.evidence, recordB.evidence) = ([], [])
            if recordA != recordB || Set(a.evidence) != Set(b.evidence) { return false }
        }
        return true
    }
}

/// Some merges could not be replayed: the copy is not the source's twin, so a script must not go on as if it were.
private struct MergesNotCopied: NewsgraphError {
    var refused: Int
    var of: Int
    var message: String { "\(refused) of \(of) merges were not copied (named above); the documents and the other merges were" }
    var hint: String? { "do what each line above says in the destination, then run the same copy again" }
}
