#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import KGCore

/// Writing to the terminal: results to standard output, warnings and progress to standard error.
enum Terminal {
    /// Writes a line to standard error.
    static func warn(_ line: String) {
        fflush(nil)
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Reports input problems that did not stop the run.
    static func report(_ warnings: [InputWarning]) {
        for warning in warnings { warn("warning: \(warning)") }
    }

    /// Writes text to standard output (buffered).
    static func write(_ text: String) {
        print(text, terminator: "")
    }

    /// Rewrites the progress line on standard error; nil clears it.
    static func progress(_ line: String?) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + (line ?? "")).utf8))
    }

    /// Whether standard error is an interactive terminal (for progress lines).
    static var standardErrorIsTerminal: Bool { isatty(2) != 0 }
}
