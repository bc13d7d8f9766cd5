import Foundation
import Testing

/// Several `newsgraph` processes on one database at once (issue 14, items 2 and 10): nothing lost, nothing
/// failing that only had to wait.
@Suite(.serialized) struct CLIConcurrencyTests {
    /// `count` generated articles with ids `prefix-N`; with `appended`, one more sentence each (another version).
    static func corpus(_ prefix: String, count: Int, offset: Int = 0, appended: Bool = false) -> [String] {
        GeneratedCorpus.jsonl(count: count + offset).split(separator: "\n").dropFirst(offset).map { line in
            var line = line.replacingOccurrences(of: #""id": "gen-"#, with: #""id": "\#(prefix)-"#)
            if appended { line = line.replacingOccurrences(of: #"sanctions.""#, with: #"sanctions. France praised Japan.""#) }
            return line
        }
    }

    /// Two lists interleaved line by line.
    static func interleave(_ a: [String], _ b: [String]) -> String {
        var out: [String] = []
        for index in 0..<max(a.count, b.count) {
            if index < a.count { out.append(a[index]) }
            if index < b.count { out.append(b[index]) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func evidenceLines(_ cli: CLIRunner, _ db: String) throws -> [String] {
        let result = try cli.run(["stats", "--contents", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("evidence\t") }
    }

    @Test func racingIngestsOfTwoVersionsLoseNoEvidence() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let count = 300
        let versionA = Self.corpus("doc", count: count)
        let versionB = Self.corpus("doc", count: count, appended: true)
        let a = try cli.write("a.jsonl", Array((versionA.joined(separator: "\n") + "\n").utf8))
        let b = try cli.write("b.jsonl", Array(Self.interleave(versionB, Self.corpus("new-b", count: count, offset: 7)).utf8))
        let c = try cli.write("c.jsonl", Array(Self.interleave(versionA, Self.corpus("new-c", count: count, offset: 13)).utf8))
        let db = cli.path("race.sqlite")
        let flags = ["--quiet", "--beam", "1", "--batch-size", "16", "--db", db]
        #expect(try cli.run(["ingest"] + flags + [a]).status == 0)
        for round in 0..<2 {
            let racerB = try cli.start(["ingest"] + flags + [b])
            Thread.sleep(forTimeInterval: 0.3)
            let racerC = try cli.start(["ingest"] + flags + [c])
            #expect(racerB.wait() == 0, "round \(round): \(racerB.lines.suffix(3))")
            #expect(racerC.wait() == 0, "round \(round): \(racerC.lines.suffix(3))")
            let check = try cli.run(["stats", "--check", "--db", db])
            #expect(check.status == 0, "round \(round): \(check.stderr)")
        }
        // Whoever won, ingesting A again must leave exactly A's evidence for A's documents.
        let again = try cli.run(["ingest"] + flags + [a])
        #expect(again.status == 0, "\(again.stderr)")
        let clean = cli.path("clean.sqlite")
        #expect(try cli.run(["ingest", "--quiet", "--beam", "1", "--db", clean, a]).status == 0)
        let raced = try Self.evidenceLines(cli, db).filter { $0.contains("\t\"doc-") }
        let expected = try Self.evidenceLines(cli, clean)
        #expect(!expected.isEmpty)
        #expect(raced == expected, "\(Set(expected).subtracting(raced).count) evidence rows missing, "
                + "\(Set(raced).subtracting(expected).count) unexpected")
        let check = try cli.run(["stats", "--check", "--db", db])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func twoIngestsCreatingTheSameNewDatabaseBothSucceed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let first = try cli.write("first.jsonl", Array((Self.corpus("one", count: 5).joined(separator: "\n") + "\n").utf8))
        let second = try cli.write("second.jsonl", Array((Self.corpus("two", count: 5).joined(separator: "\n") + "\n").utf8))
        for round in 0..<4 {
            let db = cli.path("new-\(round).sqlite")
            let racers = try [first, second].map { try cli.start(["ingest", "--quiet", "--beam", "1", "--db", db, $0]) }
            for racer in racers { #expect(racer.wait() == 0, "round \(round): \(racer.lines.suffix(3))") }
            let stats = try cli.run(["stats", "--check", "--json", "--db", db])
            #expect(stats.status == 0, "\(stats.stderr)")
            let counts = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Int]
            #expect(counts?["documents"] == 10)
        }
    }
}
