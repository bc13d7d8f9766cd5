import KGCore

/// Splits text into word tokens with Unicode scalar offsets.
///
/// First version: letters/digits runs (with inner `.`, `'`, `-`) and single punctuation marks.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokens of `scalars[range]`, offsets relative to the start of `scalars`.
    public func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Word] {
        var words: [Word] = []
        var i = range.lowerBound
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil
        }
        while i < range.upperBound {
            let s = scalars[i]
            if s.properties.isWhitespace { i += 1; continue }
            var j = i + 1
            if isWordScalar(s) {
                while j < range.upperBound {
                    let c = scalars[j]
                    if isWordScalar(c) { j += 1; continue }
                    if (c == "-" || c == "'" || c == "\u{2019}" || c == "."), j + 1 < range.upperBound,
                       isWordScalar(scalars[j + 1]) { j += 2; continue }
                    break
                }
            }
            var form = ""
            form.unicodeScalars.append(contentsOf: scalars[i..<j])
            let spaceAfter = j < scalars.count && scalars[j].properties.isWhitespace
            words.append(Word(form: form, span: TextSpan(start: i, end: j), spaceAfter: spaceAfter))
            i = j
        }
        return words
    }
}
