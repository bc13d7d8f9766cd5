import KGCore

/// A surface token: a stretch of text without spaces that is one orthographic unit (`don't`, `U.S.`, `,`).
///
/// Most tokens are one syntactic word; a multiword token (`don't` → `do` + `n't`) covers several, in the
/// sense of CoNLL-U's `3-4` range lines.
public struct Token: Sendable, Hashable, Codable {
    /// Unicode scalar offsets of the token in the document text.
    public var span: TextSpan
    /// Indices of the token's words in the accompanying word array.
    public var words: Range<Int>

    /// A token covering `words` of the accompanying word array.
    public init(span: TextSpan, words: Range<Int>) {
        self.span = span
        self.words = words
    }

    /// Whether the token is split into more than one syntactic word.
    public var isMultiword: Bool { words.count > 1 }
}

/// Surface tokens and the syntactic words they split into, as the tokenizer produces them.
public struct TokenizedText: Sendable, Hashable {
    /// Syntactic words, in text order; spans of a multiword token's words are the pieces they cover.
    public var words: [Word]
    /// Surface tokens, in text order; each names its range of `words`.
    public var tokens: [Token]

    /// Tokens and words as given.
    public init(words: [Word] = [], tokens: [Token] = []) {
        self.words = words
        self.tokens = tokens
    }
}
