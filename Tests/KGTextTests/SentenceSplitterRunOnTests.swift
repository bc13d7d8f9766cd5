import KGCore
import Testing
import KGText

/// Text without sentence boundaries (tables, dumps, junk) must not cost parsing time in proportion to its size.
@Suite struct SentenceSplitterRunOnTests {
    /// `count` lower-case words and no punctuation: one boundary-free stretch.
    static func runOn(_ count: Int) -> String {
        (0..<count).map { ["alpha", "beta", "gamma", "delta"][$0 % 4] }.joined(separator: " ")
    }

    @Test func keepsOnlyTheFirstWordsOfARunOnAndReportsIt() {
        let splitter = SentenceSplitter(maxWords: 100, maxRunOnWords: 250)
        let text = "Moscow condemned Washington. " + Self.runOn(1_000) + ". Tehran denied it."
        let (sentences, runOns) = splitter.splitReportingRunOns(text)
        #expect(sentences.first?.text == "Moscow condemned Washington.")
        #expect(sentences.last?.text == "Tehran denied it.")
        let kept = sentences.dropFirst().dropLast().reduce(0) { $0 + $1.words.count }
        #expect(kept > 0 && kept <= 250)
        #expect(runOns.count == 1)
        // 1,000 words and the period that finally ends the stretch.
        #expect(runOns.first?.tokens == 1_001)
        #expect(runOns.first?.keptTokens == kept)
        #expect(runOns.first?.span.start == 29)
        #expect(sentences.map(\.index) == Array(0..<sentences.count))
    }

    @Test func keepsEverythingWithoutALimit() {
        let splitter = SentenceSplitter(maxWords: 100)
        let (sentences, runOns) = splitter.splitReportingRunOns(Self.runOn(1_000))
        #expect(runOns.isEmpty)
        #expect(sentences.reduce(0) { $0 + $1.words.count } == 1_000)
    }

    @Test func longProseWithBoundariesIsNotARunOn() {
        let splitter = SentenceSplitter(maxWords: 100, maxRunOnWords: 250)
        let text = String(repeating: "Moscow condemned Washington over the sanctions again. ", count: 200)
        let (sentences, runOns) = splitter.splitReportingRunOns(text)
        #expect(runOns.isEmpty)
        #expect(sentences.count == 200)
    }

    @Test func aTenMegabyteRunOnEndsQuickly() {
        let splitter = SentenceSplitter(maxRunOnWords: 1_000)
        let text = String(repeating: "word ", count: 2_000_000)
        let clock = ContinuousClock()
        var result: (sentences: [Sentence], runOns: [SentenceSplitter.RunOn]) = ([], [])
        let elapsed = clock.measure { result = splitter.splitReportingRunOns(text) }
        #expect(result.runOns.first?.tokens == 2_000_000)
        #expect(result.sentences.reduce(0) { $0 + $1.words.count } <= 1_000)
        // Generous: tokenizing 10 MB takes well under a second optimised; the point is it is not minutes.
        #expect(elapsed < .seconds(60))
    }
}
