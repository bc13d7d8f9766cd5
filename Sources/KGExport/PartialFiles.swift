import Foundation
import KGCore

/// The temporary `.partial` files of writes in progress, removed when the process is interrupted (SIGINT,
/// SIGTERM, SIGHUP) so an interrupted export leaves nothing behind.
final class PartialFiles: @unchecked Sendable {

    /// The process's registry.
    static let shared = PartialFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var catching = false

    func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.insert(path)
    }

    func unregister(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.remove(path)
    }

    /// Removes the partial files when the process is interrupted (once per process), before it dies of the
    /// signal as it would have (so the exit status still says "interrupted").
    func removeOnInterrupt() {
        lock.lock()
        defer { lock.unlock() }
        guard !catching else { return }
        catching = true
        InterruptSignals.onInterrupt { [self] _ in
            lock.lock()
            for path in paths { unlink(path) }
            lock.unlock()
        }
    }
}
