import Foundation
import KGCore
import KGTestSupport
import Testing
@testable import KGText

/// Prints tokenizer + splitter throughput; a measurement, not a check (STYLE: no timed assertions).
/// Run it in release: `NEWSGRAPH_BENCH=1 swift test -c release --filter TokenizationThroughput`.
@Suite("Tokenization throughput")
struct TokenizationThroughputTests {
    static let enabled = ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH"] != nil

    @Test(.enabled(if: enabled, "set NEWSGRAPH_BENCH=1 to measure throughput"), SharedData.required(.ud))
    func printsWordsPerSecondOnEWTTest() throws {
        let url = TokenizationEvaluatorTests.dataDirectory.appendingPathComponent("en_ewt-ud-test.conllu")
        let gold = try CoNLLU.parse(String(contentsOf: url, encoding: .utf8), path: url.path)
        let text = TokenizationEvaluator.rawText(of: gold)
        let splitter = SentenceSplitter()
        var words = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<10 { words += splitter.split(text).reduce(0) { $0 + $1.words.count } }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        print(String(format: "split + tokenize: %d words in %.3f s = %.0f words/s (wall clock)",
                     words, seconds, Double(words) / seconds))
        #expect(words > 0)
    }
}
