import KGCore

/// One sentence of a document: its place in the text and its words.
public struct Sentence: Sendable, Hashable, Codable {
    /// 0-based position among the document's sentences.
    public var index: Int
    /// Unicode scalar offsets of the sentence in the document text.
    public var span: TextSpan
    /// The sentence text exactly as in the document.
    public var text: String
    public var words: [Word]

    public init(index: Int, span: TextSpan, text: String, words: [Word]) {
        self.index = index
        self.span = span
        self.text = text
        self.words = words
    }
}
