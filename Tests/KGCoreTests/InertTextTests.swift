import KGCore
import Testing

@Suite("Inert text")
struct InertTextTests {
    @Test(arguments: [
        ("Rusia\u{1B}[2J", "Rusia"),
        ("\u{1B}[31mRussia\u{1B}[0m", "Russia"),
        ("Iran\u{202E}", "Iran"),
        ("United\tStates", "UnitedStates"),
        ("Ukraine", "Ukraine"),
    ])
    func typedTextLosesEscapesAndControls(input: String, expected: String) {
        #expect(InertText.typed(input) == expected)
    }

    @Test func visibleTextKeepsItsLengthButShowsNoControls() {
        let shown = InertText.visible("a\u{1B}[2Jb\u{202E}c")
        #expect(!shown.unicodeScalars.contains("\u{1B}"))
        #expect(!shown.unicodeScalars.contains("\u{202E}"))
        #expect(shown.hasPrefix("a ") && shown.hasSuffix("\u{FFFD}c"))
    }
}
