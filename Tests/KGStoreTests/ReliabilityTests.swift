import Foundation
import KGCore
import KGGraph
@testable import KGStore
import KGTestSupport
import Testing

/// Regressions for the store-side defects of issue 14 (crashes, lost evidence, batch-dependent graphs,
/// inexact totals).
@Suite struct ReliabilityTests {
    static let wagner = Entity(name: "Ulrich Wagner", type: .person, aliases: ["Association president Ulrich Wagner"])
    static let wagnerAgain = Entity(name: "Ulrich Wagner", type: .person, aliases: ["Association chairman Ulrich Wagner"])

    /// A one-edge document whose subject carries the given names (and Wikidata id).
    static func document(_ id: String, subject: Entity, wikidata: String? = nil) -> IngestItem {
        var subject = subject
        subject.wikidata = wikidata
        let info = DocumentInfo(id: id, title: id, date: "2024-01-01", sourcePath: "\(id).txt", contentHash: id)
        var graph = KnowledgeGraph()
        graph.insert(subject)
        graph.insert(StoreFixture.russia)
        let evidence = Evidence(documentID: id, sentenceIndex: 0, span: TextSpan(start: 0, end: 30),
                                sentence: "\(subject.name) criticised Russia.", relationText: "criticise",
                                negated: false, modality: nil, attribution: nil, date: info.date, confidence: 0.5)
        graph.addEvidence(evidence, subject: subject.id, relation: "criticize", object: StoreFixture.russia.id)
        return IngestItem(info: info, sentenceCount: 1, graph: graph)
    }

    @Test(arguments: [("Iran", "Tehran"), ("Russia", "Moscow"), ("Russia", "russia")])
    func evidenceBetweenTwoNamesOfOneEntityIsAClearErrorNotATrap(subject: String, object: String) throws {
        let query = GraphQuery(.evidence(subject: subject, object: object, relation: nil))
        for answer in [{ try QueryFixture.store().answer(query) }, { try QueryFixture.graph.answer(query) }] {
            let error = try #require(throws: QueryError.self) { try answer() }
            #expect(error.kind == .invalidQuery)
            #expect(error.message.contains("same entity"))
        }
    }

    @Test func aliasesDoNotDependOnBatchBoundaries() throws {
        let items = [
            Self.document("a", subject: Self.wagner),
            Self.document("b", subject: Self.wagnerAgain, wikidata: "Q42"),
            StoreFixture.d1, StoreFixture.d2, StoreFixture.d3,
        ]
        var contents: [Int: [String]] = [:]
        for size in [1, 2, 7, 64] {
            let store = try GraphStore.inMemory()
            for start in stride(from: 0, to: items.count, by: size) {
                _ = try store.ingest(Array(items[start..<min(start + size, items.count)]))
            }
            contents[size] = try store.contentLines()
        }
        #expect(contents[1]?.contains { $0.hasPrefix("alias") && $0.contains("association chairman ulrich wagner") } == true)
        #expect(contents[1]?.contains { $0.hasPrefix("entity") && $0.contains("\"Q42\"") } == true)
        for size in [2, 7, 64] { #expect(contents[size] == contents[1], "batch size \(size)") }
    }

    @Test func anUnextractedItemNeverOverwritesAnotherVersion() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([StoreFixture.d2Changed])
        let before = try store.contentLines()
        // A worker saw hash v1 stored and skipped extraction; another process has stored v2 since.
        let summary = try store.ingest([.unextracted(StoreFixture.d2.info)])
        #expect(summary.staleDocuments == ["d2"])
        #expect(summary.documentsUnchanged == 0 && summary.documentsReplaced == 0 && summary.evidenceRemoved == 0)
        #expect(try store.contentLines() == before)
        // When the hash still matches, the unextracted item is simply unchanged.
        let same = try store.ingest([.unextracted(StoreFixture.d2Changed.info)])
        #expect(same.documentsUnchanged == 1 && same.staleDocuments.isEmpty)
    }

    @Test func integrityCheckCatchesADocumentStoredWithoutItsEvidence() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([StoreFixture.d1, StoreFixture.d2])
        #expect(try store.integrityProblems().isEmpty)
        try store.execute(sql: "UPDATE document SET sentenceCount = 0 WHERE externalID = 'd1'")
        try store.execute(sql: "UPDATE document SET sentenceCount = 1 WHERE externalID = 'd2'")
        let problems = try store.integrityProblems()
        #expect(problems.contains { $0.contains("'d1'") && $0.contains("no sentences") })
        #expect(problems.contains { $0.contains("'d2'") && $0.contains("does not have") })
    }

    @Test func neighborTotalsCountEveryEdgeWithinReachWhateverTheLimit() throws {
        let store = try QueryFixture.store()
        for depth in 1...3 {
            let all = try store.answer(GraphQuery(.neighbors(entity: "Ukraine", depth: depth, direction: .both)))
            for limit in [1, 2, 5] {
                let query = GraphQuery(.neighbors(entity: "Ukraine", depth: depth, direction: .both), limit: limit)
                let stored = try store.answer(query)
                let inMemory = try QueryFixture.graph.answer(query)
                #expect(stored.totalCount == all.rows.count, "depth \(depth), limit \(limit)")
                #expect(inMemory.totalCount == all.rows.count, "depth \(depth), limit \(limit), in memory")
                #expect(stored.rows.count == min(limit, all.rows.count))
            }
        }
    }

    @Test func unknownNamesGetTheSameSuggestionsFromTheIndex() throws {
        let store = try QueryFixture.store()
        for (name, expected) in [("Rusia", "Russia"), ("Moskow", "Moscow"), ("Ukrane", "Ukraine"), ("United", "United States")] {
            let error = try #require(throws: StoreError.self) { try store.resolveEntity(named: name) }
            #expect(error.hint?.hasPrefix("did you mean '\(expected)'") == true, "\(name): \(error.hint ?? "")")
            // The second miss is answered from the memo and must agree.
            let again = try #require(throws: StoreError.self) { try store.resolveEntity(named: name) }
            #expect(again.hint == error.hint)
        }
    }

    static let sqliteShell = "/usr/bin/sqlite3"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: sqliteShell)))
    func aForeignSQLiteFileIsRefusedWithoutBeingSwitchedToWAL() throws {
        let directory = try StoreFixture.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("foreign.sqlite").path
        try Self.writeForeignDatabase(at: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: StoreError.self) { try GraphStore(path: path) }
        #expect(error.hint?.contains("left untouched") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the file must be byte for byte as it was")
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// An SQLite file in rollback-journal mode holding one table newsgraph does not know, made by the sqlite3
    /// shell so no newsgraph code touches it.
    static func writeForeignDatabase(at path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqliteShell)
        process.arguments = [path, "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('mine');"]
        try process.run()
        ChildProcess.waitForExit(process)
        guard process.terminationStatus == 0 else { throw ForeignFileUnavailable() }
    }

    struct ForeignFileUnavailable: Error {}
}
