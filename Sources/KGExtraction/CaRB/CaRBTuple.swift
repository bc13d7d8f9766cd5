/// One open-IE tuple as CaRB sees it: a relation phrase and its arguments, all whitespace-tokenized text.
public struct CaRBTuple: Sendable, Hashable, Codable {
    /// The relation phrase, e.g. `made a final offer on`.
    public var relation: String
    /// The arguments in order (arg1, arg2, …); gold context args (`C: …`) are already dropped.
    public var arguments: [String]

    /// Creates a tuple from its relation and arguments.
    public init(relation: String, arguments: [String]) {
        self.relation = relation
        self.arguments = arguments
    }

    /// The arguments as CaRB matches them: with 2 or more args, `(arg1, arg2 + " " + arg3 …)`.
    public var binarizedArguments: [String] {
        guard arguments.count >= 2 else { return arguments }
        return [arguments[0], arguments[1...].joined(separator: " ")]
    }
}

/// One system extraction for a sentence, with its confidence and where it came from.
public struct CaRBPrediction: Sendable, Hashable, Codable {
    /// The extracted tuple.
    public var tuple: CaRBTuple
    /// The system's confidence; thresholds on the PR curve are these values.
    public var confidence: Double
    /// 1-based line in the prediction file, or nil when built in code.
    public var line: Int?

    /// Creates a prediction.
    public init(tuple: CaRBTuple, confidence: Double, line: Int? = nil) {
        self.tuple = tuple
        self.confidence = confidence
        self.line = line
    }
}
