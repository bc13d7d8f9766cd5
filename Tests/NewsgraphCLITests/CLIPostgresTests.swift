import Foundation
import KGTestSupport
import Testing

/// `newsgraph` on a PostgreSQL server: several ingest processes at once with overlapping inputs end with the
/// graph one SQLite ingest builds, and queries read it back.
@Suite(.enabled(if: ThrowawayCluster.isAvailable, "needs PostgreSQL's server programs (apt-get install postgresql)"))
struct CLIPostgresTests {
    /// Made-up articles (no corpus text), each naming countries the gazetteer knows.
    static let articles = [
        "Russia attacked Ukraine on Monday. The United States condemned Russia.",
        "Germany supported Ukraine with money. France criticised Russia.",
        "Iran supplied drones to Russia, officials said. Israel warned Iran.",
        "China criticised the United States. Japan supported the United States.",
        "Poland welcomed refugees from Ukraine. Belarus supported Russia.",
        "Turkey blocked Sweden. Finland joined the alliance, and Russia threatened Finland.",
        "India bought oil from Russia. The United States criticised India.",
        "Brazil praised China. Argentina criticised Brazil.",
        "Canada sanctioned Iran. Iran condemned Canada.",
    ]

    @Test func threeConcurrentIngestProcessesBuildTheSingleSQLiteGraph() throws {
        let cluster = try #require(ThrowawayCluster.shared, "the throwaway PostgreSQL cluster did not start")
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        var paths: [String] = []
        for (index, text) in Self.articles.enumerated() {
            paths.append(try cli.write("article\(index).txt", Array((text + "\n").utf8)))
        }
        let url = cluster.url(database: try cluster.createDatabase(prefix: "cli"))
        // Each worker gets two thirds of the articles, in its own order: every article goes to two workers.
        let workers = try (0..<3).map { worker in
            let share = paths.enumerated().filter { $0.offset % 3 != worker }.map(\.element)
            return try cli.start(["ingest", "--db", url, "--date", "2024-05-01", "--batch-size", "2", "--quiet"]
                                 + (worker == 1 ? Array(share.reversed()) : share))
        }
        for worker in workers { #expect(worker.wait() == 0, "\(worker.lines.joined(separator: "\n"))") }
        let single = try cli.run(["ingest", "--db", cli.path("single.sqlite"), "--date", "2024-05-01", "--quiet"] + paths)
        #expect(single.status == 0, "\(single.stderr)")

        let server = try cli.run(["stats", "--json", "--check", "--db", url])
        let file = try cli.run(["stats", "--json", "--db", cli.path("single.sqlite")])
        #expect(server.status == 0, "\(server.stderr)")
        #expect(server.stdout == file.stdout)
        #expect(!server.stdout.contains("\"edges\":0"))
        let serverTriples = try cli.run(["triples", "--db", url])
        let fileTriples = try cli.run(["triples", "--db", cli.path("single.sqlite")])
        #expect(serverTriples.status == 0, "\(serverTriples.stderr)")
        #expect(Self.sortedLines(serverTriples.stdout) == Self.sortedLines(fileTriples.stdout))
        let neighbors = try cli.run(["neighbors", "Russia", "--db", url, "--format", "tsv"])
        let fileNeighbors = try cli.run(["neighbors", "Russia", "--db", cli.path("single.sqlite"), "--format", "tsv"])
        #expect(neighbors.status == 0, "\(neighbors.stderr)")
        #expect(Self.sortedLines(neighbors.stdout) == Self.sortedLines(fileNeighbors.stdout))
    }

    @Test func aBadServerURLIsAClearErrorWithoutThePassword() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let port = try ThrowawayCluster.freePort()
        let result = try cli.run(["stats", "--db", "postgresql://ana:hunter2@127.0.0.1:\(port)/news?sslmode=disable"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("postgresql://ana@127.0.0.1:\(port)/news"))
        #expect(!(result.stderr + result.stdout).contains("hunter2"))
        let merge = try cli.run(["merge", "A", "B", "--db", "postgresql://ana@127.0.0.1:\(port)/news"])
        #expect(merge.status != 0)
        #expect(merge.stderr.contains("SQLite stores only"))
    }

    @Test func copyMovesAGraphToPostgreSQLAndBack() throws {
        let cluster = try #require(ThrowawayCluster.shared, "the throwaway PostgreSQL cluster did not start")
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let ingest = try cli.run(["ingest", CLIRunner.seedArticle, "--date", "2022-12-16", "--db", cli.path("a.sqlite")])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let url = cluster.url(database: try cluster.createDatabase(prefix: "copy"))
        let there = try cli.run(["copy", "--from", cli.path("a.sqlite"), "--to", url])
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.contains("verified: 1 documents, 19 entities, 23 edges, 24 evidence in both"))
        #expect(!there.stdout.contains(ThrowawayCluster.superuserPassword))
        let back = try cli.run(["copy", "--from", url, "--to", cli.path("b.sqlite")])
        #expect(back.status == 0, "\(back.stderr)")
        let original = try cli.run(["triples", "--db", cli.path("a.sqlite")])
        let roundTrip = try cli.run(["triples", "--db", cli.path("b.sqlite")])
        #expect(Self.sortedLines(original.stdout) == Self.sortedLines(roundTrip.stdout))
        #expect(!original.stdout.isEmpty)
        let again = try cli.run(["copy", "--from", cli.path("a.sqlite"), "--to", url])
        #expect(again.status == 0 && again.stdout.contains("(1 already there)"), "\(again.stdout)\(again.stderr)")
    }

    static func sortedLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").sorted()
    }
}
