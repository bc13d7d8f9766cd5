import Testing
import KGCore
import KGExtraction

/// Hand-made cases of CaRB's matching rules (shared/data/carb/SCORING.md §3), worked out on paper.
@Suite struct CaRBMatcherTests {
    private func score(_ gold: (String, [String]), _ prediction: (String, [String])) -> CaRBPairScore {
        CaRBMatcher.score(gold: CaRBTuple(relation: gold.0, arguments: gold.1),
                          prediction: CaRBTuple(relation: prediction.0, arguments: prediction.1))
    }

    private func isClose(_ actual: CaRBPairScore, _ precision: Double, _ recall: Double) -> Bool {
        abs(actual.precision - precision) < 1e-12 && abs(actual.recall - recall) < 1e-12
    }

    @Test func requiresARelationTokenInCommon() {
        #expect(score(("bought", ["John", "a car"]), ("sold", ["John", "a car"])) == .zero)
        #expect(score(("bought", ["John", "a car"]), ("bought", ["Mary", "the house"])) == CaRBPairScore(precision: 1.0 / 4, recall: 1.0 / 4))
    }

    @Test func comparesWhitespaceTokensCaseSensitively() {
        #expect(score(("bought", ["John", "a car"]), ("Bought", ["John", "a car"])) == .zero)
        // "car." is one token and does not match "car".
        #expect(isClose(score(("bought", ["John", "a car"]), ("bought", ["john", "a car."])), 2.0 / 4, 2.0 / 4))
    }

    @Test func scoresTokenOverlapAsMultisetIntersection() {
        // 3 matched of 3 predicted and of 5 gold tokens.
        #expect(isClose(score(("bought", ["John", "a red car"]), ("bought", ["John", "car"])), 1, 3.0 / 5))
        // Gold "the" once consumes only one of the two predicted "the" tokens.
        #expect(isClose(score(("saw", ["he", "the cat"]), ("saw", ["he", "the the cat"])), 4.0 / 5, 1))
    }

    @Test func appendsArgumentsBeyondTheSecondToTheSecond() {
        #expect(score(("went", ["John", "to Paris in May"]), ("went", ["John", "to Paris", "in May"])) == CaRBPairScore(precision: 1, recall: 1))
    }

    @Test func needsEveryGoldSlotButIgnoresExtraPredictedSlots() {
        #expect(score(("bought", ["John", "a car"]), ("bought", ["John"])) == .zero)
        // Gold has one slot, so the predicted second argument is never looked at.
        #expect(score(("arrived", ["John"]), ("arrived", ["John", "late yesterday"])) == CaRBPairScore(precision: 1, recall: 1))
    }

    @Test func letsAPredictedBeStandForAFormOfBe() {
        #expect(score(("is", ["Bush", "President"]), ("be", ["Bush", "President"])) == CaRBPairScore(precision: 1, recall: 1))
        #expect(score(("has", ["Bush", "President"]), ("be", ["Bush", "President"])) == .zero)
    }

    @Test func triesSwappedArgumentsForSayingRelations() {
        #expect(score(("said", ["John", "it rained"]), ("said", ["it rained", "John"])) == CaRBPairScore(precision: 1, recall: 1))
        #expect(isClose(score(("claimed", ["John", "it rained"]), ("claimed", ["it rained", "John"])), 1.0 / 4, 1.0 / 4))
    }

    @Test func dropsContextArgumentsFromGold() throws {
        let gold = try CaRBGold.parse(tsv: "It rained , John said .\tsaid\tJohn\tit rained\tC: yesterday\n")
        #expect(gold.entries.first?.tuples == [CaRBTuple(relation: "said", arguments: ["John", "it rained"])])
    }

    @Test func reportsMalformedPredictionLinesByNumber() {
        do {
            _ = try CaRBPredictions.parse(tsv: "A b .\t0.5\tb\tA\n\nC d .\thigh\td\tC\n", source: "out.tsv")
            Issue.record("a non-numeric confidence was accepted")
        } catch let error as CaRBError {
            #expect(error.line == 3)
            #expect(error.message.hasPrefix("out.tsv:3:"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(throws: CaRBError.self) { try CaRBPredictions.parse(tsv: "A b .\t0.5\n") }
        #expect(throws: CaRBError.self) { try CaRBGold.parse(tsv: "just a sentence\n") }
    }

    @Test func normalizesSentenceKeys() {
        #expect(CaRBSentenceKey.normalize("He said -LRB- twice -RRB- .") == CaRBSentenceKey.normalize("He said (twice)."))
        #expect(CaRBSentenceKey.normalize("U.S. sales rose 5 % .") == "USsalesrose5")
    }
}
