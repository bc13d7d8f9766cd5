import Foundation
import Testing
import KGCore
import KGPipeline
import KGStore
import KGText

/// A large corpus with every kind of bad line: each is reported with its file and line, the skips are
/// summed up, and everything else is stored.
@Suite struct IngestorBadInputTests {
    /// Collects what the ingestor reports as it goes.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var _warnings: [InputWarning] = []
        private var _progress: [Ingestor.Progress] = []
        var warnings: [InputWarning] { lock.withLock { _warnings } }
        var progress: [Ingestor.Progress] { lock.withLock { _progress } }
        func add(_ warning: InputWarning) { lock.withLock { _warnings.append(warning) } }
        func add(_ progress: Ingestor.Progress) { lock.withLock { _progress.append(progress) } }
    }

    static let goodDocuments = 200

    /// The corpus, and the 1-based line of each bad line in it.
    static func corpus() -> (bytes: [UInt8], lines: [String: Int]) {
        var lines: [[UInt8]] = []
        var places: [String: Int] = [:]
        func add(_ name: String?, _ line: [UInt8]) {
            lines.append(line)
            if let name { places[name] = lines.count }
        }
        for i in 0..<goodDocuments {
            add(nil, Array(#"{"id": "g\#(i)", "text": "Moscow condemned Washington on day \#(i). Tehran denied supplying Moscow."}"#.utf8))
            switch i {
            case 10: add("empty", [])
            case 20: add("truncated", Array(#"{"id": "t1", "text": "Moscow cond"#.utf8))
            case 30: add("binary", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x02, 0xFF, 0xFE, 0x00, 0x13])
            case 40:
                let words = Array(repeating: "word", count: 2_000_000).joined(separator: " ")
                add("run-on", Array(#"{"id": "huge", "text": "\#(words)"}"#.utf8))
            case 50: add("invalid UTF-8", Array(#"{"id": "latin", "text": "Paris condemned Berlin "#.utf8) + [0xE9, 0xFF] + Array(#"."}"#.utf8))
            case 60: add("duplicate", Array(#"{"id": "g5", "text": "Berlin praised Paris."}"#.utf8))
            case 70: add("whitespace", Array("   \t".utf8))
            default: break
            }
        }
        return (Array(lines.joined(separator: [0x0A])) + [0x0A], places)
    }

    @Test func reportsEachBadLineAndStoresTheRest() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (bytes, line) = Self.corpus()
        let path = directory.appendingPathComponent("bad.jsonl").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))

        let store = try GraphStore.inMemory()
        let log = Log()
        let ingestor = Ingestor(pipeline: try Pipeline(), store: store, batchSize: 16)
        let report = try await ingestor.ingest(
            // The 10 MB run-on line is here for the sentence splitter's run-on cap, so the document-size cap
            // (tested on its own in the reader's tests) is raised above it.
            try DocumentReader(paths: [path], maximumDocumentBytes: 20_000_000),
            progress: { log.add($0) }, warning: { log.add($0) })

        let expected = [
            InputWarning(path: path, line: line["truncated"], message: "not valid JSON; line skipped"),
            InputWarning(path: path, line: line["binary"], message: "looks binary (contains NUL bytes); skipped"),
            InputWarning(path: path, line: line["run-on"], message: "document 'huge': 2000000 words without a "
                + "sentence boundary from character 0; only the first 1000 were kept"),
            InputWarning(path: path, line: line["invalid UTF-8"],
                         message: "invalid UTF-8; decoded with replacement characters (U+FFFD)"),
            InputWarning(path: path, line: line["duplicate"], message: "duplicate id 'g5' (first read at line 6); skipped"),
        ]
        let byLine = { (w: [InputWarning]) in w.sorted { ($0.line ?? 0) < ($1.line ?? 0) } }
        #expect(byLine(report.warnings) == expected)
        #expect(byLine(log.warnings) == expected)
        #expect(report.skipped == ["not valid JSON": 1, "binary": 1, "duplicate id": 1])
        #expect(report.skippedSummary == "1 binary, 1 duplicate id, 1 not valid JSON")

        // The good documents, the run-on and the mis-encoded one are stored; the skipped lines are not.
        #expect(report.documentsRead == Self.goodDocuments + 2)
        let stats = try store.stats()
        #expect(stats.documents == Self.goodDocuments + 2)
        #expect(try store.integrityProblems().isEmpty)
        let russia = try store.resolveEntity(named: "Russia")
        let condemn = try store.loadGraph().subgraph(around: russia.id, depth: 1, direction: .out).edges.values
            .first { $0.relation == "condemn" }
        #expect(condemn?.evidenceCount == Self.goodDocuments)

        // Progress came after each committed batch and ends at the whole input.
        let progress = log.progress
        #expect(progress.count == (Self.goodDocuments + 2 + 15) / 16)
        #expect(progress.map(\.documents) == progress.map(\.documents).sorted())
        #expect(progress.last?.documents == Self.goodDocuments + 2)
        #expect(progress.last?.bytes == bytes.count && progress.last?.totalBytes == bytes.count)
    }
}
