import KGCore

/// A document's text and metadata, plus (after `Tokenizer`/`SentenceSplitter` and the syntax stage) its sentences.
public struct Document: Sendable, Hashable, Codable {
    public var info: DocumentInfo
    public var text: String
    /// Filled by the sentence splitter; empty until then.
    public var sentences: [Sentence]

    public init(info: DocumentInfo, text: String, sentences: [Sentence] = []) {
        self.info = info
        self.text = text
        self.sentences = sentences
    }

    public var id: String { info.id }
}
