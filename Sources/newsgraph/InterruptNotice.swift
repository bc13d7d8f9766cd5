import Foundation
import KGCore

/// What `ingest` says when interrupted (Ctrl-C, SIGTERM, SIGHUP): how many documents are safely stored, that
/// the batch being written was rolled back, and how to resume; then it exits with the signal's status.
final class InterruptNotice: @unchecked Sendable {
    private let database: String
    private let lock = NSLock()
    private var committedDocuments = 0

    /// A notice about the database at `database`.
    init(database: String) {
        self.database = database
    }

    /// Records that `documents` documents in all are committed.
    func committed(_ documents: Int) {
        lock.lock()
        committedDocuments = documents
        lock.unlock()
    }

    /// Starts catching the interrupting signals; also makes an exceeded `ulimit -f` an error, not a kill.
    func install() {
        signal(SIGXFSZ, SIG_IGN)
        InterruptSignals.onInterrupt { [self] _ in
            lock.lock()
            let committed = committedDocuments
            lock.unlock()
            Terminal.warn("\ninterrupted: \(committed) document\(committed == 1 ? " is" : "s are") committed to "
                          + "\(database); the batch being written was rolled back. Run the same command again "
                          + "to resume: stored documents are skipped.")
        }
    }
}
