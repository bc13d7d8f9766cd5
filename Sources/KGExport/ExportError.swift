import KGCore

/// Why a dump could not be written: what failed, where, and what to do.
public struct ExportError: NewsgraphError, Hashable {
    /// What failed, naming the path.
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    /// Creates an error; `message` names what failed and where, `hint` what to do.
    public init(message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}
