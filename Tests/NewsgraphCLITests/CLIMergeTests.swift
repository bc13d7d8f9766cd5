import Foundation
import Testing

/// `merge`, `split`, `contested` and `ingest --aliases` as users run them, on small corpora read by the
/// baseline extractor (no parsing, so they run quickly in any build).
@Suite(.serialized) struct CLIMergeTests {
    static let corpus = """
        {"id": "a", "text": "Moscow condemned Washington."}
        {"id": "b", "text": "Minsk praised Washington."}
        {"id": "c", "text": "Kiev criticised Minsk."}

        """

    private func ingested(_ cli: CLIRunner, _ text: String = Self.corpus, _ extra: [String] = []) throws -> String {
        let corpus = try cli.write("corpus-\(UUID().uuidString).jsonl", Array(text.utf8))
        let ingest = try cli.run(["ingest", corpus, "--extractor", "baseline"] + extra)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return corpus
    }

    @Test func mergeAndSplitRoundTrip() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        _ = try ingested(cli)
        let before = try cli.run(["triples"]).stdout
        #expect(before.contains("Ukraine\tcountry\tcriticize\tBelarus\tcountry"), "relations are canonical: \(before)")

        let merge = try cli.run(["merge", "Minsk", "russia"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout.contains("merged Belarus (country:belarus) into Russia (country:russia)"))
        #expect(merge.stdout.contains("aliases added to Russia: Belarus, Minsk"))
        let merged = try cli.run(["triples"]).stdout
        #expect(merged.contains("Ukraine\tcountry\tcriticize\tRussia\tcountry"))
        #expect(!merged.contains("Belarus\tcountry"))
        let byOldName = try cli.run(["neighbors", "Belarus"])
        #expect(byOldName.stdout.hasPrefix("Russia (country)"))
        let list = try cli.run(["merge", "--list"])
        #expect(list.stdout.contains("Belarus (country:belarus) → Russia (country:russia)"))

        let split = try cli.run(["split", "Belarus"])
        #expect(split.status == 0, "\(split.stderr)")
        #expect(split.stdout.contains("split Belarus (country:belarus) from Russia"))
        #expect(split.stdout.contains("evidence: 2 moved back"))
        #expect(try cli.run(["triples"]).stdout == before)
        #expect(try cli.run(["merge", "--list"]).stdout == "no merges\n")
    }

    @Test func reingestingAfterAMergeDuplicatesNothingAndNewMentionsLandInTheTarget() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let corpus = try ingested(cli)
        #expect(try cli.run(["merge", "Belarus", "Russia"]).status == 0)
        let stats = try cli.run(["stats", "--json"]).stdout
        let again = try cli.run(["ingest", corpus, "--extractor", "baseline"])
        #expect(again.stdout.contains("documents: 3 read, 0 added, 0 replaced, 3 unchanged"))
        #expect(try cli.run(["stats", "--json"]).stdout == stats)
        _ = try ingested(cli, #"{"id": "d", "text": "Minsk condemned Kiev."}"#)
        let triples = try cli.run(["triples"]).stdout
        #expect(triples.contains("Russia\tcountry\tcondemn\tUkraine\tcountry"))
        #expect(!triples.contains("Belarus\tcountry"))
    }

    @Test func mergeExplainsBadRequests() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let missing = try cli.run(["merge", "Russia", "Ukraine"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no graph database at"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("newsgraph.sqlite")))
        _ = try ingested(cli)
        let stats = try cli.run(["stats", "--json"]).stdout
        let unknown = try cli.run(["merge", "Rusia", "Ukraine"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no entity named 'Rusia'"))
        #expect(unknown.stderr.contains("did you mean 'Russia'"))
        let itself = try cli.run(["merge", "Russia", "russia"])
        #expect(itself.status != 0)
        #expect(itself.stderr.contains("'Russia' cannot be merged with itself"))
        let alias = try cli.run(["merge", "Moscow", "Russia"])
        #expect(alias.stderr.contains("are already the same entity"))
        let oneName = try cli.run(["merge", "Russia"])
        #expect(oneName.status != 0)
        #expect(oneName.stderr.contains("give the entity to merge and the entity to merge it into"))
        let split = try cli.run(["split", "Russia"])
        #expect(split.status != 0)
        #expect(split.stderr.contains("no merged entity named 'Russia'"))
        #expect(try cli.run(["stats", "--json"]).stdout == stats, "failed requests change nothing")
    }

    @Test func contestedListsBothSidesInEachFormat() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        _ = try ingested(cli, """
            {"id": "claim", "text": "Moscow condemned Washington."}
            {"id": "denial", "text": "Moscow did not condemn Washington."}
            {"id": "plain", "text": "Kiev praised Washington."}

            """)
        let text = try cli.run(["contested"])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 3, "\(text.stdout)")
        #expect(lines.first == "Russia —condemn→ United States  [1 asserted, 1 denied]")
        #expect(lines.contains { $0.hasPrefix("  + \"Moscow condemned Washington.\"") && $0.hasSuffix("[claim #0]") })
        #expect(lines.contains { $0.hasPrefix("  − \"Moscow did not condemn Washington.\"") })

        let tsv = try cli.run(["contested", "--format", "tsv"]).stdout.split(separator: "\n")
        #expect(tsv.first?.hasPrefix("subject\trelation\tobject\tasserted\tdenied") == true)
        #expect(tsv.dropFirst().map(String.init) == [
            "Russia\tcondemn\tUnited States\t1\t1\tclaim\tMoscow condemned Washington.\tdenial\tMoscow did not condemn Washington.",
        ])

        let jsonl = try cli.run(["contested", "--format", "jsonl"]).stdout.split(separator: "\n")
        #expect(jsonl.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(jsonl[0].utf8)) as? [String: Any])
        #expect(object["subject"] as? String == "Russia")
        #expect(object["category"] as? String == "disapprove")
        #expect(object["asserted"] as? Int == 1 && object["denied"] as? Int == 1)
        #expect((object["denied_evidence"] as? [String: Any])?["doc"] as? String == "denial")
    }

    @Test func contestedOnAGraphWithoutDenialsSaysSo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        _ = try ingested(cli)
        let result = try cli.run(["contested"])
        #expect(result.status == 0)
        #expect(result.stdout == "no contested relations\n")
        #expect(try cli.run(["contested", "--format", "tsv"]).stdout.split(separator: "\n").count == 1)
    }

    @Test func ingestAppliesAnAliasFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let aliases = try cli.write("aliases.tsv", Array("# alias\tcanonical\ttype\nWashington\tUncle Sam\tcountry\n".utf8))
        _ = try ingested(cli, Self.corpus, ["--aliases", aliases])
        let triples = try cli.run(["triples"]).stdout
        #expect(triples.contains("Russia\tcountry\tcondemn\tUncle Sam\tcountry"))
        #expect(!triples.contains("United States"))
    }

    @Test func aBadAliasFileStopsTheIngestBeforeAnythingIsStored() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let aliases = try cli.write("aliases.tsv", Array("Washington\tUncle Sam\tcountry\nKremlin\tRussia\tnation\nMinsk Belarus\n".utf8))
        let corpus = try cli.write("corpus.jsonl", Array(Self.corpus.utf8))
        let result = try cli.run(["ingest", corpus, "--extractor", "baseline", "--aliases", aliases])
        #expect(result.status != 0)
        #expect(result.stderr.contains("aliases.tsv:2: unknown type 'nation'"))
        #expect(result.stderr.contains("aliases.tsv:3: expected 3 tab-separated fields"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("newsgraph.sqlite")))
    }
}
