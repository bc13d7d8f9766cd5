import Testing
import KGExtraction

/// Small whole-scorer cases: thresholds, greedy one-to-one precision, sentence alignment, AUC.
@Suite struct CaRBCurveTests {
    private let gold = CaRBGold(entries: [
        .init(sentence: "John bought a red car .", tuples: [CaRBTuple(relation: "bought", arguments: ["John", "a red car"])]),
    ])

    private func predictions(_ lines: [String]) throws -> CaRBPredictions {
        try CaRBPredictions.parse(tsv: lines.joined(separator: "\n"))
    }

    @Test func picksTheBestF1ThresholdAndIntegratesTheCurve() throws {
        let predicted = try predictions([
            "John bought a red car .\t0.9\tbought\tJohn\tcar",
            "John bought a red car .\t0.1\tbought\tJohn\ta red car",
        ])
        let score = CaRBScorer.score(gold: gold, predictions: predicted)
        // t=0.1: both kept, greedy takes the first precision-1 pair → P 1/2, R max(.6, 1) = 1.
        // t=0.9: P 1, R 3/5 → F1 .75, the best. AUC: (1-.6)(.5+1)/2 + (.6-0)(1+1)/2 = .9.
        #expect(score.curve.map { $0.threshold } == [0.1, 0.9])
        #expect(abs(score.curve[0].precision - 0.5) < 1e-12 && abs(score.curve[0].recall - 1) < 1e-12)
        #expect(score.bestThreshold == 0.9)
        #expect(abs(score.f1 - 0.75) < 1e-12)
        #expect(abs(score.auc - 0.9) < 1e-12)
    }

    @Test func matchesPredictionsOneToOneForPrecision() throws {
        let duplicated = try predictions([
            "John bought a red car .\t1\tbought\tJohn\ta red car",
            "John bought a red car .\t1\tbought\tJohn\ta red car",
        ])
        let score = CaRBScorer.score(gold: gold, predictions: duplicated)
        #expect(score.precisionAtBestF1 == 0.5)
        #expect(score.recallAtBestF1 == 1)
    }

    @Test func letsOnePredictionServeSeveralGoldTuplesOnlyForManyToOneRecall() throws {
        let twoGold = CaRBGold(entries: [.init(sentence: "John bought a car .", tuples: [
            CaRBTuple(relation: "bought", arguments: ["John", "a car"]),
            CaRBTuple(relation: "bought", arguments: ["John", "car"]),
        ])])
        let one = try predictions(["John bought a car .\t1\tbought\tJohn\ta car"])
        let manyToOne = CaRBScorer.score(gold: twoGold, predictions: one)
        // Recall (1 + 1) / 2; precision 1 / 1.
        #expect(manyToOne.recallAtBestF1 == 1 && manyToOne.precisionAtBestF1 == 1)
        let oneToOne = CaRBScorer.score(gold: twoGold, predictions: one, matching: .oneToOne)
        #expect(oneToOne.recallAtBestF1 == 0.5)
    }

    @Test func alignsSentencesIgnoringSpacesAndPunctuation() throws {
        let predicted = try predictions([
            "John bought a red car.\t0.5\tbought\tJohn\ta red car",
            "Mary sold a house .\t0.2\tsold\tMary\ta house",
        ])
        let score = CaRBScorer.score(gold: gold, predictions: predicted)
        // The unknown sentence is no false positive, but its confidence is still a threshold.
        #expect(score.thresholdCount == 2)
        #expect(score.f1 == 1)
        let filtered = CaRBScorer.score(gold: gold, predictions: predicted, sentences: ["Mary sold a house ."])
        #expect(filtered.sentenceCount == 0 && filtered.f1 == 0)
    }

    @Test func countsUnansweredGoldInRecall() throws {
        let twoSentences = CaRBGold(entries: gold.entries + [
            .init(sentence: "Mary sold a house .", tuples: [CaRBTuple(relation: "sold", arguments: ["Mary", "a house"])]),
        ])
        let predicted = try predictions(["John bought a red car .\t0.5\tbought\tJohn\ta red car"])
        let score = CaRBScorer.score(gold: twoSentences, predictions: predicted)
        #expect(score.precisionAtBestF1 == 1 && score.recallAtBestF1 == 0.5)
        // A single threshold: AUC = R (1 + P) / 2.
        #expect(score.auc == 0.5)
    }

    @Test func writesPredictionsThatReadBackUnchanged() throws {
        let original = CaRBPredictions(entries: [
            .init(sentence: "John bought a red car .", predictions: [
                CaRBPrediction(tuple: CaRBTuple(relation: "bought", arguments: ["John", "a red car"]), confidence: 0.875),
                CaRBPrediction(tuple: CaRBTuple(relation: "was", arguments: ["the car", "red"]), confidence: 1e-3),
            ]),
        ])
        let reread = try CaRBPredictions.parse(tsv: original.tsv)
        #expect(reread.entries.map(\.sentence) == ["John bought a red car ."])
        #expect(reread.entries.first?.predictions.map(\.tuple) == original.entries.first?.predictions.map(\.tuple))
        #expect(reread.entries.first?.predictions.map(\.confidence) == [0.875, 1e-3])
    }
}
