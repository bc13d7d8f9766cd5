/// Finds hard-wrapped paragraphs (e-mail, plain-text files): several lines, most of them long, most not
/// ending a sentence. Inside them a line break is usually just a space, so the splitter only treats a
/// much shorter line (a heading above the text) as title-like there.
struct WrappedParagraphs {
    /// Scalar ranges of the wrapped paragraphs, in order.
    private(set) var ranges: [Range<Int>] = []
    private var cursor = 0

    /// Scans `s` once.
    init(_ s: [Unicode.Scalar]) {
        var paragraphStart = 0
        var lineStart = 0
        var lines = 0
        var longLines = 0
        var endedLines = 0
        var k = 0
        func closeParagraph(at end: Int) {
            // The last line is often short; judge the others.
            let judged = lines - 1
            if judged >= 2, longLines * 3 >= judged * 2, endedLines * 2 <= judged {
                ranges.append(paragraphStart..<end)
            }
            lines = 0
            longLines = 0
            endedLines = 0
        }
        while k <= s.count {
            guard k == s.count || s[k].value == 0x0A else {
                k += 1
                continue
            }
            // The line is s[lineStart..<k], without trailing spaces.
            var e = k
            while e > lineStart, s[e - 1].isSeparatorLike { e -= 1 }
            if e == lineStart {
                if lines > 0 { closeParagraph(at: k) }
                paragraphStart = k + 1
            } else {
                lines += 1
                let length = e - lineStart
                if length >= 40, length <= 100 { longLines += 1 }
                if TokenScanner.isTerminalScalar(s[e - 1]) { endedLines += 1 }
            }
            lineStart = k + 1
            k += 1
        }
        if lines > 0 { closeParagraph(at: s.count) }
    }

    /// Whether `position` lies in a wrapped paragraph; positions must be asked in increasing order.
    mutating func contains(_ position: Int) -> Bool {
        while cursor < ranges.count, ranges[cursor].upperBound <= position { cursor += 1 }
        return cursor < ranges.count && ranges[cursor].contains(position)
    }
}
