import Foundation
import KGPipeline
import KGTestSupport
import Testing

/// The pipeline scored on the team's real gold (Tests/Gold), when the shared news corpora are beside the package.
@Suite struct ActorGoldDataTests {
    static let corpora = SharedData.path("news")
    static func gold(_ name: String) -> String { PackageFolder.url("Tests/Gold/\(name)").path }

    @Test func bothGoldFilesParse() throws {
        let dev = try ActorGold.load(path: Self.gold("dev.jsonl"))
        #expect(dev.articles.count == 28 && dev.articles.allSatisfy { $0.split == "dev" })
        #expect(dev.edgeCount >= 200)
        let test = Self.gold("test.jsonl")
        if FileManager.default.fileExists(atPath: test) {
            #expect(try ActorGold.load(path: test).articles.allSatisfy { $0.split == "test" })
        }
    }

    @Test(SharedData.required(.news))
    func scoresTheDevSplit() throws {
        let gold = try ActorGold.load(path: Self.gold("dev.jsonl"), split: "dev")
        let pipeline = try Pipeline()
        let predictions = try gold.documents(inCorpora: Self.corpora).map(pipeline.actorPrediction(for:))
        let score = ActorEvaluation.score(gold: gold, predictions: predictions)
        #expect(score.articles == 28 && score.goldEdges == gold.edgeCount)
        for value in [score.precision, score.recall, score.f1, score.pairF1, score.negationAgreement, score.recallWithoutCoref] {
            #expect((0...1).contains(value))
        }
        #expect(score.pairMatched >= score.matched)
        #expect(score.misses.filter { $0.cause != .negationDiffers }.count == score.goldEdges - score.matched)
        #expect(score.falseEdges.count == score.predictedEdges - score.matched)
    }
}
