import KGCore

/// Why the server refused or failed a request, with the HTTP status it answers with.
///
/// Pages show `message` and `hint` as text; the JSON API answers `{"error": message, "hint": hint}`.
public struct ServerError: NewsgraphError, Hashable {
    /// What went wrong, in HTTP terms.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A parameter is missing, malformed or out of range (400).
        case badRequest
        /// No entity or edge matches (404).
        case notFound
        /// The answer would be larger than the server draws or sends (413).
        case tooLarge
        /// Graphviz did not finish in time, or too many drawings are waiting (503).
        case unavailable
        /// Anything else: the store or Graphviz failed (500).
        case internalError
    }

    /// The kind of failure, which picks the HTTP status.
    public var kind: Kind
    /// What failed, naming the parameter or entity.
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    /// Creates an error; `message` says what failed, `hint` what to do.
    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    /// The HTTP status code for `kind`.
    public var statusCode: Int {
        switch kind {
        case .badRequest: 400
        case .notFound: 404
        case .tooLarge: 413
        case .unavailable: 503
        case .internalError: 500
        }
    }
}
