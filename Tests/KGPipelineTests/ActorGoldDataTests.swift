import Foundation
import KGPipeline
import Testing

/// The pipeline scored on the team's real gold (Tests/Gold), when the shared news corpora are beside the package.
@Suite struct ActorGoldDataTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpora = root.deletingLastPathComponent().appendingPathComponent("shared/data/news").path
    static func gold(_ name: String) -> String { root.appendingPathComponent("Tests/Gold/\(name)").path }

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: corpora + "/newsarticles-2017/articles.jsonl")
            && FileManager.default.fileExists(atPath: corpora + "/reuters21578/articles.jsonl")
    }

    static let skipMessage: Comment = "news corpora not found in ../shared/data/news beside the package; skipping (they are not in the repository)"

    @Test func bothGoldFilesParse() throws {
        let dev = try ActorGold.load(path: Self.gold("dev.jsonl"))
        #expect(dev.articles.count == 28 && dev.articles.allSatisfy { $0.split == "dev" })
        #expect(dev.edgeCount >= 200)
        let test = Self.gold("test.jsonl")
        if FileManager.default.fileExists(atPath: test) {
            #expect(try ActorGold.load(path: test).articles.allSatisfy { $0.split == "test" })
        }
    }

    @Test(.enabled(if: isPresent, skipMessage))
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
