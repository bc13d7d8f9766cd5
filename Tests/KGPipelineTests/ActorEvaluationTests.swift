import KGCore
import KGPipeline
import Testing

/// Scoring made-up predictions against made-up gold, with the numbers worked out by hand.
@Suite struct ActorEvaluationTests {
    typealias Node = ActorPrediction.Node

    static let article = ActorGold.Article(
        id: "a1",
        entities: [
            .init(canonical: "Russia", type: "country", aliases: ["Moscow", "the Kremlin"]),
            .init(canonical: "Iran", type: "country", aliases: ["Tehran"]),
            .init(canonical: "United States", type: "country", aliases: ["Washington", "he"]),
            .init(canonical: "Ukraine", type: "country", aliases: ["Kiev"]),
        ],
        edges: [
            .init(offset: 0, subject: "Russia", relation: ["sanction", "impose"], object: "Ukraine"),
            .init(offset: 0, subject: "Iran", relation: ["supply", "send"], object: "Russia", negated: true),
            .init(offset: 50, subject: "United States", relation: ["criticise"], object: "Russia", coref: true),
            .init(offset: 100, subject: "Ukraine", relation: ["meet", "hold talks"], object: "Iran"),
        ])

    static let sentences = [TextSpan(start: 0, end: 49), TextSpan(start: 50, end: 99), TextSpan(start: 100, end: 150)]

    static let prediction = ActorPrediction(id: "a1", sentenceSpans: sentences, edges: [
        // g1, matched through the alias "Moscow" kept on the node.
        .init(subject: Node(name: "Russia", aliases: ["Moscow"]), relation: "sanction", object: Node(name: "Kiev"), sentenceIndex: 0),
        // g2: "supply to" matches "supply" without its preposition; negation lost.
        .init(subject: Node(name: "Iran"), relation: "supply to", object: Node(name: "Russia"), sentenceIndex: 0),
        // g3 the other way round.
        .init(subject: Node(name: "Russia"), relation: "criticize", object: Node(name: "United States"), sentenceIndex: 1),
        // g4's pair with another relation.
        .init(subject: Node(name: "Ukraine"), relation: "talk with", object: Node(name: "Iran"), sentenceIndex: 2),
        // Not a gold entity.
        .init(subject: Node(name: "Belarus"), relation: "support", object: Node(name: "Ukraine"), sentenceIndex: 2),
        // g1 again, named by a description with "the".
        .init(subject: Node(name: "The Kremlin"), relation: "sanction", object: Node(name: "Ukraine"), sentenceIndex: 0),
    ])

    static let score = ActorEvaluation.score(gold: ActorGold(articles: [article]), predictions: [prediction])

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test func countsMatchesOnSubjectObjectAndRelation() {
        let s = Self.score
        #expect(s.goldEdges == 4 && s.predictedEdges == 6 && s.matched == 2)
        #expect(Self.close(s.precision, 2.0 / 6))
        #expect(Self.close(s.recall, 2.0 / 4))
        #expect(Self.close(s.f1, 0.4))
    }

    @Test func pairOnlyScoreIgnoresTheRelationButKeepsDirection() {
        let s = Self.score
        #expect(s.pairMatched == 3)
        #expect(Self.close(s.pairPrecision, 0.5) && Self.close(s.pairRecall, 0.75) && Self.close(s.pairF1, 0.6))
    }

    @Test func negationAgreementAndRecallWithoutCoreference() {
        let s = Self.score
        #expect(s.negationAgreed == 1 && Self.close(s.negationAgreement, 0.5))
        #expect(s.goldWithoutCoref == 3 && s.matchedWithoutCoref == 2)
        #expect(Self.close(s.recallWithoutCoref, 2.0 / 3))
    }

    @Test func givesEachMissAndFalseEdgeItsCause() {
        let s = Self.score
        #expect(s.misses.map(\.cause) == [.negationDiffers, .directionReversed, .relationDiffers])
        #expect(s.falseEdges.map(\.cause) == [.reversed, .relationNotInGold, .entityNotInGold, .duplicate])
        #expect(s.count(.entityNotInGold) == 1 && s.count(.duplicate) == 1 && s.count(.pairNotInGold) == 0)
        let reversed = s.falseEdges.first { $0.cause == .reversed }
        #expect(reversed?.offset == 50 && reversed?.subject == "Russia" && reversed?.object == "United States")
    }

    /// (sentence index of the prediction, whether it matches the gold edge at offset 0)
    @Test(arguments: [(0, true), (1, true), (2, false)])
    func matchesInTheGoldSentenceOrTheNextWhenThePipelineCutIt(sentence: Int, matches: Bool) {
        let article = ActorGold.Article(
            id: "b", entities: [.init(canonical: "Russia", type: "country"), .init(canonical: "Iran", type: "country")],
            edges: [.init(offset: 3, subject: "Iran", relation: ["supply"], object: "Russia")])
        let prediction = ActorPrediction(id: "b", sentenceSpans: Self.sentences, edges: [
            .init(subject: Node(name: "Iran"), relation: "supply", object: Node(name: "Russia"), sentenceIndex: sentence),
        ])
        let s = ActorEvaluation.score(gold: ActorGold(articles: [article]), predictions: [prediction])
        #expect((s.matched == 1) == matches)
        if !matches {
            #expect(s.misses.map(\.cause) == [.subjectNotFound] && s.falseEdges.map(\.cause) == [.pairNotInGold])
        }
    }

    @Test func pronounAliasesDoNotMapAnUnresolvedPronoun() {
        let article = ActorGold.Article(
            id: "c", entities: [.init(canonical: "Anna Novak", type: "person", aliases: ["he", "Ms Novak"]),
                                .init(canonical: "Poland", type: "country")],
            edges: [.init(offset: 0, subject: "Anna Novak", relation: ["visit"], object: "Poland")])
        let prediction = ActorPrediction(id: "c", sentenceSpans: [TextSpan(start: 0, end: 20)], edges: [
            .init(subject: Node(name: "he"), relation: "visit", object: Node(name: "Poland"), sentenceIndex: 0),
            .init(subject: Node(name: "ms  novak"), relation: "visit", object: Node(name: "Poland"), sentenceIndex: 0),
        ])
        let s = ActorEvaluation.score(gold: ActorGold(articles: [article]), predictions: [prediction])
        #expect(s.matched == 1)
        #expect(s.falseEdges.map(\.cause) == [.entityNotInGold])
    }

    /// A copular role in the gold ("be president of") is the title the extractor writes ("president of"); the
    /// copula is all that is dropped ("be based in" is not "president of").
    @Test(arguments: [("president of", true), ("president", true), ("be president of", true), ("base in", false), ("visit", false)])
    func aCopulaInFrontOfARelationChangesNothing(predicted: String, matches: Bool) {
        let article = ActorGold.Article(
            id: "d", entities: [.init(canonical: "Anna Novak", type: "person"), .init(canonical: "Poland", type: "country")],
            edges: [.init(offset: 0, subject: "Anna Novak", relation: ["be president of"], object: "Poland")])
        let prediction = ActorPrediction(id: "d", sentenceSpans: [TextSpan(start: 0, end: 20)], edges: [
            .init(subject: Node(name: "Anna Novak"), relation: predicted, object: Node(name: "Poland"), sentenceIndex: 0),
        ])
        let s = ActorEvaluation.score(gold: ActorGold(articles: [article]), predictions: [prediction])
        #expect((s.matched == 1) == matches)
    }

    @Test func anArticleWithoutPredictionHasAllItsGoldEdgesMissed() {
        let s = ActorEvaluation.score(gold: ActorGold(articles: [Self.article]), predictions: [])
        #expect(s.matched == 0 && s.predictedEdges == 0 && s.precision == 0 && s.recall == 0 && s.f1 == 0)
        #expect(s.count(.subjectNotFound) == 4)
    }
}
