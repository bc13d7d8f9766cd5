import Dispatch
import Foundation

/// Runs Graphviz work one job at a time on its own thread, away from NIO's event loops and Swift's
/// cooperative pool, so a slow layout never holds up requests that do not draw.
///
/// A caller waits at most `timeout`; then it gets a 503 while the layout (which cannot be interrupted) finishes
/// in the background, and a job whose caller has already given up is skipped. At most `maximumPending` jobs
/// wait at once; more are refused straight away.
public final class RenderQueue: Sendable {
    /// How long a caller waits for its job.
    public let timeout: Duration
    /// Jobs allowed to wait or run at once.
    public let maximumPending: Int
    private let queue = DispatchQueue(label: "newsgraph.graphviz", qos: .userInitiated)
    private let pending = PendingCount()

    /// A queue whose callers wait at most `timeout`, with at most `maximumPending` jobs in it.
    public init(timeout: Duration = .seconds(5), maximumPending: Int = 16) {
        self.timeout = timeout
        self.maximumPending = maximumPending
    }

    /// Runs `work` on the Graphviz thread and returns its result, or throws a 503 `ServerError` when the queue is
    /// full or the job does not finish within `timeout`.
    public func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        guard pending.increment(limit: maximumPending) else {
            throw ServerError(.unavailable, "\(maximumPending) drawings are already waiting for Graphviz",
                              hint: "try again in a few seconds")
        }
        let timeout = timeout
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let once = ResumeOnce(continuation)
            queue.async { [pending] in
                guard !once.isResumed else {
                    pending.decrement()
                    return
                }
                let result = Result { try work() }
                // Free the slot before the caller resumes, so its next request finds the queue as it is.
                pending.decrement()
                once.resume(with: result)
            }
            let (seconds, attoseconds) = timeout.components
            let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                once.resume(with: .failure(ServerError(
                    .unavailable, "Graphviz did not finish the drawing within \(timeout)",
                    hint: "draw less: lower the depth or max-edges, or raise min-evidence")))
            }
        }
    }
}

/// How many jobs are queued or running.
private final class PendingCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment(limit: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard count < limit else { return false }
        count += 1
        return true
    }

    func decrement() {
        lock.lock()
        count -= 1
        lock.unlock()
    }
}

/// A continuation resumed by whichever of the job and the timer comes first.
private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    init(_ continuation: CheckedContinuation<T, any Error>) {
        self.continuation = continuation
    }

    var isResumed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return continuation == nil
    }

    func resume(with result: Result<T, any Error>) {
        lock.lock()
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(with: result)
    }
}
