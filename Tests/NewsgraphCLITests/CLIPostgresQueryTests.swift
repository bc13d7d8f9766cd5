import Foundation
import KGTestSupport
import Testing

/// `entities`, `contested` and `path` print the same on a PostgreSQL server (answered there in SQL) as on the
/// SQLite file holding the same made-up articles, with their filters, limits and formats.
@Suite(.enabled(if: ThrowawayCluster.isAvailable, "needs PostgreSQL's server programs (apt-get install postgresql)"))
struct CLIPostgresQueryTests {
    /// The made-up articles of `CLIPostgresTests` and two that deny what others assert.
    static let articles = CLIPostgresTests.articles + [
        "Russia did not attack Ukraine, the Kremlin said. Israel warned Iran again.",
        "Belarus did not support Russia. China did not criticise the United States.",
    ]

    static let commands: [[String]] = [
        ["entities"],
        ["entities", "--limit", "4"],
        ["entities", "--type", "country", "--limit", "6", "--format", "tsv"],
        ["entities", "--include-concepts", "--format", "jsonl"],
        ["entities", "--search", "united"],
        ["entities", "--search", "Rusia", "--format", "tsv"],
        ["entities", "--search", "an", "--limit", "3"],
        ["contested"],
        ["contested", "--limit", "1", "--format", "tsv"],
        ["contested", "--format", "jsonl", "--polarity", "conflictual"],
        ["path", "Ukraine", "Iran"],
        ["path", "Germany", "Israel", "--max-length", "4", "--format", "tsv"],
        ["path", "Finland", "Brazil", "--max-length", "6", "--limit", "2", "--format", "jsonl"],
        ["path", "Poland", "Canada", "--max-length", "5", "--polarity", "conflictual"],
    ]

    @Test func queriesPrintTheSameFromAServerAsFromAFile() throws {
        let cluster = try #require(ThrowawayCluster.shared, "the throwaway PostgreSQL cluster did not start")
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let paths = try Self.articles.enumerated().map { index, text in
            try cli.write("article\(index).txt", Array((text + "\n").utf8))
        }
        let file = cli.path("graph.sqlite")
        let url = cluster.url(database: try cluster.createDatabase(prefix: "cliquery"))
        for db in [file, url] {
            let ingest = try cli.run(["ingest", "--db", db, "--date", "2024-05-01", "--quiet"] + paths)
            #expect(ingest.status == 0, "\(ingest.stderr)")
        }
        for command in Self.commands {
            let fromFile = try cli.run(command + ["--db", file])
            let fromServer = try cli.run(command + ["--db", url])
            #expect(fromFile.status == 0, "\(command): \(fromFile.stderr)")
            #expect(fromServer.status == 0, "\(command): \(fromServer.stderr)")
            #expect(fromServer.stdout == fromFile.stdout, "\(command)")
        }
        let contested = try cli.run(["contested", "--format", "tsv", "--db", url])
        #expect(contested.stdout.split(separator: "\n").count > 1, "some relation is contested: \(contested.stdout)")
        let path = try cli.run(["path", "Ukraine", "Iran", "--format", "tsv", "--db", url])
        #expect(path.stdout.split(separator: "\n").count > 1, "a path is found: \(path.stdout)")
    }
}
