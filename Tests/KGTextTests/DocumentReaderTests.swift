import Foundation
import Testing
import KGCore
import KGText

/// A scratch directory removed when the value goes away.
private final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

@Suite struct DocumentReaderTests {
    @Test func readsPlainTextWithTitleHashAndDate() throws {
        let dir = try ScratchDirectory()
        let path = try dir.write("story.txt", "\n  Headline here\n\nBody text.\n")
        let reader = try DocumentReader(paths: [path], date: "2022-10-21")
        let documents = reader.readAll()
        #expect(documents.count == 1)
        #expect(documents[0].id == "story")
        #expect(documents[0].info.title == "Headline here")
        #expect(documents[0].info.date == "2022-10-21")
        #expect(documents[0].info.contentHash == SHA256.hexDigest("\n  Headline here\n\nBody text.\n"))
        #expect(reader.warnings.isEmpty)
    }

    @Test func readsJSONLAndReportsMalformedLinesByNumber() throws {
        let dir = try ScratchDirectory()
        let path = try dir.write("corpus.jsonl", """
            {"id": "a1", "title": "One", "date": "2017-01-02", "text": "Russia condemned the US.", "source": "x"}
            {"id": "a2", "title": "Two", "text": 
            not json at all
            [1, 2, 3]
            {"id": "a3"}

            {"id": 44, "text": "Iran denied it."}
            """)
        let reader = try DocumentReader(paths: [path])
        let documents = reader.readAll()
        #expect(documents.map(\.id) == ["a1", "44"])
        #expect(documents[0].info.date == "2017-01-02")
        #expect(documents[0].info.title == "One")
        #expect(reader.warnings.map(\.line) == [2, 3, 4, 5])
        #expect(reader.warnings.allSatisfy { $0.path == path })
    }

    @Test func walksDirectoriesRecursivelyInSortedOrder() throws {
        let dir = try ScratchDirectory()
        try dir.write("b/second.md", "Second.")
        try dir.write("a/first.txt", "First.")
        try dir.write("a/ignored.csv", "x,y")
        try dir.write("c.jsonl", #"{"id": "j", "text": "Third."}"#)
        let documents = try DocumentReader(paths: [dir.url.path]).readAll()
        #expect(documents.map(\.id) == ["a/first", "b/second", "j"])
    }

    @Test func skipsEmptyAndBinaryFilesWithWarnings() throws {
        let dir = try ScratchDirectory()
        let empty = try dir.write("empty.txt", "")
        let blank = try dir.write("blank.txt", " \n\n ")
        let binary = try dir.write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF])
        let reader = try DocumentReader(paths: [empty, blank, binary])
        #expect(reader.readAll().isEmpty)
        #expect(reader.warnings.count == 3)
        #expect(reader.warnings[2].message.contains("binary"))
    }

    @Test func decodesInvalidUTF8WithReplacementAndWarns() throws {
        let dir = try ScratchDirectory()
        let path = try dir.write("bad.txt", Array("Russia ".utf8) + [0xC3, 0x28] + Array(" sanctions.".utf8))
        let reader = try DocumentReader(paths: [path])
        let documents = reader.readAll()
        #expect(documents.count == 1)
        #expect(documents[0].text.contains("\u{FFFD}"))
        #expect(reader.warnings.count == 1)
        #expect(reader.warnings[0].message.contains("invalid UTF-8"))
    }

    @Test func missingPathIsAnErrorBeforeReading() throws {
        #expect(throws: InputError.self) {
            _ = try DocumentReader(paths: ["/definitely/not/here.txt"])
        }
    }
}
