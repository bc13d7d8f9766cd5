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
        let merge = try cli.run(["merge", "A", "B", "--db", "postgresql://ana:hunter2@127.0.0.1:\(port)/news"])
        #expect(merge.status != 0)
        #expect(merge.stderr.contains("postgresql://ana@127.0.0.1:\(port)/news"))
        #expect(!(merge.stderr + merge.stdout).contains("hunter2"))
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
        #expect(there.stdout.contains("verified: 1 documents, 20 entities, 26 edges, 28 evidence, 0 merges in both"), "\(there.stdout)")
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

    @Test func copyCarriesMergesFromSQLiteToPostgreSQL() throws {
        let cluster = try #require(ThrowawayCluster.shared, "the throwaway PostgreSQL cluster did not start")
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let source = cli.path("a.sqlite")
        try CLICopyTests.mergedStore(cli, source)
        let url = cluster.url(database: try cluster.createDatabase(prefix: "copymerges"))
        let there = try cli.run(["copy", "--from", source, "--to", url, "--batch-size", "2"])
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stdout.contains("merges: 1 recorded"), "\(there.stdout)")
        #expect(there.stdout.contains("1 merges in both"), "\(there.stdout)")
        let again = try cli.run(["copy", "--from", source, "--to", url])
        #expect(again.status == 0 && again.stdout.contains("1 already there"), "\(again.stdout)\(again.stderr)")
        try CLICopyTests.expectSameBehaviour(cli, source: source, copy: url)
        #expect(try cli.run(["stats", "--check", "--db", url]).status == 0)
    }

    @Test func copyCarriesMergesFromPostgreSQLToSQLite() throws {
        let cluster = try #require(ThrowawayCluster.shared, "the throwaway PostgreSQL cluster did not start")
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let url = cluster.url(database: try cluster.createDatabase(prefix: "mergesource"))
        try CLICopyTests.mergedStore(cli, url)
        let copy = cli.path("b.sqlite")
        let back = try cli.run(["copy", "--from", url, "--to", copy])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout.contains("merges: 1 recorded"), "\(back.stdout)")
        #expect(back.stdout.contains("1 merges in both"), "\(back.stdout)")
        let again = try cli.run(["copy", "--from", url, "--to", copy])
        #expect(again.status == 0 && again.stdout.contains("1 already there"), "\(again.stdout)\(again.stderr)")
        try CLICopyTests.expectSameBehaviour(cli, source: url, copy: copy)
        #expect(try cli.run(["stats", "--check", "--db", copy]).status == 0)
    }

    @Test func copyIntoAServerThatStillHasTheEntityMergesItThere() throws {
        let cluster = try #require(ThrowawayCluster.shared, "the throwaway PostgreSQL cluster did not start")
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let source = cli.path("a.sqlite")
        try CLICopyTests.mergedStore(cli, source)
        let url = cluster.url(database: try cluster.createDatabase(prefix: "copyhere"))
        let own = try cli.write("own.jsonl", Array(#"{"id": "x1", "text": "Belarus supported Iran."}"#.utf8))
        #expect(try cli.run(["ingest", own, "--extractor", "baseline", "--db", url]).status == 0)
        let result = try cli.run(["copy", "--from", source, "--to", url])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 recorded, 1 merged in the destination"), "\(result.stdout)")
        let triples = try cli.run(["triples", "--db", url]).stdout
        #expect(triples.contains("Russia\tcountry\tsupport\tIran\tcountry") && !triples.contains("Belarus"), "\(triples)")
        #expect(try cli.run(["stats", "--check", "--db", url]).status == 0)
        #expect(try cli.run(["split", "Belarus", "--db", url]).status == 0)
        let restored = try cli.run(["triples", "--db", url]).stdout
        #expect(restored.contains("Belarus\tcountry\tsupport\tIran\tcountry"), "\(restored)")
        #expect(restored.contains("Belarus\tcountry\tcondemn\tUnited States\tcountry"), "\(restored)")
        #expect(try cli.run(["stats", "--check", "--db", url]).status == 0)
    }

    @Test func mergesAndSplitsWhileWorkersIngestLoseNothing() throws {
        let cluster = try #require(ThrowawayCluster.shared, "the throwaway PostgreSQL cluster did not start")
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let lines = GeneratedCorpus.jsonl(count: 36).split(separator: "\n")
        let first = try cli.write("first.jsonl", Array((lines.prefix(6).joined(separator: "\n") + "\n").utf8))
        // Two workers with overlapping shares of the rest, so Germany's mentions keep arriving while it is merged.
        let shares = try (0..<2).map { worker in
            try cli.write("share\(worker).jsonl", Array((lines.dropFirst(6).enumerated()
                .filter { $0.offset % 3 != worker }.map(\.element).joined(separator: "\n") + "\n").utf8))
        }
        let url = cluster.url(database: try cluster.createDatabase(prefix: "edit"))
        let seed = try cli.run(["ingest", "--db", url, "--quiet", first])
        #expect(seed.status == 0, "\(seed.stderr)")
        let workers = try shares.map { try cli.start(["ingest", "--db", url, "--batch-size", "1", "--quiet", $0]) }
        var edits = 0
        while workers.contains(where: { $0.process.isRunning }) || edits < 2 {
            let merge = try cli.run(["merge", "Germany", "France", "--db", url])
            #expect(merge.status == 0, "\(merge.stderr)")
            let split = try cli.run(["split", "Germany", "--db", url])
            #expect(split.status == 0, "\(split.stderr)")
            edits += 1
        }
        for worker in workers { #expect(worker.wait() == 0, "\(worker.lines.joined(separator: "\n"))") }
        let last = try cli.run(["merge", "germany", "france", "--db", url])
        #expect(last.status == 0, "\(last.stderr)")
        let list = try cli.run(["merge", "--list", "--db", url])
        #expect(list.stdout.hasPrefix("Germany (country:germany) → France (country:france)"), "\(list.stdout)")

        // One SQLite ingest of everything, then the same merge: the same graph, nothing lost or doubled.
        let all = try cli.write("all.jsonl", Array((lines.joined(separator: "\n") + "\n").utf8))
        let file = cli.path("single.sqlite")
        #expect(try cli.run(["ingest", "--db", file, "--quiet", all]).status == 0)
        #expect(try cli.run(["merge", "Germany", "France", "--db", file]).status == 0)
        let server = try cli.run(["stats", "--json", "--check", "--db", url])
        #expect(server.status == 0, "\(server.stderr)")
        #expect(server.stdout == (try cli.run(["stats", "--json", "--db", file])).stdout)
        let serverTriples = try cli.run(["triples", "--db", url])
        #expect(serverTriples.status == 0 && serverTriples.stdout.contains("France"), "\(serverTriples.stderr)")
        #expect(Self.sortedLines(serverTriples.stdout) == Self.sortedLines(try cli.run(["triples", "--db", file]).stdout))
        let splitBack = try cli.run(["split", "Germany", "--db", url])
        let fileSplit = try cli.run(["split", "Germany", "--db", file])
        #expect(splitBack.status == 0 && fileSplit.status == 0, "\(splitBack.stderr)\(fileSplit.stderr)")
        #expect(Self.sortedLines(try cli.run(["triples", "--db", url]).stdout)
                == Self.sortedLines(try cli.run(["triples", "--db", file]).stdout))
        #expect(try cli.run(["stats", "--check", "--db", url]).status == 0)
        let timeline = try cli.run(["timeline", "France", "--by", "day", "--format", "tsv", "--db", url])
        #expect(timeline.status == 0 && timeline.stdout.contains("2017-03-01"), "\(timeline.stderr)")
        #expect(timeline.stdout == (try cli.run(["timeline", "France", "--by", "day", "--format", "tsv", "--db", file])).stdout)
        // After merges and splits the server's row ids are not the file's; the reports still agree.
        for window in [["--since", "2017-03-01"], ["--since", "2017-01-01", "--until", "2017-03-01", "--limit", "3"]] {
            let changes = try cli.run(["changes"] + window + ["--db", url])
            #expect(changes.status == 0 && changes.stdout.contains("Busiest pairs:\n"), "\(changes.stderr)")
            #expect(changes.stdout == (try cli.run(["changes"] + window + ["--db", file])).stdout)
        }
    }

    static func sortedLines(_ text: String) -> [Substring] {
        text.split(separator: "\n").sorted()
    }
}
