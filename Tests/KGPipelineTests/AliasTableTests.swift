import Foundation
import KGCore
import KGGraph
import KGPipeline
import KGStore
import KGText
import Testing

@Suite struct AliasTableTests {
    static let file = """
        # alias\tcanonical\ttype
        Kremlin\tRussia\tcountry
        Mr Kirby\tJohn Kirby\tperson

        Uncle Sam\tUnited States\tcountry\r
        Iranian drones\tShahed-136 drones\tconcept
        """

    @Test func parsesEntriesSkippingCommentsAndBlankLines() throws {
        let table = try AliasTable(parsing: Self.file, path: "aliases.tsv")
        #expect(table.count == 4)
        #expect(table.entry(for: "the kremlin")?.canonical == "Russia")
        #expect(table.entry(for: "UNCLE  SAM")?.type == .country)
        #expect(table.entry(for: "Kirby") == nil)
    }

    @Test(arguments: [
        ("Kremlin\tRussia", "aliases.tsv:1: expected 3 tab-separated fields (alias, canonical, type), found 2"),
        ("Kremlin Russia country", "found 1 (fields must be separated by tabs)"),
        ("Kremlin\tRussia\tnation", "aliases.tsv:1: unknown type 'nation'; use one of country, org, person"),
        ("\tRussia\tcountry", "aliases.tsv:1: the alias is empty"),
        ("Kremlin\t\tcountry", "aliases.tsv:1: the canonical name is empty"),
        ("Kremlin\tRussia\tcountry\textra", "found 4"),
        ("Kremlin\tRussia\tcountry\nkremlin\tUkraine\tcountry", "aliases.tsv:2: 'kremlin' is already an alias of 'Russia' (line 1)"),
    ])
    func malformedLinesAreReportedByFileAndLine(_ text: String, _ expected: String) {
        do {
            _ = try AliasTable(parsing: text, path: "aliases.tsv")
            Issue.record("'\(text)' should not parse")
        } catch let error as AliasFileError {
            #expect(error.description.contains(expected), "\(error)")
            #expect(error.hint?.contains("alias<TAB>canonical name<TAB>type") == true)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func everyBadLineIsReportedAtOnce() {
        let text = "# header\nKremlin\tRussia\nok\tOK\torg\nX\tY\tplanet\n"
        do {
            _ = try AliasTable(parsing: text, path: "a.tsv")
            Issue.record("the file should not parse")
        } catch let error as AliasFileError {
            #expect(error.problems.map(\.line) == [2, 4])
            #expect(error.message.hasPrefix("the alias file 'a.tsv' has 2 problems"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func missingFileSaysSo() {
        #expect(throws: AliasFileError.self) { try AliasTable(contentsOf: "/nonexistent/aliases.tsv") }
    }

    static func assertion(subject: Argument, object: Argument?) -> Assertion {
        Assertion(documentID: "d", sentenceIndex: 0, sentence: "s", sentenceSpan: TextSpan(start: 0, end: 1),
                  subject: subject, relation: RelationPhrase(lemma: "meet", text: "met"), object: object,
                  attribution: Attribution(text: "Mr Kirby", entity: nil, verb: "say"), confidence: 0.9)
    }

    @Test func rewritesArgumentsByTextOrEntity() throws {
        let table = try AliasTable(parsing: Self.file, path: "aliases.tsv")
        let kremlin = Argument(text: "the Kremlin", entity: nil, type: .org, span: TextSpan(start: 0, end: 11))
        let sam = Argument(text: "Washington", entity: "Uncle Sam", type: .location, span: TextSpan(start: 20, end: 30),
                           wikidata: "Q61")
        let other = Argument(text: "Iran", entity: "Iran", type: .country, span: TextSpan(start: 40, end: 44),
                             wikidata: "Q794")
        let rewritten = table.apply(to: [Self.assertion(subject: kremlin, object: sam), Self.assertion(subject: other, object: nil)])
        #expect(rewritten[0].subject.entity == "Russia")
        #expect(rewritten[0].subject.type == .country)
        #expect(rewritten[0].subject.text == "the Kremlin", "the words as written stay")
        #expect(rewritten[0].object?.entity == "United States")
        #expect(rewritten[0].object?.wikidata == nil, "the Wikidata id of the entity it no longer is goes")
        #expect(rewritten[0].attribution?.entity == "John Kirby")
        #expect(rewritten[1].subject == other, "arguments without an alias are untouched")
        #expect(AliasTable().apply(to: rewritten) == rewritten)
    }

    @Test func ingestWithAliasesPutsTheAliasedNamesInOneNode() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-alias-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("c.jsonl")
        try #"{"id": "a", "text": "Moscow condemned Washington."}"#.write(to: corpus, atomically: true, encoding: .utf8)
        var pipeline = try Pipeline(extractor: .baseline)
        pipeline.aliases = AliasTable([AliasTable.Entry(alias: "Washington", canonical: "Uncle Sam", type: .country)])
        let store = try GraphStore.inMemory()
        _ = try await Ingestor(pipeline: pipeline, store: store).ingest(try DocumentReader(paths: [corpus.path]))
        let graph = try store.loadGraph()
        let sam = try #require(graph.entities[Entity.key(name: "Uncle Sam", type: .country)])
        #expect(sam.aliases.contains("Washington"))
        #expect(graph.entities[Entity.key(name: "United States", type: .country)] == nil)
        #expect(graph.edges.values.contains { $0.object == sam.id && $0.relation == "condemn" })
    }
}
