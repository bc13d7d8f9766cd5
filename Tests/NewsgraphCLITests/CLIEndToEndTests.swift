import Foundation
import Testing

/// The CLI as users run it, on the seed article: `ingest`, `stats`, `neighbors`, `render`, `triples`, `extract`.
@Suite(.serialized) struct CLIEndToEndTests {
    @Test func ingestsTheSeedAndAnswersNeighborQueries() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ingest = try cli.run(["ingest", CLIRunner.seedArticle, "--date", "2022-12-16"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("documents: 1 read, 1 added"))
        #expect(FileManager.default.fileExists(atPath: cli.path("newsgraph.sqlite")))

        let neighbors = try cli.run(["neighbors", "russia"])
        #expect(neighbors.status == 0, "\(neighbors.stderr)")
        let sanctionLine = neighbors.stdout.split(separator: "\n").first { $0.contains("←sanction—") && $0.contains("United States") }
        #expect(sanctionLine != nil, "\(neighbors.stdout)")

        let byAlias = try cli.run(["neighbors", "Moscow", "--direction", "out"])
        #expect(byAlias.status == 0)
        #expect(byAlias.stdout.hasPrefix("Russia (country)"))
    }

    @Test func reingestingTheSameArticleLeavesStatsUnchanged() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", CLIRunner.seedArticle]).status == 0)
        let before = try cli.run(["stats", "--json"])
        let again = try cli.run(["ingest", CLIRunner.seedArticle])
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 added, 0 replaced, 1 unchanged"))
        let after = try cli.run(["stats", "--json"])
        #expect(before.status == 0 && after.status == 0)
        #expect(before.stdout == after.stdout)
        #expect(before.stdout.contains("\"documents\":1"))
    }

    @Test func rendersSVGWithoutTheDotProgram() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", CLIRunner.seedArticle]).status == 0)
        let render = try cli.run(["render", "--entity", "Russia", "--format", "svg", "--output", "russia.svg"])
        #expect(render.status == 0, "\(render.stderr)")
        let svg = try String(contentsOfFile: cli.path("russia.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("<title>country:russia</title>"))
        #expect(svg.contains("<title>country:united states</title>"))
        #expect(svg.contains(">Russia</text>"))
        #expect(svg.contains(">United States</text>"))
    }

    @Test func triplesDumpsEveryEdgeInEachFormat() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", CLIRunner.seedArticle]).status == 0)
        let stats = try cli.run(["stats", "--json"])
        let edges = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])["edges"] as? Int
        let tsv = try cli.run(["triples"])
        #expect(tsv.status == 0)
        let rows = tsv.stdout.split(separator: "\n")
        #expect(rows.first?.hasPrefix("subject\tsubject_type\trelation\tobject") == true)
        #expect(rows.count - 1 == edges)
        #expect(rows.contains { $0.hasPrefix("United States\tcountry\tsanction\tRussia\tcountry\t") })
        let jsonl = try cli.run(["triples", "--format", "jsonl"])
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == edges)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(!((object["evidence"] as? [Any]) ?? []).isEmpty)
        }
        let csv = try cli.run(["triples", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("subject,subject_type,relation,object"))
    }

    @Test func extractPrintsTheJSONLContract() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["extract", "--format", "jsonl", CLIRunner.seedArticle])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["doc", "sentence_index", "sentence", "subject", "relation", "object", "attribution", "confidence"] {
                #expect(object.keys.contains(key), "missing \(key) in \(line)")
            }
            let relation = try #require(object["relation"] as? [String: Any])
            #expect(relation["lemma"] is String && relation["negated"] is Bool)
        }
        #expect(result.stdout.contains(#""entity":"United States""#))
    }

    @Test func extractReadsStandardInput() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["extract", "-"], stdin: "Moscow condemned Washington.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Russia\tcondemn\tfalse"))
        let greedy = try cli.run(["extract", "--beam", "1", "-"], stdin: "Moscow condemned Washington.\n")
        #expect(greedy.status == 0)
        #expect(greedy.stdout.contains("Russia\tcondemn\tfalse"))
    }

    /// `parse --as-read` prints the tree the rules read: the parser reads "executive" as the sentence's root (an
    /// adjective) and "announced" as its conjunct; as read, "announced" is the root and the description its subject.
    @Test func parseAsReadShowsTheMendedTree() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let sentence = "The chief executive of Volkswagen, Martin Winterkorn, announced the recall.\n"
        let model = try cli.run(["parse", "-"], stdin: sentence)
        let asRead = try cli.run(["parse", "--as-read", "-"], stdin: sentence)
        #expect(model.status == 0 && asRead.status == 0, "\(asRead.stderr)")
        func relation(_ conllu: String, _ form: String) -> String? {
            for line in conllu.split(separator: "\n") {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                if columns.count == 10, columns[1] == form { return String(columns[7]) }
            }
            return nil
        }
        #expect(relation(asRead.stdout, "announced") == "root", "\(asRead.stdout)")
        #expect(relation(asRead.stdout, "executive") == "nsubj", "\(asRead.stdout)")
        #expect(relation(model.stdout, "announced") != "root", "the model's own parse changed: \(model.stdout)")
    }
}
