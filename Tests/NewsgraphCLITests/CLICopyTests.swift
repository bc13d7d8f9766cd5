import Foundation
import Testing

/// `newsgraph copy` between two SQLite files: batches smaller than the store still copy every row, verified.
@Suite struct CLICopyTests {
    /// Seven short made-up articles; several repeat a relation, so edges gather evidence from many batches.
    static let corpus = (0..<7).map { day in
        let sentence = day % 2 == 0 ? "Moscow condemned Washington on day \(day)." : "Germany criticised Russia on day \(day)."
        return #"{"id": "c\#(day)", "text": "\#(sentence) Iran thanked Germany."}"#
    }.joined(separator: "\n")

    @Test(arguments: [1, 3, 64])
    func copyInBatchesGivesTheSameGraph(batchSize: Int) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let corpus = try cli.write("corpus.jsonl", Array(Self.corpus.utf8))
        let ingest = try cli.run(["ingest", corpus, "--db", cli.path("a.sqlite")])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let copy = try cli.run(["copy", "--from", cli.path("a.sqlite"), "--to", cli.path("b.sqlite"),
                                "--batch-size", String(batchSize)])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(copy.stdout.contains("copied 7 documents (0 already there)"), "\(copy.stdout)")
        #expect(copy.stdout.contains("verified: 7 documents"), "\(copy.stdout)")
        let (original, copied) = (try cli.run(["triples", "--format", "jsonl", "--db", cli.path("a.sqlite")]),
                                  try cli.run(["triples", "--format", "jsonl", "--db", cli.path("b.sqlite")]))
        #expect(original.stdout == copied.stdout)
        #expect(original.stdout.contains("condemn"))
        let stats = try cli.run(["stats", "--db", cli.path("a.sqlite")])
        #expect(stats.stdout == (try cli.run(["stats", "--db", cli.path("b.sqlite")])).stdout)
        let again = try cli.run(["copy", "--from", cli.path("a.sqlite"), "--to", cli.path("b.sqlite"),
                                 "--batch-size", String(batchSize)])
        #expect(again.status == 0 && again.stdout.contains("(7 already there)"), "\(again.stdout)\(again.stderr)")
    }
}
