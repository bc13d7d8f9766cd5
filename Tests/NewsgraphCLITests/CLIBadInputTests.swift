import Foundation
import Testing

/// Bad input gets a clear message, the right exit code, and never loses what is stored.
@Suite(.serialized) struct CLIBadInputTests {
    @Test func emptyBinaryAndInvalidUTF8FilesAreReportedAndTheRestIngested() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let empty = try cli.write("empty.txt", [])
        let binary = try cli.write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x02])
        let invalid = try cli.write("latin1.txt", Array("Moscow condemned ".utf8) + [0xE9, 0xFF] + Array(" Washington.".utf8))
        let result = try cli.run(["ingest", empty, binary, invalid])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("empty.txt: empty; skipped"))
        #expect(result.stderr.contains("binary.txt: looks binary"))
        #expect(result.stderr.contains("latin1.txt: invalid UTF-8; decoded with replacement characters"))
        #expect(result.stdout.contains("documents: 1 read, 1 added"))
    }

    @Test func onlyUnreadableInputFailsWithNonZeroExit() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let empty = try cli.write("empty.txt", [])
        let result = try cli.run(["ingest", empty])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no documents were read"))
    }

    @Test func malformedJSONLLinesAreReportedByLineNumber() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let corpus = try cli.write("corpus.jsonl", Array("""
            {"id": "a", "text": "Moscow condemned Washington."}
            {"id": "b", "text": "unterminated
            {"id": "c", "text": "Tehran denied supplying Moscow."}

            """.utf8))
        let result = try cli.run(["ingest", corpus])
        #expect(result.status == 0)
        #expect(result.stderr.contains("corpus.jsonl:2: not valid JSON; line skipped"))
        #expect(result.stdout.contains("documents: 2 read, 2 added"))
    }

    @Test func missingPathFailsBeforeTouchingTheDatabase() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", CLIRunner.seedArticle]).status == 0)
        let before = try cli.run(["stats", "--json"]).stdout
        let result = try cli.run(["ingest", CLIRunner.seedArticle, "no-such-file.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no such file or directory: no-such-file.txt"))
        #expect(try cli.run(["stats", "--json"]).stdout == before)
    }

    @Test func unknownEntitySuggestsTheClosestNames() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["ingest", CLIRunner.seedArticle]).status == 0)
        let result = try cli.run(["neighbors", "Rusia"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no entity named 'Rusia'"))
        #expect(result.stderr.contains("Russia"))
    }

    @Test func queriesOnAMissingDatabaseSayToIngestFirst() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["neighbors", "Russia", "--db", "nothing-here.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("ingest"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("nothing-here.sqlite")))
    }

    @Test func aTextFileIsNotADatabase() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let notDB = try cli.write("notes.sqlite", Array("just some text, not SQLite\n".utf8))
        let result = try cli.run(["ingest", CLIRunner.seedArticle, "--db", notDB])
        #expect(result.status != 0)
        #expect(result.stderr.lowercased().contains("database"))
        #expect(try String(contentsOfFile: notDB, encoding: .utf8) == "just some text, not SQLite\n")
    }

    @Test func badFlagsAreUsageErrors() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let badDate = try cli.run(["ingest", CLIRunner.seedArticle, "--date", "yesterday"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("--date must look like"))
        let badFormat = try cli.run(["extract", "--format", "xml", CLIRunner.seedArticle])
        #expect(badFormat.status == 64)
        let badDepth = try cli.run(["neighbors", "Russia", "--depth", "0"])
        #expect(badDepth.status == 64)
        let badBeam = try cli.run(["extract", "--beam", "0", CLIRunner.seedArticle])
        #expect(badBeam.status == 64)
        #expect(badBeam.stderr.contains("--beam must be between 1 and 16"))
    }
}

/// `eval actors` stops on a bad gold file or an id the corpora lack, naming the file and line.
@Suite struct CLIEvalActorsBadInputTests {
    @Test func badGoldLineAndUnknownIdFailWithTheLine() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(atPath: cli.path("news"), withIntermediateDirectories: true)
        try cli.write("news/c.jsonl", Array(#"{"id": "n1", "text": "Iran supplied drones to Russia."}"#.utf8))
        let bad = try cli.write("bad.jsonl", Array("{\"id\": \"n1\", \"split\": \"dev\"\n".utf8))
        var result = try cli.run(["eval", "actors", "--gold", bad, "--corpora", cli.path("news")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("bad.jsonl:1: not a gold article: not valid JSON"), "\(result.stderr)")
        let unknown = try cli.write("unknown.jsonl", Array(#"{"id": "n2", "split": "dev", "entities": [], "edges": []}"#.utf8))
        result = try cli.run(["eval", "actors", "--gold", unknown, "--corpora", cli.path("news")])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown.jsonl:1: article 'n2' is not in the corpora"), "\(result.stderr)")
    }
}
