import Foundation
import Testing
import KGExtraction
import KGTestSupport

/// The CaRB dev data in the shared data (see `SharedData`).
enum CaRBData {
    static func path(_ name: String) -> String { SharedData.path("carb/\(name)") }

    /// Read once and shared by the tests that run in parallel.
    private static let loadedGold = Result { try CaRBGold.load(goldTSV: path("dev_gold.tsv")) }

    static func gold() throws -> CaRBGold { try loadedGold.get() }

    static func reference(_ system: String) throws -> CaRBPredictions {
        try CaRBPredictions.load(path: path("reference/\(system)_dev.tsv"))
    }
}

/// Expected dev scores of one reference system, from shared/data/carb/README.md.
struct CaRBReferenceScore: Sendable, CustomStringConvertible {
    var system: String
    var f1: Double
    var auc: Double
    var thresholds: Int
    var oneToOneF1: Double
    var oneToOneAUC: Double
    var description: String { system }
}

@Suite struct CaRBScorerTests {
    static let references = [
        CaRBReferenceScore(system: "openie4", f1: 0.497, auc: 0.280, thresholds: 879, oneToOneF1: 0.412, oneToOneAUC: 0.202),
        CaRBReferenceScore(system: "openie5", f1: 0.458, auc: 0.240, thresholds: 676, oneToOneF1: 0.396, oneToOneAUC: 0.186),
        CaRBReferenceScore(system: "clausie", f1: 0.457, auc: 0.231, thresholds: 637, oneToOneF1: 0.407, oneToOneAUC: 0.181),
        CaRBReferenceScore(system: "ollie", f1: 0.424, auc: 0.228, thresholds: 532, oneToOneF1: 0.345, oneToOneAUC: 0.161),
        CaRBReferenceScore(system: "props", f1: 0.331, auc: 0.138, thresholds: 617, oneToOneF1: 0.266, oneToOneAUC: 0.095),
        CaRBReferenceScore(system: "stanford", f1: 0.213, auc: 0.131, thresholds: 66, oneToOneF1: 0.200, oneToOneAUC: 0.115),
    ]

    /// Equal when both round to the same three decimals, as the README quotes them.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    @Test(SharedData.required(.carb), arguments: references)
    func reproducesReferenceDevScores(_ expected: CaRBReferenceScore) throws {
        let score = CaRBScorer.score(gold: try CaRBData.gold(), predictions: try CaRBData.reference(expected.system))
        #expect(Self.rounded(score.f1) == expected.f1)
        #expect(Self.rounded(score.auc) == expected.auc)
        #expect(score.thresholdCount == expected.thresholds)
    }

    @Test(SharedData.required(.carb), arguments: references)
    func reproducesOneToOneDevScores(_ expected: CaRBReferenceScore) throws {
        let score = CaRBScorer.score(gold: try CaRBData.gold(), predictions: try CaRBData.reference(expected.system),
                                     matching: .oneToOne)
        #expect(Self.rounded(score.f1) == expected.oneToOneF1)
        #expect(Self.rounded(score.auc) == expected.oneToOneAUC)
    }

    @Test(SharedData.required(.carb))
    func reproducesOpenIE4PrecisionAndRecallAtBestF1() throws {
        let score = CaRBScorer.score(gold: try CaRBData.gold(), predictions: try CaRBData.reference("openie4"))
        #expect(Self.rounded(score.precisionAtBestF1) == 0.546)
        #expect(Self.rounded(score.recallAtBestF1) == 0.456)
        #expect(score.goldTupleCount == 2548)
    }

    @Test(SharedData.required(.carb))
    func reproducesOpenIE5ToFiveDecimals() throws {
        let score = CaRBScorer.score(gold: try CaRBData.gold(), predictions: try CaRBData.reference("openie5"))
        #expect(abs(score.f1 - 0.45811) < 0.000005)
        #expect(abs(score.auc - 0.24021) < 0.000005)
    }

    /// The README's ceiling check writes every gold line as a prediction line, keeping the raw sentence
    /// column. Some gold lines carry a stray space around the sentence; the prediction reader keeps it, so
    /// those raw sentences collide after normalization and only the last one's extractions are scored.
    @Test(SharedData.required(.carb))
    func goldFedBackAsPredictionLinesScoresJustBelowOne() throws {
        let goldText = try String(contentsOfFile: CaRBData.path("dev_gold.tsv"), encoding: .utf8)
        let lines = goldText.split(separator: "\n").map { line in
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            fields = [fields[0], "1.0"] + fields[1...].filter { !$0.contains("C: ") }
            return fields.joined(separator: "\t")
        }
        let predictions = try CaRBPredictions.parse(tsv: lines.joined(separator: "\n"))
        let score = CaRBScorer.score(gold: try CaRBData.gold(), predictions: predictions)
        #expect(Self.rounded(score.f1) == 0.998)
        #expect(Self.rounded(score.precisionAtBestF1) == 1.000)
        #expect(Self.rounded(score.recallAtBestF1) == 0.996)
        #expect(Self.rounded(score.auc) == 0.996)
        #expect(score.thresholdCount == 1)
    }

    /// Parsed gold tuples (sentences stripped and grouped) matched against themselves score perfectly.
    @Test(SharedData.required(.carb))
    func parsedGoldAgainstItselfScoresOne() throws {
        let gold = try CaRBData.gold()
        let score = CaRBScorer.score(gold: gold, predictions: gold.asPredictions())
        #expect(score.f1 == 1)
        #expect(score.auc == 1)
        #expect(score.sentenceCount == 638)
    }

    @Test(SharedData.required(.carb), arguments: [
        ("openie4", 0.509, 0.290, 0.490, 0.274),
        ("clausie", 0.468, 0.242, 0.450, 0.222),
        ("openie5", 0.418, 0.207, 0.479, 0.259),
        ("stanford", 0.169, 0.090, 0.233, 0.155),
    ])
    func reproducesDomainSplit(system: String, newswireF1: Double, newswireAUC: Double,
                               wikiF1: Double, wikiAUC: Double) throws {
        let split = try CaRBDomainSplit.load(path: CaRBData.path("dev_domain.tsv"))
        #expect(split.domains == ["newswire", "wiki"])
        let scores = split.scores(gold: try CaRBData.gold(), predictions: try CaRBData.reference(system))
        let newswire = try #require(scores["newswire"])
        let wiki = try #require(scores["wiki"])
        #expect(Self.rounded(newswire.f1) == newswireF1)
        #expect(Self.rounded(newswire.auc) == newswireAUC)
        #expect(Self.rounded(wiki.f1) == wikiF1)
        #expect(Self.rounded(wiki.auc) == wikiAUC)
    }
}
