import KGCore

/// An alias file that cannot be used: every malformed line, by file and line number.
public struct AliasFileError: NewsgraphError, Equatable {
    /// The alias file.
    public var path: String
    /// What is wrong, line by line.
    public var problems: [InputWarning]
    /// What to do about it.
    public var hint: String?

    /// Makes an error for `path` listing `problems`.
    public init(path: String, problems: [InputWarning], hint: String? = nil) {
        self.path = path
        self.problems = problems
        self.hint = hint
    }

    /// Every problem, one per line (the first twenty).
    public var message: String {
        let shown = problems.prefix(20).map(\.description)
        let more = problems.count > shown.count ? ["… and \(problems.count - shown.count) more"] : []
        return "the alias file '\(path)' has \(problems.count) problem\(problems.count == 1 ? "" : "s"):\n  "
            + (shown + more).joined(separator: "\n  ")
    }
}
