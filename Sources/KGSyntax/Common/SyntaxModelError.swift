import KGCore

/// A model or training-data file that cannot be read, written or used.
public struct SyntaxModelError: NewsgraphError {
    /// The file involved.
    public var path: String
    /// What went wrong.
    public var reason: String
    /// What the user can do about it.
    public var hint: String?

    /// Creates an error about `path`.
    public init(path: String, reason: String, hint: String? = nil) {
        self.path = path
        self.reason = reason
        self.hint = hint
    }

    /// One sentence naming the file.
    public var message: String { "\(path): \(reason)" }
}
