/// An error a user can act on: what failed, where, and what to do about it.
///
/// Every module's error type conforms, so the CLI prints them all the same way and picks an exit code.
public protocol NewsgraphError: Error, CustomStringConvertible, Sendable {
    /// One sentence: what went wrong, naming the file, line or entity involved.
    var message: String { get }
    /// What the user can do about it, or nil when there is nothing to suggest.
    var hint: String? { get }
}

extension NewsgraphError {
    public var description: String {
        guard let hint else { return message }
        return "\(message)\n  hint: \(hint)"
    }
}

/// A problem in one input that did not stop the run (a malformed JSONL line, invalid UTF-8 …).
public struct InputWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    public var path: String
    /// 1-based line number, when the problem is in one line.
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
