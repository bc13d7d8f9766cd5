import Foundation
import KGCore
import KGGraph

extension PostgresStore {
    /// Stores a batch of documents' graphs in one transaction: all of it is stored, or (on error) none of it.
    ///
    /// Safe with any number of concurrent workers on overlapping inputs: documents are claimed by id inside the
    /// transaction (one stored with the same content hash adds nothing), entities, aliases, edges and evidence
    /// are upserted (`INSERT … ON CONFLICT`), and counts are recomputed under row locks taken in id order. A
    /// deadlock or serialisation failure runs the batch again; the end state is the one a single worker builds.
    public func ingest(_ batch: [IngestItem]) throws -> IngestSummary {
        guard !batch.isEmpty else { return IngestSummary() }
        if isReadOnly {
            throw PostgresStoreError(.readOnly, "\(server) was opened read-only", hint: "open it without readOnly to ingest")
        }
        for item in batch { try Self.validate(item) }
        let ingestedAt = ISO8601DateFormatter().string(from: Date())
        return try session.exclusive {
            try session.transaction {
                var writer = PostgresBatchWriter(session: session, ingestedAt: ingestedAt)
                try writer.write(batch)
                return writer.summary
            }
        }
    }

    /// Rejects an item whose graph contradicts itself, before any of it is written.
    static func validate(_ item: IngestItem) throws {
        if let problem = item.inconsistency {
            throw PostgresStoreError(.invalidInput, problem.message, hint: problem.hint)
        }
    }
}
