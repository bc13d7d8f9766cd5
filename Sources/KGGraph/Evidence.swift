import KGCore

/// One sentence behind an edge: where it was said, how, and by whom.
public struct Evidence: Sendable, Hashable, Codable {
    public var documentID: String
    public var sentenceIndex: Int
    /// Span of the whole assertion (subject through object) in the document text.
    public var span: TextSpan
    public var sentence: String
    public var relationText: String
    public var negated: Bool
    public var modality: String?
    public var attribution: Attribution?
    /// The document's date (ISO `YYYY-MM-DD`), when known.
    public var date: String?
    public var confidence: Double
    /// Whether the subject or object was reached by coreference ("he admitted") rather than named.
    public var coreferent: Bool
    /// The document's title, when the store knows it (filled when read back, for display).
    public var documentTitle: String?

    public init(
        documentID: String, sentenceIndex: Int, span: TextSpan, sentence: String, relationText: String,
        negated: Bool, modality: String?, attribution: Attribution?, date: String?, confidence: Double,
        coreferent: Bool = false, documentTitle: String? = nil
    ) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.span = span
        self.sentence = sentence
        self.relationText = relationText
        self.negated = negated
        self.modality = modality
        self.attribution = attribution
        self.date = date
        self.confidence = confidence
        self.coreferent = coreferent
        self.documentTitle = documentTitle
    }
}
