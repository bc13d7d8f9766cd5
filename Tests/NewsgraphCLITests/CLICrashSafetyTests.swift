import Foundation
import Testing

/// Killing an ingest at any point leaves a sound database holding every committed batch; a re-run of the same
/// command completes the rest without duplicates; readers work while an ingest writes.
@Suite(.serialized) struct CLICrashSafetyTests {
    static let documents = 1_500
    static let batchSize = 20

    /// The `stats --check --json` of a database: exits 0 only when the file passes the integrity checks.
    static func checkedStats(_ cli: CLIRunner, _ db: String) throws -> (status: Int32, stats: [String: Int]) {
        let result = try cli.run(["stats", "--check", "--json", "--db", db])
        let stats = (try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) as? [String: Int] ?? [:]
        #expect(result.stderr.contains("integrity: ok"), "\(result.stderr)")
        return (result.status, stats)
    }

    /// Documents the last `--json-progress` line says were committed.
    static func committed(_ line: String?) -> Int? {
        guard let line, let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { return nil }
        return object["documents"] as? Int
    }

    static func isProgress(_ line: String) -> Bool { line.hasPrefix("{") && line.contains(#""documents""#) }

    @Test func killedIngestKeepsCommittedBatchesAndAReRunCompletesWithoutDuplicates() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let corpus = try cli.write("corpus.jsonl", Array(GeneratedCorpus.jsonl(count: Self.documents).utf8))
        let db = cli.path("killed.sqlite")
        let command = ["ingest", "--json-progress", "--beam", "1", "--batch-size", "\(Self.batchSize)", "--db", db, corpus]

        // Kill twice: during the first run, and during the re-run that skips what is already stored.
        var stored = 0
        for attempt in 1...2 {
            let ingest = try cli.start(command)
            let line = ingest.waitForLine(where: Self.isProgress)
            let reported = try #require(Self.committed(line), "attempt \(attempt): no progress line before exit: \(ingest.lines)")
            ingest.killHard()
            let (status, stats) = try Self.checkedStats(cli, db)
            #expect(status == 0)
            let documents = try #require(stats["documents"])
            #expect(documents >= reported, "a batch reported as committed is missing")
            #expect(documents >= stored, "a re-run lost documents")
            #expect(documents % Self.batchSize == 0, "only whole batches are stored")
            #expect(documents < Self.documents, "the kill came too late to test anything; make the corpus bigger")
            stored = documents
        }

        let finish = try cli.run(command)
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(finish.stdout.contains("\(stored) unchanged"), "\(finish.stdout)")
        let (status, resumed) = try Self.checkedStats(cli, db)
        #expect(status == 0)

        let clean = cli.path("clean.sqlite")
        let single = try cli.run(["ingest", "--quiet", "--beam", "1", "--db", clean, corpus])
        #expect(single.status == 0, "\(single.stderr)")
        let (_, once) = try Self.checkedStats(cli, clean)
        #expect(resumed["documents"] == Self.documents)
        #expect((resumed["edges"] ?? 0) > 0)
        #expect(resumed == once, "killed and resumed \(resumed) vs one run \(once)")
    }

    @Test func readersWorkWhileAnIngestWrites() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let corpus = try cli.write("corpus.jsonl", Array(GeneratedCorpus.jsonl(count: Self.documents).utf8))
        let db = cli.path("busy.sqlite")
        let ingest = try cli.start(["ingest", "--json-progress", "--beam", "1", "--batch-size", "\(Self.batchSize)", "--db", db, corpus])
        #expect(ingest.waitForLine(where: Self.isProgress) != nil)
        var readsDuringIngest = 0
        for round in 0..<3 {
            let writing = ingest.process.isRunning
            let neighbors = try cli.run(["neighbors", "Russia", "--db", db])
            #expect(neighbors.status == 0, "\(neighbors.stderr)")
            #expect(neighbors.stdout.hasPrefix("Russia ("))
            let render = try cli.run(["render", "--entity", "Russia", "--format", "dot", "-o", "round\(round).dot", "--db", db])
            #expect(render.status == 0, "\(render.stderr)")
            #expect(try String(contentsOfFile: cli.path("round\(round).dot"), encoding: .utf8).contains("Russia"))
            if writing && ingest.process.isRunning { readsDuringIngest += 1 }
        }
        #expect(ingest.wait() == 0)
        #expect(readsDuringIngest > 0, "the ingest ended before any read; make the corpus bigger")
        let (status, stats) = try Self.checkedStats(cli, db)
        #expect(status == 0 && stats["documents"] == Self.documents)
    }
}
