import Foundation
import Testing

/// Progress goes to standard error only when asked for (or on a terminal); bad lines are reported as found
/// and summed up at the end.
@Suite struct CLIIngestProgressTests {
    @Test func jsonProgressPrintsOneObjectPerCommittedBatch() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let text = GeneratedCorpus.jsonl(count: 12)
        let corpus = try cli.write("corpus.jsonl", Array(text.utf8))
        let result = try cli.run(["ingest", "--json-progress", "--extractor", "baseline", "--batch-size", "5", corpus])
        #expect(result.status == 0, "\(result.stderr)")
        let records = result.stderr.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
        #expect(records.map { $0["documents"] as? Int } == [5, 10, 12])
        #expect(records.last?["bytes"] as? Int == text.utf8.count)
        #expect(records.last?["totalBytes"] as? Int == text.utf8.count)
        for key in ["sentences", "elapsed", "rate"] { #expect(records.last?[key] != nil, "missing \(key)") }
    }

    @Test func noProgressWhenStandardErrorIsNotATerminalOrQuiet() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let corpus = try cli.write("corpus.jsonl", Array(GeneratedCorpus.jsonl(count: 6).utf8))
        for (run, flags) in [[], ["--quiet"]].enumerated() {
            let db = cli.path("run\(run).sqlite")
            let result = try cli.run(["ingest", "--extractor", "baseline", "--batch-size", "2", "--db", db] + flags + [corpus])
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty, "\(flags): \(result.stderr)")
            #expect(result.stdout.contains("documents: 6 read, 6 added"))
        }
    }

    @Test func badLinesAreWarnedWithFileAndLineAndSummedUp() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let corpus = try cli.write("corpus.jsonl", Array("""
            {"id": "a", "text": "Moscow condemned Washington."}
            {"id": "b", "text": "unterminated

            {"id": "a", "text": "Moscow praised Washington."}
            {"id": "c", "text": "Tehran denied supplying Moscow."}

            """.utf8) + [0x00, 0x01, 0x0A])
        let result = try cli.run(["ingest", "--quiet", "--extractor", "baseline", corpus])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == """
            warning: \(corpus):2: not valid JSON; line skipped
            warning: \(corpus):4: duplicate id 'a' (first read at line 1); skipped
            warning: \(corpus):6: looks binary (contains NUL bytes); skipped

            """)
        #expect(result.stdout.contains("documents: 2 read, 2 added, 0 replaced, 0 unchanged, 3 warnings\n"))
        #expect(result.stdout.contains("skipped: 1 binary, 1 duplicate id, 1 not valid JSON\n"))
    }
}
