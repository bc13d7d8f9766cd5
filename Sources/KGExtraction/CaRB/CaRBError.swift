import KGCore

/// A CaRB gold, prediction or domain file could not be read or is malformed.
public struct CaRBError: NewsgraphError {
    /// What went wrong, with `file:line:` in front when the problem is in one line.
    public var message: String
    /// What the user can do about it.
    public var hint: String?
    /// The file (or source label) involved.
    public var source: String
    /// 1-based line number, when the problem is in one line.
    public var line: Int?

    /// Creates an error about `source` (and `line`, when given).
    public init(source: String, line: Int? = nil, problem: String, hint: String? = nil) {
        self.source = source
        self.line = line
        self.hint = hint
        if let line {
            message = "\(source):\(line): \(problem)"
        } else {
            message = "\(source): \(problem)"
        }
    }
}
