import KGCore

/// Sentences given one per line (CaRB's `dev_sentences.txt`, a list of headlines), not found by the splitter.
public enum LineSentences {
    /// One sentence per non-blank line of `text`; words from the tokenizer, or — when `pretokenized` — from
    /// whitespace alone, so that tokens stay exactly as given (PTB-tokenized benchmark input). A line longer
    /// than `maxWords` words keeps only its first `maxWords` (a 1 MB line would otherwise take minutes to parse).
    public static func split(_ text: String, pretokenized: Bool, tokenizer: Tokenizer = Tokenizer(),
                             maxWords: Int = .max) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var lineStart = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            var start = lineStart
            var end = i
            lineStart = i + 1
            while start < end, scalars[start].properties.isWhitespace { start += 1 }
            while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
            guard start < end else { continue }
            var words = pretokenized ? whitespaceWords(scalars, start..<end) : tokenizer.tokenize(scalars, in: start..<end)
            if words.count > maxWords { words.removeSubrange(maxWords...) }
            var sentenceText = ""
            sentenceText.unicodeScalars.append(contentsOf: scalars[start..<end])
            sentences.append(Sentence(index: sentences.count, span: TextSpan(start: start, end: end), text: sentenceText, words: words))
        }
        return sentences
    }

    private static func whitespaceWords(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if scalars[i].properties.isWhitespace { i += 1; continue }
            var j = i
            while j < range.upperBound, !scalars[j].properties.isWhitespace { j += 1 }
            var form = ""
            form.unicodeScalars.append(contentsOf: scalars[i..<j])
            words.append(Word(form: form, span: TextSpan(start: i, end: j), spaceAfter: j < range.upperBound))
            i = j
        }
        return words
    }
}
