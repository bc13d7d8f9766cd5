import Foundation
import KGCore
import KGTestSupport
import Testing
@testable import KGText

@Suite("Tokenization evaluator")
struct TokenizationEvaluatorTests {
    static func sentence(_ text: String, _ forms: [String], newpar: Bool = false) -> CoNLLUSentence {
        let words = forms.enumerated().map { i, form in
            Word(form: form, head: i == 0 ? 0 : 1, relation: i == 0 ? "root" : "dep", span: TextSpan(start: 0, end: 0))
        }
        return CoNLLUSentence(comments: (newpar ? ["newpar"] : []) + ["text = \(text)"], words: words)
    }

    @Test func goldAgainstItselfScoresOneHundred() throws {
        let gold = try CoNLLU.parse(CoNLLUTests.sample)
        let scores = TokenizationEvaluator().evaluate(goldSentences: gold, systemSentences: gold)
        #expect(scores.tokens.f1 == 100)
        #expect(scores.words.f1 == 100)
        #expect(scores.sentences.f1 == 100)
    }

    @Test func rebuildsRawTextWithParagraphBreaks() throws {
        let gold = try CoNLLU.parse(CoNLLUTests.sample)
        #expect(TokenizationEvaluator.rawText(of: gold) == "I don't know.\n\nBye!")
        // Our splitter gets this easy text right, multiword token included.
        let scores = TokenizationEvaluator().evaluate(goldSentences: gold)
        #expect(scores.tokens.correct == 6 && scores.tokens.gold == 6 && scores.tokens.system == 6)
        #expect(scores.words.correct == 7 && scores.words.gold == 7 && scores.words.system == 7)
        #expect(scores.sentences.f1 == 100)
    }

    @Test func countsSpanMismatchesLikeTheSharedTaskScript() {
        // Gold keeps "A b. C d." as one sentence and "wo" "n't" unsplit as one word "won't".
        let gold = [Self.sentence("A b. C won't.", ["A", "b", ".", "C", "won't", "."])]
        let scores = TokenizationEvaluator().evaluate(goldSentences: gold)
        // System: [A b .] [C wo|n't .] → 6 tokens all matching, 7 words of which 5 align (LCS on forms).
        #expect(scores.tokens == F1Score(gold: 6, system: 6, correct: 6))
        #expect(scores.words == F1Score(gold: 6, system: 7, correct: 5))
        #expect(scores.sentences == F1Score(gold: 1, system: 2, correct: 0))
        #expect(abs(scores.words.f1 - 100 * 10 / 13.0) < 1e-9)
    }

    static let dataDirectory: URL = SharedData.url("ud")

    /// Floors per treebank file: tokens, words and sentences F1 (the targets for EWT test).
    static let floors: [(file: String, tokens: Double, words: Double, sentences: Double)] = [
        ("en_ewt-ud-dev.conllu", 99.0, 98.5, 85.0),
        ("en_ewt-ud-test.conllu", 98.5, 98.0, 85.0),
        ("en_gum-ud-test.conllu", 99.0, 98.5, 90.0),
    ]

    @Test(SharedData.required(.ud))
    func meetsAccuracyFloorsOnUDEnglish() throws {
        for floor in Self.floors {
            let url = Self.dataDirectory.appendingPathComponent(floor.file)
            let gold = try CoNLLU.parse(String(contentsOf: url, encoding: .utf8), path: url.path)
            let scores = TokenizationEvaluator().evaluate(goldSentences: gold)
            print(String(format: "%@: tokens F1 %.2f, words F1 %.2f, sentences F1 %.2f", floor.file,
                         scores.tokens.f1, scores.words.f1, scores.sentences.f1))
            #expect(scores.tokens.f1 >= floor.tokens, "\(floor.file) tokens")
            #expect(scores.words.f1 >= floor.words, "\(floor.file) words")
            #expect(scores.sentences.f1 >= floor.sentences, "\(floor.file) sentences")
        }
    }
}
