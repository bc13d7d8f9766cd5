import KGCore
import Testing
@testable import KGText

/// One row of the tokenizer table: input text and the expected word forms (EWT conventions).
struct TokenizerCase: Sendable, CustomTestStringConvertible {
    let input: String
    let forms: [String]
    var testDescription: String { input }

    init(_ input: String, _ forms: [String]) {
        self.input = input
        self.forms = forms
    }
}

@Suite("Tokenizer")
struct TokenizerTests {
    static let table: [TokenizerCase] = [
        // Clitics: EWT multiword tokens.
        .init("I don't know.", ["I", "do", "n't", "know", "."]),
        .init("We can't go", ["We", "ca", "n't", "go"]),
        .init("It won't work", ["It", "wo", "n't", "work"]),
        .init("I'm sure you're right", ["I", "'m", "sure", "you", "'re", "right"]),
        .init("We'll see what they've done", ["We", "'ll", "see", "what", "they", "'ve", "done"]),
        .init("She'd left", ["She", "'d", "left"]),
        .init("Bush's plan", ["Bush", "'s", "plan"]),
        .init("it’s fine, don’t worry", ["it", "’s", "fine", ",", "do", "n’t", "worry"]),
        .init("I'm gonna go", ["I", "'m", "gon", "na", "go"]),
        .init("I wanna know", ["I", "wan", "na", "know"]),
        .init("I dont care", ["I", "do", "nt", "care"]),
        .init("You cannot", ["You", "can", "not"]),
        .init("the parents' rights", ["the", "parents", "'", "rights"]),
        .init("O'Neil left", ["O'Neil", "left"]),
        // An apostrophe a feed encoded as a double quote: the contraction reads as written; other quotes stay marks.
        .init("She doesn\"t know we\"ve seen it", ["She", "does", "n't", "know", "we", "'ve", "seen", "it"]),
        .init("They\"ll come, they\"re sure", ["They", "'ll", "come", ",", "they", "'re", "sure"]),
        .init("he said \"no\" to Iran\"s plan", ["he", "said", "\"", "no", "\"", "to", "Iran", "\"", "s", "plan"]),
        .init("the \"nt\" and \"tone\" marks", ["the", "\"", "nt", "\"", "and", "\"", "tone", "\"", "marks"]),
        // Abbreviations keep their period.
        .init("Mr. Smith met Dr. Jones", ["Mr.", "Smith", "met", "Dr.", "Jones"]),
        .init("U.S. officials said", ["U.S.", "officials", "said"]),
        .init("Gen. Smith", ["Gen.", "Smith"]),
        .init("on Jan. 5", ["on", "Jan.", "5"]),
        .init("apples, pears, etc. are", ["apples", ",", "pears", ",", "etc.", "are"]),
        .init("Enron Inc. said", ["Enron", "Inc.", "said"]),
        .init("Jennifer M. Anderson", ["Jennifer", "M.", "Anderson"]),
        .init("at 5 p.m. today", ["at", "5", "p.m.", "today"]),
        .init("e.g. this", ["e.g.", "this"]),
        .init("No. 5 and no.", ["No.", "5", "and", "no", "."]),
        // Numbers, money, times, dates.
        .init("It costs $5.50.", ["It", "costs", "$", "5.50", "."]),
        .init("£3.2bn deal", ["£", "3.2", "bn", "deal"]),
        .init("about 1,000,000 people", ["about", "1,000,000", "people"]),
        .init("a 3.5% rise", ["a", "3.5", "%", "rise"]),
        .init("at 10:30 am", ["at", "10:30", "am"]),
        .init("at 5pm", ["at", "5", "pm"]),
        .init("on 11/17/2004", ["on", "11/17/2004"]),
        .init("the 20th century", ["the", "20th", "century"]),
        .init("the 1970s", ["the", "1970s"]),
        .init("the 924th State", ["the", "924th", "State"]),
        // Hyphens and slashes.
        .init("a well-known e-mail", ["a", "well", "-", "known", "e-mail"]),
        .init("non-profit co-workers", ["non-profit", "co-workers"]),
        .init("call 713-853-3989 now", ["call", "713-853-3989", "now"]),
        .init("from 1990-2000", ["from", "1990", "-", "2000"]),
        .init("Amir-Abdollahian said", ["Amir", "-", "Abdollahian", "said"]),
        .init("US-made components", ["US", "-", "made", "components"]),
        .init("and/or", ["and", "/", "or"]),
        .init("s/he", ["s/he"]),
        // Web text.
        .init("see http://www.example.com/a?b=c.", ["see", "http://www.example.com/a?b=c", "."]),
        .init("(www.enron.com)", ["(", "www.enron.com", ")"]),
        .init("mail john.smith@enron.com.", ["mail", "john.smith@enron.com", "."]),
        .init("thanks @POTUS #proud", ["thanks", "@POTUS", "#proud"]),
        .init("the #1 team", ["the", "#", "1", "team"]),
        .init("great :) thanks", ["great", ":)", "thanks"]),
        .init("AT&T and PG&E", ["AT&T", "and", "PG&E"]),
        // Quotes, dashes, ellipses, brackets.
        .init("He said \"yes.\"", ["He", "said", "\"", "yes", ".", "\""]),
        .init("“Hello,” she said", ["“", "Hello", ",", "”", "she", "said"]),
        .init("wait... what?!", ["wait", "...", "what", "?!"]),
        .init("wait… what", ["wait", "…", "what"]),
        .init("war – and peace — now", ["war", "–", "and", "peace", "—", "now"]),
        .init("this -- that", ["this", "--", "that"]),
        .init("(see above)", ["(", "see", "above", ")"]),
        .init("Moscow’s ongoing offensive", ["Moscow", "’s", "ongoing", "offensive"]),
        .init("café naïve", ["café", "naïve"]),
        // Web and scraped-news oddities.
        .init("DeVos\"?highly contentious", ["DeVos", "\"?", "highly", "contentious"]),
        .init("the A/C broke", ["the", "A", "/", "C", "broke"]),
        .init("b/c of it", ["b/c", "of", "it"]),
        .init("at 11:30am", ["at", "11:30", "am"]),
        .init("Dr.Michael Cowpland", ["Dr.", "Michael", "Cowpland"]),
        .init("61persons", ["61", "persons"]),
        .init("FERC 's plan", ["FERC", "'s", "plan"]),
        .init("Micro-Soft", ["Micro", "-", "Soft"]),
        .init("pro-India", ["pro-India"]),
        .init("CCNG, Inc.. On", ["CCNG", ",", "Inc.", ".", "On"]),
        .init("it.The end", ["it", ".", "The", "end"]),
        .init("in September of '67.", ["in", "September", "of", "'67", "."]),
        .init("PERFORMANCE 01-Feb-02 P", ["PERFORMANCE", "01-Feb-02", "P"]),
        .init("by 398,487MMBTU.", ["by", "398,487", "MMBTU", "."]),
        .init("Hamdan v. Rumsfeld (c. 1818)", ["Hamdan", "v.", "Rumsfeld", "(", "c.", "1818", ")"]),
        .init("B-school", ["B", "-", "school"]),
        .init("love it 👨‍👩‍👧 🇺🇸!", ["love", "it", "👨‍👩‍👧", "🇺🇸", "!"]),
        // A scraper's hyphen for a space after a function word or a comma is the space; compounds keep theirs.
        .init("Jose, a-foreign ministry spokesman", ["Jose", ",", "a", "foreign", "ministry", "spokesman"]),
        .init("according to-Kishida.", ["according", "to", "Kishida", "."]),
        .init("Jong-nam,-the-half-brother", ["Jong", "-", "nam", ",", "the", "half", "-", "brother"]),
        .init("talks in-the morning", ["talks", "in", "the", "morning"]),
        .init("a state-of-the-art in-house design", ["a", "state", "-", "of", "-", "the", "-", "art", "in", "-", "house", "design"]),
        .init("his son-in-law's to-do list", ["his", "son", "-", "in", "-", "law", "'s", "to", "-", "do", "list"]),
    ]

    @Test("tokenizes like EWT", arguments: table)
    func tokenizesLikeEWT(_ row: TokenizerCase) {
        let forms = Tokenizer().tokenize(row.input).map(\.form)
        #expect(forms == row.forms)
    }

    /// A dropped hyphen reads as the space it stands for: the word before it has a space after.
    @Test func aDroppedHyphenIsASpace() {
        let words = Tokenizer().tokenize("a-foreign ministry")
        #expect(words.map(\.form) == ["a", "foreign", "ministry"])
        #expect(words[0].spaceAfter && words[1].span.start == 2)
    }

    @Test func givesCliticsTheSubSpanTheyCover() {
        let text = "I don't."
        let scalars = Array(text.unicodeScalars)
        let result = Tokenizer().segment(scalars, in: 0..<scalars.count)
        #expect(result.words.map(\.span) == [
            TextSpan(start: 0, end: 1), TextSpan(start: 2, end: 4), TextSpan(start: 4, end: 7),
            TextSpan(start: 7, end: 8),
        ])
        #expect(result.words.map(\.spaceAfter) == [true, false, false, false])
        #expect(result.tokens.map(\.span) == [
            TextSpan(start: 0, end: 1), TextSpan(start: 2, end: 7), TextSpan(start: 7, end: 8),
        ])
        #expect(result.tokens.map(\.isMultiword) == [false, true, false])
        #expect(result.tokens[1].words == 1..<3)
    }

    @Test func countsOffsetsInUnicodeScalars() {
        // "é" as e + combining acute is two scalars; "👍🏽" is two scalars too.
        let text = "Cafe\u{301} 👍🏽 ok"
        let words = Tokenizer().tokenize(text)
        #expect(words.map(\.form) == ["Cafe\u{301}", "👍🏽", "ok"])
        #expect(words.map(\.span) == [
            TextSpan(start: 0, end: 5), TextSpan(start: 6, end: 8), TextSpan(start: 9, end: 11),
        ])
    }

    @Test func tokenizesOnlyTheGivenRange() {
        let scalars = Array("skip this, not that".unicodeScalars)
        let words = Tokenizer().tokenize(scalars, in: 5..<10)
        #expect(words.map(\.form) == ["this", ","])
        #expect(words.first?.span == TextSpan(start: 5, end: 9))
        // Out-of-range requests are clamped, not trapped.
        #expect(Tokenizer().tokenize(scalars, in: 15..<99).map(\.form) == ["that"])
    }

    @Test(arguments: [
        "\"?\"?\"? Ã©tÃ© â€™s", "\u{FFFD}\u{FFFD}abc\u{FFFD}", "\u{0}\u{1}\u{7}text\u{1B}[0m\u{7F}",
        "\u{301}\u{302} lone marks \u{301}", "a\u{200D}\u{200D}b", "👨‍👩‍👧 family", "'''''", "-----",
        "http://", "@", "#", "a@", "@b.", "1,", "1,00", "e.g", "...", "'s", "n't", ":", "\u{2028}\u{2029}",
        "\r\n\r\n", "x-", "-x", "3-", "U.S", "A.B.C.D.E.F.G.H.", String(repeating: "a.", count: 1000),
    ])
    func neverTrapsAndCoversTheText(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let result = Tokenizer().segment(scalars, in: 0..<scalars.count)
        expectWellFormed(result, scalars)
    }

    @Test func randomScalarSoupIsCoveredByTokens() {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("aZ0 .,'’\"-–—…!?:;/@#$£%&()[]\n\t\u{301}\u{FFFD}\u{0}é中🙂".unicodeScalars)
        for _ in 0..<200 {
            let length = Int(generator.next() % 80)
            let scalars = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let result = Tokenizer().segment(scalars, in: 0..<scalars.count)
            expectWellFormed(result, scalars)
        }
    }

    /// Tokens are in order, do not overlap, cover every non-space scalar but the hyphens read as spaces (each glued
    /// between two covered scalars), and their words tile them.
    private func expectWellFormed(_ result: TokenizedText, _ scalars: [Unicode.Scalar]) {
        var covered = [Bool](repeating: false, count: scalars.count)
        var previousEnd = 0
        for token in result.tokens {
            #expect(token.span.start >= previousEnd && token.span.end > token.span.start)
            #expect(token.span.end <= scalars.count)
            previousEnd = token.span.end
            for k in token.span.start..<min(token.span.end, scalars.count) { covered[k] = true }
            #expect(result.words[token.words.first ?? 0].span.start == token.span.start)
            #expect(result.words[(token.words.last ?? 0)].span.end == token.span.end)
        }
        for (k, c) in scalars.enumerated() where !covered[k] {
            let spaceHyphen = c == "-" && k > 0 && k + 1 < scalars.count && covered[k - 1] && covered[k + 1]
            #expect(c.properties.isWhitespace || c.value < 0x20 || c.value == 0x7F || (0x80..<0xA0).contains(c.value) || spaceHyphen)
        }
    }
}

/// A small seeded generator so random tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
