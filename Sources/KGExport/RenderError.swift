import KGCore

/// Why Graphviz could not turn DOT text into an image, with what Graphviz itself said.
public struct RenderError: NewsgraphError, Hashable {
    /// The kind of failure, for callers that react differently (exit codes, HTTP statuses).
    public enum Kind: String, Sendable, Hashable, Codable {
        /// libgvc could not start or has no layout plugins registered.
        case graphvizUnavailable
        /// The DOT text does not parse.
        case invalidDOT
        /// The layout engine name is not one Graphviz knows.
        case unknownLayoutEngine
        /// The output format is not one this Graphviz build can write.
        case unknownFormat
        /// Graphviz accepted the input but the layout failed.
        case layoutFailed
        /// Graphviz laid the graph out but could not write the output.
        case renderFailed
        /// The graph is larger than the layout engine handles in reasonable time.
        case graphTooLarge
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// What failed, in one sentence, including Graphviz's own words when it gave any.
    public var message: String
    /// What the user can do about it.
    public var hint: String?
    /// Graphviz's own messages for the failed call, in order, without the "Error: " prefixes.
    public var graphvizMessages: [String]

    /// Creates an error; `message` should name what failed, `hint` what to do about it.
    public init(kind: Kind, message: String, hint: String? = nil, graphvizMessages: [String] = []) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.graphvizMessages = graphvizMessages
    }
}
