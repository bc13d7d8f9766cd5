import Foundation
import KGCore
import KGPipeline
import Testing

/// Reading gold files: a bad line or an id the corpora lack stops with a message naming the line.
@Suite struct ActorGoldLoadingTests {
    static let good = #"{"id": "x1", "split": "dev", "entities": [{"canonical": "Russia", "type": "country", "aliases": ["Moscow"]}, {"canonical": "Iran", "type": "country", "aliases": []}], "edges": [{"offset": 0, "subject": "Iran", "relation": ["supply"], "object": "Russia", "negated": false, "attributed_to": null, "coref": false, "modality": null}]}"#

    @Test func readsArticlesAndSkipsBlankLines() throws {
        let gold = try ActorGold(jsonl: Self.good + "\n\n" + Self.good.replacingOccurrences(of: "x1", with: "x2") + "\n", path: "g.jsonl")
        #expect(gold.articles.map(\.id) == ["x1", "x2"])
        #expect(gold.articles.map(\.line) == [1, 3])
        #expect(gold.edgeCount == 2)
        #expect(gold.articles[0].edges[0].relation == ["supply"] && gold.articles[0].edges[0].attributedTo == nil)
    }

    /// (second line, what the message must say)
    @Test(arguments: [
        (#"{"id": "x2", "split": "dev", "entities": [], "edges": ["#, "g.jsonl:2: not a gold article: not valid JSON"),
        (#"{"id": "x2", "split": "dev", "entities": []}"#, "g.jsonl:2: not a gold article: missing field 'edges'"),
        (#"{"id": "x2", "split": "train", "entities": [], "edges": []}"#, "split is 'train', not dev or test"),
        (#"{"id": "x1", "split": "dev", "entities": [], "edges": []}"#, "'x1' is already annotated on line 1"),
        (#"{"id": "x2", "split": "dev", "entities": [{"canonical": "Iran", "type": "place", "aliases": []}], "edges": []}"#,
         "type 'place'"),
        (#"{"id": "x2", "split": "dev", "entities": [], "edges": [{"offset": 0, "subject": "Iran", "relation": ["x"], "object": "Russia", "negated": false, "coref": false}]}"#,
         "g.jsonl:2: article 'x2': edge 1: 'Iran' is not the canonical name of one of the article's entities"),
        (#"{"id": "x2", "split": "dev", "entities": [], "edges": [{"offset": "0"}]}"#, "field 'edges[0].offset' has the wrong type"),
    ])
    func rejectsABadLineNamingIt(line: String, message: String) {
        do {
            _ = try ActorGold(jsonl: Self.good + "\n" + line + "\n", path: "g.jsonl")
            Issue.record("accepted a bad line: \(line)")
        } catch {
            #expect("\(error)".contains(message), "\(error)")
        }
    }

    @Test func anIdTheCorporaLackIsAnErrorNamingTheGoldLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try #"{"id": "x1", "text": "Iran supplied drones to Russia."}"#.write(
            to: dir.appendingPathComponent("news.jsonl"), atomically: true, encoding: .utf8)
        let gold = try ActorGold(jsonl: Self.good + "\n" + Self.good.replacingOccurrences(of: "x1", with: "nope"), path: "g.jsonl")
        #expect(throws: PipelineError.self) { try gold.documents(inCorpora: dir.path) }
        do {
            _ = try gold.documents(inCorpora: dir.path)
        } catch {
            #expect("\(error)".contains("g.jsonl:2: article 'nope' is not in the corpora under \(dir.path)"), "\(error)")
        }
        let one = try ActorGold(jsonl: Self.good, path: "g.jsonl")
        #expect(try one.documents(inCorpora: dir.path).map(\.id) == ["x1"])
        let far = try ActorGold(jsonl: Self.good.replacingOccurrences(of: #""offset": 0"#, with: #""offset": 31"#), path: "g.jsonl")
        #expect(throws: PipelineError.self) { try far.documents(inCorpora: dir.path) }
    }

    @Test func aMissingGoldFileIsAnError() {
        #expect(throws: PipelineError.self) { try ActorGold.load(path: "/nonexistent/gold.jsonl") }
    }
}
