import KGCore

/// Splits a document's text into sentences of tokens.
///
/// First version: a sentence ends after `.`, `!` or `?` (and closing quotes) followed by space, and at every
/// line break.
public struct SentenceSplitter: Sendable {
    public var tokenizer: Tokenizer

    public init(tokenizer: Tokenizer = Tokenizer()) {
        self.tokenizer = tokenizer
    }

    /// The sentences of `text`, with words filled by the tokenizer.
    public func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var s = start
            var e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            if s < e {
                let words = tokenizer.tokenize(scalars, in: s..<e)
                var sentenceText = ""
                sentenceText.unicodeScalars.append(contentsOf: scalars[s..<e])
                sentences.append(Sentence(index: sentences.count, span: TextSpan(start: s, end: e), text: sentenceText, words: words))
            }
            start = end
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" {
                emit(i)
            } else if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < scalars.count, "\"'\u{201D}\u{2019})".unicodeScalars.contains(scalars[j]) { j += 1 }
                if j == scalars.count || scalars[j].properties.isWhitespace {
                    emit(j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        emit(scalars.count)
        return sentences
    }
}
