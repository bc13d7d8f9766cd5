import Foundation

/// The temporary `.partial` files of writes in progress, removed when the process is interrupted (SIGINT,
/// SIGTERM, SIGHUP) so an interrupted export leaves nothing behind.
final class PartialFiles: @unchecked Sendable {
    /// The process's registry.
    static let shared = PartialFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []
    private var sources: [any DispatchSourceSignal] = []

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

    /// Catches the interrupting signals once per process: removes the partial files, then dies of the signal
    /// as it would have (so the exit status still says "interrupted").
    func removeOnInterrupt() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                for path in paths { unlink(path) }
                lock.unlock()
                signal(signalNumber, SIG_DFL)
                raise(signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
