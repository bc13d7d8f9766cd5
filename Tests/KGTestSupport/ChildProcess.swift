import Foundation

/// Waiting for a child process in tests.
public enum ChildProcess {
    /// How a process ended: its exit status, or the signal that ended it.
    public struct Exit: Sendable {
        public var status: Int32
        public var signalled: Bool
    }

    /// Waits for `process` to end. Foundation on Linux can miss the end of one of many children started at once:
    /// the child stays a zombie and `waitUntilExit` never returns (full test runs hung so, in `CLIBadInputTests`
    /// and in `ReadmeSessionTests`). So this polls, and reaps a child that has stayed a zombie for a second itself.
    @discardableResult
    public static func waitForExit(_ process: Process) -> Exit {
        #if os(Linux)
        let pid = process.processIdentifier
        var zombieSince: Date?
        while process.isRunning {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if stat.contains(") Z ") {
                let since = zombieSince ?? Date()
                zombieSince = since
                var status: Int32 = 0
                if Date().timeIntervalSince(since) > 1, waitpid(pid, &status, WNOHANG) == pid {
                    let signal = status & 0x7f
                    return signal == 0 ? Exit(status: (status >> 8) & 0xff, signalled: false)
                                       : Exit(status: signal, signalled: true)
                }
            }
            usleep(1_000)
        }
        #else
        process.waitUntilExit()
        #endif
        return Exit(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal)
    }
}
