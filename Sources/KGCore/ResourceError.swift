/// Newsgraph's own data files (models, tables) are missing or unreadable.
public struct ResourceError: NewsgraphError {
    public var message: String
    public var hint: String?

    /// An error saying what is missing (`message`) and what to do (`hint`).
    public init(message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    /// The same message and hint as `error` (a model's own error about a corrupt file), so a load failure can be
    /// kept in a `static let` and thrown again on every call.
    public init(_ error: any Error) {
        if let error = error as? ResourceError {
            self = error
        } else if let error = error as? any NewsgraphError {
            self.init(message: error.message, hint: error.hint)
        } else {
            self.init(message: "\(error)")
        }
    }
}
