import Foundation
import Testing

/// `newsgraph copy` between two SQLite files: batches smaller than the store still copy every row, verified;
/// merges come along, so the copy lists, splits and ingests as the source does.
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

    /// Made-up articles for the baseline extractor: Belarus (also as Minsk) acts and is acted on, and once
    /// meets Moscow, so merging it into Russia drops a self-loop (whose document `split` marks for re-ingest).
    static let mergeCorpus = """
        {"id": "m1", "text": "Minsk praised Moscow. Kiev criticised Minsk."}
        {"id": "m2", "text": "Belarus condemned Washington."}
        {"id": "m3", "text": "Germany thanked Kiev."}

        """

    /// An article ingested after the copy that names the merged-away entity.
    static let laterArticle = #"{"id": "m4", "text": "Minsk condemned Kiev."}"# + "\n"

    /// Ingests `mergeCorpus` into `db` and merges Belarus into Russia there.
    static func mergedStore(_ cli: CLIRunner, _ db: String) throws {
        let corpus = try cli.write("merge-corpus.jsonl", Array(mergeCorpus.utf8))
        let ingest = try cli.run(["ingest", corpus, "--extractor", "baseline", "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let merge = try cli.run(["merge", "Belarus", "Russia", "--db", db])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout.contains("dropped 1 edges between the two"), "\(merge.stdout)")
    }

    /// The copy behaves as the source: the same merges listed, counts and triples; a later article naming the
    /// merged-away entity lands on the target in both; a split undoes the merge alike in both. Changes both.
    static func expectSameBehaviour(_ cli: CLIRunner, source: String, copy: String) throws {
        func run(_ args: [String], _ db: String) throws -> CLIRunner.Result {
            let result = try cli.run(args + ["--db", db])
            #expect(result.status == 0, "\(args) on \(db): \(result.stderr)")
            return result
        }
        func triples(_ db: String) throws -> [Substring] { try run(["triples"], db).stdout.split(separator: "\n").sorted() }
        let list = try run(["merge", "--list"], source).stdout
        #expect(list.hasPrefix("Belarus (country:belarus) → Russia (country:russia)"), "\(list)")
        #expect(try run(["merge", "--list"], copy).stdout == list)
        #expect(try run(["stats", "--json"], copy).stdout == (try run(["stats", "--json"], source)).stdout)
        #expect(try triples(copy) == (try triples(source)))

        let later = try cli.write("later.jsonl", Array(laterArticle.utf8))
        for db in [source, copy] { _ = try run(["ingest", later, "--extractor", "baseline"], db) }
        let afterIngest = try triples(copy)
        #expect(afterIngest.contains { $0.hasPrefix("Russia\tcountry\tcondemn\tUkraine\tcountry\t") }, "\(afterIngest)")
        #expect(!afterIngest.contains { $0.contains("Belarus") }, "the copy redirects Minsk: \(afterIngest)")
        #expect(afterIngest == (try triples(source)))
        #expect(try run(["merge", "--list"], copy).stdout == (try run(["merge", "--list"], source)).stdout)

        let split = try run(["split", "Belarus"], copy).stdout
        #expect(split == (try run(["split", "Belarus"], source)).stdout)
        #expect(split.contains("split Belarus (country:belarus) from Russia"), "\(split)")
        #expect(split.contains("m1"), "the dropped self-loop's document is marked for re-ingest: \(split)")
        let afterSplit = try triples(copy)
        #expect(afterSplit.contains { $0.hasPrefix("Belarus\tcountry\tcondemn\tUkraine\tcountry\t") }, "\(afterSplit)")
        #expect(afterSplit == (try triples(source)))
        #expect(try run(["merge", "--list"], copy).stdout == "no merges\n")
        #expect(try run(["stats", "--json"], copy).stdout == (try run(["stats", "--json"], source)).stdout)
    }

    @Test func copyCarriesMergesSoTheCopyBehavesAsTheSource() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let (source, copy) = (cli.path("a.sqlite"), cli.path("b.sqlite"))
        try Self.mergedStore(cli, source)
        let first = try cli.run(["copy", "--from", source, "--to", copy, "--batch-size", "1"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("merges: 1 recorded, 0 merged in the destination, 0 already there, 0 not copied"),
                "\(first.stdout)")
        #expect(first.stdout.contains("1 merges in both"), "\(first.stdout)")
        let again = try cli.run(["copy", "--from", source, "--to", copy])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("merges: 0 recorded, 0 merged in the destination, 1 already there"), "\(again.stdout)")
        #expect(try cli.run(["merge", "--list", "--db", copy]).stdout.split(separator: "\n").count == 1)
        try Self.expectSameBehaviour(cli, source: source, copy: copy)
    }

    @Test func copyIntoAStoreThatStillHasTheEntityMergesItThere() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let (source, copy) = (cli.path("a.sqlite"), cli.path("c.sqlite"))
        try Self.mergedStore(cli, source)
        let own = try cli.write("own.jsonl", Array(#"{"id": "x1", "text": "Belarus supported Iran."}"#.utf8))
        #expect(try cli.run(["ingest", own, "--extractor", "baseline", "--db", copy]).status == 0)
        let result = try cli.run(["copy", "--from", source, "--to", copy])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 recorded, 1 merged in the destination"), "\(result.stdout)")
        let triples = try cli.run(["triples", "--db", copy]).stdout
        #expect(triples.contains("Russia\tcountry\tsupport\tIran\tcountry"), "\(triples)")
        #expect(!triples.contains("Belarus"), "\(triples)")
        let split = try cli.run(["split", "Belarus", "--db", copy])
        #expect(split.status == 0, "\(split.stderr)")
        let restored = try cli.run(["triples", "--db", copy]).stdout
        #expect(restored.contains("Belarus\tcountry\tsupport\tIran\tcountry"), "\(restored)")
        #expect(restored.contains("Belarus\tcountry\tcondemn\tUnited States\tcountry"), "\(restored)")
        #expect(try cli.run(["stats", "--check", "--db", copy]).status == 0)
    }

    @Test func aMergeTheDestinationCannotTakeIsNamedAndFailsTheCopy() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let (source, copy) = (cli.path("a.sqlite"), cli.path("d.sqlite"))
        try Self.mergedStore(cli, source)
        let own = try cli.write("own.jsonl", Array(#"{"id": "x1", "text": "Belarus supported Iran."}"#.utf8))
        #expect(try cli.run(["ingest", own, "--extractor", "baseline", "--db", copy]).status == 0)
        #expect(try cli.run(["merge", "Belarus", "Iran", "--db", copy]).status == 0)
        let result = try cli.run(["copy", "--from", source, "--to", copy])
        #expect(result.status != 0)
        #expect(result.stderr.contains("merge not copied: Belarus (country:belarus): the destination already has it "
                                       + "merged into 'country:iran', not into 'country:russia'"), "\(result.stderr)")
        #expect(result.stdout.contains("copied 3 documents"), "the documents still arrive: \(result.stdout)")
        let list = try cli.run(["merge", "--list", "--db", copy]).stdout
        #expect(list.hasPrefix("Belarus (country:belarus) → Iran (country:iran)") && list.split(separator: "\n").count == 1,
                "\(list)")
    }

    /// A person named "Dr Novak" in one article joins Anna Novak, named in full in another; the user splits
    /// them. The copy keeps the node apart too, and so do both stores when a later article names Anna again.
    @Test func aNodeSplitFromItsSurnameJoinStaysApartInTheCopy() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let (source, copy) = (cli.path("a.sqlite"), cli.path("b.sqlite"))
        func run(_ args: [String], _ db: String) throws -> CLIRunner.Result {
            let result = try cli.run(args + ["--db", db])
            #expect(result.status == 0, "\(args) on \(db): \(result.stderr)")
            return result
        }
        let corpus = try cli.write("novak.jsonl", Array("""
            {"id": "s1", "text": "Anna Novak criticised Russia."}
            {"id": "s2", "text": "Dr Novak praised Germany."}

            """.utf8))
        let ingest = try run(["ingest", corpus], source)
        #expect(ingest.stdout.contains("people: 1 joined to the person of their surname, 0 such joins undone"),
                "\(ingest.stdout)")
        let list = try run(["merge", "--list"], source).stdout
        #expect(list.hasPrefix("Novak (s2) (person:novak (s2)) → Anna Novak (person:anna novak)")
                && list.contains("surname join by ingest"), "\(list)")
        _ = try run(["split", "Novak (s2)"], source)
        let copied = try cli.run(["copy", "--from", source, "--to", copy, "--batch-size", "1"])
        #expect(copied.status == 0, "\(copied.stderr)")
        let later = try cli.write("later.jsonl", Array(#"{"id": "s3", "text": "Anna Novak thanked Iran."}"#.utf8))
        for db in [source, copy] {
            #expect(try run(["merge", "--list"], db).stdout == "no merges\n")
            _ = try run(["ingest", later], db)
            #expect(try run(["merge", "--list"], db).stdout == "no merges\n")
            #expect(try run(["triples"], db).stdout.contains("Novak (s2)\tperson\tpraise\tGermany"))
        }
    }
}
