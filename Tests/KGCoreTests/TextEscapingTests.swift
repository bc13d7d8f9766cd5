import KGCore
import Testing

/// One escaping namespace for every format: what each keeps, what each neutralises.
@Suite("Text escaping")
struct TextEscapingTests {
    static let hostile = "a\tb\nc\r\\d <x> & \"q\" 'a' \u{1B}\u{202E}"

    @Test func tsvEscapesWhatTSVCannotHoldAndLosesNothing() {
        #expect(TextEscaping.tsv(Self.hostile) == "a\\tb\\nc\\r\\\\d <x> & \"q\" 'a' \u{1B}\u{202E}")
        #expect(TextEscaping.tsv("plain") == "plain")
        #expect(TextEscaping.tsvFlattened("a\tb\r\nc") == "a b c")
    }

    @Test func csvQuotesOnlyWhenItMust() {
        #expect(TextEscaping.csv("Russia") == "Russia")
        #expect(TextEscaping.csv("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(TextEscaping.csv("two\nlines") == "\"two\nlines\"")
    }

    @Test func markupFormatsLeaveNoMarkupAndNoControls() {
        for escaped in [TextEscaping.xml(Self.hostile), TextEscaping.label(Self.hostile), TextEscaping.html(Self.hostile)] {
            #expect(!escaped.contains("<x>") && !escaped.contains("\"q\"") && !escaped.contains("& "))
        }
        #expect(TextEscaping.xml("a\tb\u{1B}") == "a&#9;b\u{FFFD}", "XML keeps tabs as references, drops controls")
        #expect(TextEscaping.label("a\nb\u{1B}") == "a b\u{241B}", "labels are one line with visible controls")
        #expect(TextEscaping.html("x\u{202E}y") == "x\u{FFFD}y", "no bidirectional override reaches a page")
    }
}
