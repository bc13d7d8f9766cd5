import Foundation
import Testing
import KGCore
import KGPipeline
import KGTestSupport
import KGText

/// Whole-pipeline goldens: the seed article and 20 shared-corpus articles (`GoldenArticles`) through the
/// default pipeline, compared with Tests/Goldens. A change in extraction shows up here as a line diff; accept
/// it with `NEWSGRAPH_REGENERATE_GOLDENS=1` and review `git diff Tests/Goldens`.
@Suite("Golden pipeline output")
struct PipelineGoldenTests {
    static let pipeline = Result { try Pipeline() }

    @Test func seedArticleMatchesItsGolden() throws {
        let reader = try DocumentReader(paths: [PackageFolder.seedArticle.path], date: "2022-12-16")
        let document = try #require(reader.next())
        try Self.check(document, quotable: true, folder: "seed")
    }

    @Test(SharedData.required(.news))
    func selectionFollowsTheWrittenRule() throws {
        let ids = try GoldenArticles.documents.get().map(\.id)
        #expect(ids.count == GoldenArticles.corpora.reduce(0) { $0 + $1.count })
        Golden.expect(ids.map { $0 + "\n" }.joined(), matches: "articles/selection.txt")
    }

    @Test(SharedData.required(.news))
    func corpusArticlesMatchTheirGoldens() async throws {
        let documents = try GoldenArticles.documents.get()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for document in documents {
                group.addTask { try Self.check(document, quotable: false, folder: "articles") }
            }
            try await group.waitForAll()
        }
        let produced = Set(documents.flatMap { Self.fileNames(of: $0.id, in: "articles") } + ["articles/selection.txt"])
        Golden.expectNoStaleFiles(in: "articles", produced: produced)
    }

    static func fileNames(of id: String, in folder: String) -> [String] {
        ["assertions.jsonl", "graph.tsv", "entities.tsv"].map { "\(folder)/\(id).\($0)" }
    }

    static func check(_ document: Document, quotable: Bool, folder: String) throws {
        let assertions = try pipeline.get().process(document).assertions
        let record = GoldenRecord(assertions: assertions, document: document.info, quotable: quotable)
        let names = fileNames(of: document.id, in: folder)
        Golden.expect(record.assertionsJSONL, matches: names[0])
        Golden.expect(record.graphTSV, matches: names[1])
        Golden.expect(record.entitiesTSV, matches: names[2])
    }
}
