import KGCore

/// A parser model that cannot be read, or training input that cannot be used.
public struct ParserError: NewsgraphError {
    /// The file involved, when there is one.
    public var path: String?
    /// What went wrong.
    public var reason: String
    /// What the user can do about it.
    public var hint: String?

    /// Creates an error about `path` (if any).
    public init(path: String? = nil, reason: String, hint: String? = nil) {
        self.path = path
        self.reason = reason
        self.hint = hint
    }

    /// One sentence naming the file and the problem.
    public var message: String {
        guard let path else { return "parser: \(reason)" }
        return "parser model \(path): \(reason)"
    }
}
