import Foundation
import KGCore
import KGGraph
@testable import KGExport
import Testing

/// Regressions for issue 14's export defects: CSV formula injection, and `--output` replacing special files.
@Suite struct ReliabilityExportTests {
    static let formulas = ["=SUM(A1)", "+1+1", "-2+3", "@SUM(A1)", "\tleading tab", "=HYPERLINK(\"http://x\")"]

    /// Entities named like formulas, linked by edges whose example sentence is a formula too.
    static func formulaGraph() -> KnowledgeGraph {
        let entities = formulas.map { Entity(id: "org:\($0)", name: $0, type: .org) }
        let edges = zip(entities, entities.dropFirst()).map { pair in
            Edge(subject: pair.0.id, relation: "attack", object: pair.1.id,
                 evidence: [Fixtures.evidence(text: "@SUM(A1) attacked \(pair.1.name).")])
        }
        return KnowledgeGraph(entities: entities, edges: edges)
    }

    static func startsLikeAFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        return FormulaGuard.triggers.contains(first)
    }

    @Test func csvCellsNeverStartLikeAFormula() {
        let records = TripleWriterTests.parseCSV(TripleWriter(format: .csv).write(Self.formulaGraph()))
        let cells = records.dropFirst().flatMap { $0 }
        #expect(!cells.isEmpty)
        #expect(!cells.contains(where: Self.startsLikeAFormula))
        // The text is kept, behind the quote.
        #expect(cells.contains("'=SUM(A1)"))
    }

    @Test func neo4jCellsNeverStartLikeAFormulaAndIDsStillMatch() {
        let files = Neo4jWriter().files(Self.formulaGraph())
        let nodes = GraphDumpTests.parseNeo4jCSV(files[Neo4jWriter.nodesFile] ?? "").dropFirst()
        let relationships = GraphDumpTests.parseNeo4jCSV(files[Neo4jWriter.relationshipsFile] ?? "").dropFirst()
        #expect(!nodes.flatMap { $0 }.contains(where: Self.startsLikeAFormula))
        #expect(!relationships.flatMap { $0 }.contains(where: Self.startsLikeAFormula))
        let ids = Set(nodes.compactMap(\.first))
        #expect(relationships.allSatisfy { ids.contains($0[0]) && ids.contains($0[1]) })
    }

    @Test(arguments: [("=cmd", "'=cmd"), ("Russia", "Russia"), ("2017-03-01", "2017-03-01"), ("", ""), ("a=b", "a=b")])
    func formulaGuardPrefixesOnlyTriggers(field: String, expected: String) {
        #expect(FormulaGuard.neutralized(field) == expected)
    }

    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aSymbolicLinkStaysALinkAndItsTargetGetsTheDump() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("real.tsv").path
        let link = directory.appendingPathComponent("link.tsv").path
        try "old".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        _ = try GraphExporter(format: .tsv).write(Fixtures.hostileGraph(), toPath: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("subject"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["link.tsv", "real.tsv"])
    }

    @Test func aFIFOIsWrittenThroughNotReplaced() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader on the other end, as `newsgraph export -o pipe` would have.
        let received = ReceivedBytes()
        let reader = Thread {
            received.data = FileManager.default.contents(atPath: fifo) ?? Data()
            received.done.signal()
        }
        reader.start()
        try OutputFile.write(Data("through the pipe\n".utf8), toPath: fifo)
        #expect(received.done.wait(timeout: .now() + 10) == .success)
        #expect(String(decoding: received.data, as: UTF8.self) == "through the pipe\n")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & mode_t(S_IFMT) == mode_t(S_IFIFO), "still a FIFO")
    }

    @Test func aDirectoryTargetIsAClearError() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = try #require(throws: ExportError.self) { try OutputFile.write(Data("x".utf8), toPath: directory.path) }
        #expect(error.message.contains("is a directory"))
    }

    final class ReceivedBytes: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
