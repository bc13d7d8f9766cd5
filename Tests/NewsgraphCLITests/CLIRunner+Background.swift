import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CLIRunner {
    /// A `newsgraph` process running in the background, whose standard error is read line by line.
    final class Background {
        let process: Process
        private let stderr: FileHandle
        private var buffer: [UInt8] = []
        /// Every standard error line read so far.
        private(set) var lines: [String] = []

        init(process: Process, stderr: FileHandle) {
            self.process = process
            self.stderr = stderr
        }

        /// Reads standard error until a line satisfies `predicate`; nil when the process closes it first.
        func waitForLine(where predicate: (String) -> Bool) -> String? {
            while true {
                while let newline = buffer.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[..<newline], as: UTF8.self)
                    buffer.removeSubrange(...newline)
                    lines.append(line)
                    if predicate(line) { return line }
                }
                let data = stderr.availableData
                if data.isEmpty { return nil }
                buffer.append(contentsOf: data)
            }
        }

        /// Kills the process with SIGKILL (no chance to clean up) and waits for it.
        func killHard() {
            _ = kill(process.processIdentifier, SIGKILL)
            CLIRunner.waitForExit(process)
        }

        /// Waits for the process to end, reading the rest of standard error; returns its status. Reads until the
        /// process has ended and nothing is left, not until the end of the pipe: another process started at the
        /// same moment may hold its write end (`CLIRunner.runCollecting`).
        func wait() -> Int32 {
            let fd = stderr.fileDescriptor
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(fd, &chunk, chunk.count)
                if n > 0 {
                    buffer.append(contentsOf: chunk[..<n])
                } else if n == 0 || !process.isRunning {
                    break
                } else {
                    usleep(10_000)
                }
            }
            CLIRunner.waitForExit(process)
            while let newline = buffer.firstIndex(of: 0x0A) {
                lines.append(String(decoding: buffer[..<newline], as: UTF8.self))
                buffer.removeSubrange(...newline)
            }
            if !buffer.isEmpty { lines.append(String(decoding: buffer, as: UTF8.self)) }
            buffer.removeAll()
            return process.terminationStatus
        }
    }

    /// Starts `newsgraph args…` like `run`, without waiting; standard output is discarded.
    func start(_ args: [String]) throws -> Background {
        guard let binary = Self.binary else { throw CLIError.binaryNotBuilt }
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "/nonexistent"
        process.environment = environment
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Background(process: process, stderr: err.fileHandleForReading)
    }
}

/// A generated news-like corpus: `count` short articles about a few countries, several sentences each.
enum GeneratedCorpus {
    static let actors = ["Russia", "Ukraine", "France", "Germany", "China", "Iran", "Turkey", "Japan", "Brazil", "India"]
    static let verbs = ["condemned", "criticized", "praised", "accused", "threatened", "supported"]

    static func jsonl(count: Int) -> String {
        var lines: [String] = []
        lines.reserveCapacity(count)
        for i in 0..<count {
            let a = actors[i % actors.count], b = actors[(i / 3 + 1) % actors.count], c = actors[(i * 7 + 3) % actors.count]
            let verb = verbs[i % verbs.count]
            let text = "\(a) \(verb) \(b) over the talks on day \(i). \(c) denied supplying \(a) with weapons. "
                + "Officials in \(b) said on Monday that \(c) would meet \(a) to discuss sanctions."
            lines.append(#"{"id": "gen-\#(i)", "title": "Report \#(i)", "date": "2017-03-01", "text": "\#(text)"}"#)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
