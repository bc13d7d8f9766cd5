import KGCore

/// The pipeline cannot be set up or run as asked (a gold file that cannot be read, …).
public struct PipelineError: NewsgraphError {
    public var message: String
    public var hint: String?

    /// An error saying what failed (`message`) and what to do (`hint`).
    public init(message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}
