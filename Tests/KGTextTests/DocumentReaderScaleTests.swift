import Foundation
import Testing
import KGCore
import KGText

/// What a streaming ingest needs from the reader: duplicate ids caught, skips counted, bytes and places known.
@Suite struct DocumentReaderScaleTests {
    static func scratch(_ name: String, _ text: String) throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return (directory, file.path)
    }

    @Test func skipsADuplicateIdNamingWhereItWasFirstRead() throws {
        let (directory, path) = try Self.scratch("c.jsonl", """
            {"id": "a", "text": "Moscow condemned Washington."}
            {"id": "b", "text": "Tehran denied it."}
            {"id": "a", "text": "Something else entirely."}

            """)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reader = try DocumentReader(paths: [path])
        #expect(reader.readAll().map(\.id) == ["a", "b"])
        #expect(reader.warnings == [InputWarning(path: path, line: 3, message: "duplicate id 'a' (first read at line 1); skipped")])
        #expect(reader.skipped == ["duplicate id": 1])
    }

    @Test func countsSkippedLinesByReason() throws {
        let (directory, path) = try Self.scratch("c.jsonl", """
            {"id": "a", "text": "Moscow condemned Washington."}
            {"id": "b", "text": "trunc
            [1, 2]
            {"id": "c"}
            {"id": "d", "text": "  "}
            not json either

            """)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reader = try DocumentReader(paths: [path])
        #expect(reader.readAll().count == 1)
        #expect(reader.skipped == ["not valid JSON": 2, "not a JSON object": 1, "no text": 1, "empty": 1])
        #expect(reader.warnings.map(\.line) == [2, 3, 4, 5, 6])
    }

    @Test func knowsTheBytesReadAndWhereEachDocumentCameFrom() throws {
        let text = """
            {"id": "a", "text": "Moscow condemned Washington."}
            {"id": "b", "text": "Tehran denied it."}

            """
        let (directory, path) = try Self.scratch("c.jsonl", text)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reader = try DocumentReader(paths: [path])
        #expect(reader.totalBytes == text.utf8.count)
        _ = reader.next()
        #expect(reader.lastPath == path && reader.lastLine == 1)
        #expect(reader.bytesRead == text.split(separator: "\n")[0].utf8.count + 1)
        _ = reader.next()
        #expect(reader.lastLine == 2)
        #expect(reader.next() == nil)
        #expect(reader.bytesRead == text.utf8.count)
    }

    @Test func standardInputHasNoKnownTotal() throws {
        #expect(try DocumentReader(paths: ["-"]).totalBytes == nil)
    }
}
