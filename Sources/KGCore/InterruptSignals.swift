import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs cleanup when the process is interrupted (SIGINT, SIGTERM, SIGHUP), then dies of the signal as it would
/// have, so the exit status still says "interrupted".
///
/// A plain signal handler that writes the signal's number to a pipe, read by a thread of its own: on Linux a
/// dispatch signal source never fires once the signal is ignored (the kernel drops an ignored signal before
/// the source sees it), and a handler on a global queue waits behind the work an ingest keeps it busy with.
public enum InterruptSignals {
    /// The signals that mean "stop now".
    public static let interrupting: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Adds `action` to what runs on an interrupting signal (given the signal's number), installing the handler
    /// on first use. Actions run in the order added, on the catcher's thread, before the process exits.
    public static func onInterrupt(_ action: @escaping @Sendable (Int32) -> Void) {
        registry.add(action)
    }

    private static let registry = Registry()

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var actions: [@Sendable (Int32) -> Void] = []
        private var installed = false

        func add(_ action: @escaping @Sendable (Int32) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            actions.append(action)
            guard !installed else { return }
            installed = true
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else { return }  // no pipe: the signals keep their default action
            interruptPipeWriteEnd = ends[1]
            let readEnd = ends[0]
            let thread = Thread { [self] in
                var byte: UInt8 = 0
                while read(readEnd, &byte, 1) != 1 {}
                let number = Int32(byte)
                lock.lock()
                let toRun = actions
                lock.unlock()
                for action in toRun { action(number) }
                signal(number, SIG_DFL)
                // To the process, not raise(3) to this thread: threads started by Dispatch (this one's creator
                // may be one) block most signals, and a signal raised on such a thread would wait forever.
                kill(getpid(), number)
            }
            thread.name = "newsgraph interrupt"
            thread.start()
            for number in interrupting { signal(number, interruptHandler) }
        }
    }
}

/// The pipe the handler writes to; set once, before the handler is installed.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1

/// Async-signal-safe: one write(2) of the signal's number.
private func interruptHandler(_ number: Int32) {
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(interruptPipeWriteEnd, &byte, 1)
}
