import Foundation
import Testing

/// The query commands (`neighbors`, `path`, `entities`, `evidence`) on the ingested seed article, in every
/// output format, and their answers to bad flags.
@Suite(.serialized) struct CLIQueryTests {
    static func ingestedSeed() throws -> CLIRunner {
        let cli = try CLIRunner()
        let ingest = try cli.run(["ingest", CLIRunner.seedArticle, "--date", "2022-12-16"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return cli
    }

    static func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func neighborsPrintsATableTSVAndJSONL() throws {
        let cli = try Self.ingestedSeed()
        defer { cli.cleanUp() }
        let table = try cli.run(["neighbors", "russia"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Russia (country): ") == true)
        #expect(lines.dropFirst().first?.hasPrefix("RELATION") == true)
        let sanction = lines.first { $0.contains("←sanction—") && $0.contains("United States") }
        #expect(sanction?.contains("2022-12-16") == true, "\(table.stdout)")

        let tsv = try cli.run(["neighbors", "russia", "--format", "tsv"])
        let rows = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.first?.first == "hop" && rows.first?.count == 12)
        #expect(rows.dropFirst().allSatisfy { $0.count == 12 })
        #expect(rows.contains { $0[1] == "United States" && $0[2] == "sanction" && $0[3] == "Russia" && $0[4] == "reduce-relations" })

        let jsonl = try Self.jsonLines(try cli.run(["neighbors", "russia", "--format", "jsonl"]).stdout)
        #expect(jsonl.count == rows.count - 1)
        #expect(jsonl.allSatisfy { ($0["evidence_count"] as? Int ?? 0) >= 1 && $0["example"] is String })

        let reduce = try cli.run(["neighbors", "russia", "--category", "reduce-relations", "--format", "tsv"])
        let reduceRows = reduce.stdout.split(separator: "\n").dropFirst()
        #expect(!reduceRows.isEmpty && reduceRows.allSatisfy { $0.contains("\treduce-relations\t") })

        let limited = try cli.run(["neighbors", "russia", "--limit", "1"])
        #expect(limited.stdout.contains("more relations (raise --limit)"))
        let deeper = try cli.run(["neighbors", "russia", "--depth", "2", "--no-include-concepts"])
        #expect(deeper.status == 0)
        #expect(deeper.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("VIA") == true)
    }

    @Test func pathEntitiesAndEvidenceAnswer() throws {
        let cli = try Self.ingestedSeed()
        defer { cli.cleanUp() }
        // Iran —supply to→ Russia (denied and admitted) and Russia —condemn→ United States, found by aliases.
        let path = try cli.run(["path", "Tehran", "the US"])
        #expect(path.status == 0, "\(path.stderr)")
        #expect(path.stdout.hasPrefix("1 shortest path from Iran to United States, 2 hops each"), "\(path.stdout)")
        #expect(path.stdout.contains("1. Iran — Russia — United States"), "\(path.stdout)")
        #expect(path.stdout.contains("Iran —supply to→ Russia  [2 (1 denied)]"), "\(path.stdout)")
        let none = try cli.run(["path", "United States", "Ukraine"])
        #expect(none.status == 0)
        #expect(none.stdout.hasPrefix("no path from United States to Ukraine within 4 hops"))
        let paths = try Self.jsonLines(try cli.run(["path", "Tehran", "the US", "--format", "jsonl"]).stdout)
        #expect(paths.first?["rank"] as? Int == 1)
        #expect((paths.first?["hops"] as? [Any])?.count == paths.first?["length"] as? Int)

        let search = try cli.run(["entities", "--search", "russ"])
        #expect(search.status == 0)
        #expect(search.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("Russia ") == true, "\(search.stdout)")
        let people = try Self.jsonLines(try cli.run(["entities", "--type", "person", "--format", "jsonl"]).stdout)
        #expect(!people.isEmpty)
        #expect(people.allSatisfy { ($0["entity"] as? [String: Any])?["type"] as? String == "person" })

        let evidence = try cli.run(["evidence", "United States", "Russia"])
        #expect(evidence.status == 0, "\(evidence.stderr)")
        #expect(evidence.stdout.contains("United States —sanction→ Russia"))
        #expect(evidence.stdout.contains("2022-12-16"))
        let sentences = try Self.jsonLines(try cli.run(["evidence", "the US", "Russia", "--relation", "sanction",
                                                        "--format", "jsonl"]).stdout)
        #expect(!sentences.isEmpty && sentences.allSatisfy { $0["relation"] as? String == "sanction" })
        let reversed = try cli.run(["evidence", "Ukraine", "Iran"])
        #expect(reversed.status == 0)
        #expect(reversed.stdout.hasPrefix("no relation from Ukraine to Iran"))
    }

    @Test(arguments: [
        (["neighbors", "Russia", "--category", "bogus"], "make-statement"),
        (["neighbors", "Russia", "--polarity", "friendly"], "cooperative"),
        (["neighbors", "Russia", "--direction", "up"], "both"),
        (["neighbors", "Russia", "--from", "March"], "YYYY-MM-DD"),
        (["neighbors", "Russia", "--from", "2022-12-01", "--to", "2022-01-01"], "empty"),
        (["neighbors", "Russia", "--min-evidence", "0"], "at least 1"),
        (["neighbors", "Russia", "--format", "xml"], "jsonl"),
        (["path", "Russia", "Iran", "--max-length", "9"], "--max-length must be between 1 and 6"),
        (["entities", "--type", "planet"], "person"),
        (["evidence", "Russia", "Iran", "--limit", "0"], "--limit must be at least 1"),
    ])
    func badQueryFlagsSayWhatIsValid(args: [String], expected: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(args)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    @Test func unknownEntitiesInEveryCommandSuggestNames() throws {
        let cli = try Self.ingestedSeed()
        defer { cli.cleanUp() }
        for args in [["path", "Rusia", "Iran"], ["evidence", "United States", "Rusia"], ["neighbors", "Rusia"]] {
            let result = try cli.run(args)
            #expect(result.status != 0)
            #expect(result.stderr.contains("no entity named 'Rusia'"), "\(result.stderr)")
            #expect(result.stderr.contains("did you mean 'Russia'"), "\(result.stderr)")
        }
    }
}
