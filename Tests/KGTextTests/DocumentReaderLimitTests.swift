import Foundation
import KGCore
import KGText
import Testing

/// Regressions for issue 14's reader defects: no size cap, unvalidated dates, `"id": true` read as "1".
@Suite struct DocumentReaderLimitTests {
    static func scratchFile(_ name: String, _ text: String) throws -> (path: String, directory: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (path, directory)
    }

    @Test func documentsOverTheSizeLimitAreSkippedWithAWarning() throws {
        let long = String(repeating: "Russia attacked Ukraine. ", count: 100)
        let jsonl = #"{"id": "small", "text": "Russia attacked Ukraine."}"# + "\n"
            + #"{"id": "big", "text": "\#(long)"}"# + "\n"
        let (path, directory) = try Self.scratchFile("docs.jsonl", jsonl)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reader = try DocumentReader(paths: [path], maximumDocumentBytes: 1_000)
        #expect(reader.readAll().map(\.id) == ["small"])
        #expect(reader.skipped["too large"] == 1)
        #expect(reader.warnings.contains { $0.line == 2 && $0.message.contains("--max-document-bytes") })
        let (text, textDirectory) = try Self.scratchFile("big.txt", long)
        defer { try? FileManager.default.removeItem(at: textDirectory) }
        let textReader = try DocumentReader(paths: [text], maximumDocumentBytes: 1_000)
        #expect(textReader.readAll().isEmpty)
        #expect(textReader.skipped["too large"] == 1)
    }

    @Test func idsMustBeStringsOrNumbers() throws {
        let jsonl = [
            #"{"id": true, "text": "Russia attacked Ukraine."}"#,
            #"{"id": 7, "text": "Russia attacked Ukraine again."}"#,
            #"{"id": {"x": 1}, "text": "Russia attacked Ukraine once more."}"#,
        ].joined(separator: "\n") + "\n"
        let (path, directory) = try Self.scratchFile("ids.jsonl", jsonl)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reader = try DocumentReader(paths: [path])
        #expect(reader.readAll().map(\.id) == ["7"])
        #expect(reader.skipped["bad id"] == 2)
    }

    @Test func impossibleDatesAreDroppedWithAWarning() throws {
        let jsonl = [
            #"{"id": "a", "date": "2017-13-45", "text": "Russia attacked Ukraine."}"#,
            #"{"id": "b", "date": "2016-02-29", "text": "Russia attacked Ukraine again."}"#,
        ].joined(separator: "\n") + "\n"
        let (path, directory) = try Self.scratchFile("dates.jsonl", jsonl)
        defer { try? FileManager.default.removeItem(at: directory) }
        let reader = try DocumentReader(paths: [path])
        #expect(reader.readAll().map(\.info.date) == [nil, "2016-02-29"])
        #expect(reader.warnings.contains { $0.line == 1 && $0.message.contains("2017-13-45") })
    }

    @Test(arguments: [
        ("2017-03-01", true), ("2016-02-29", true), ("2000-02-29", true), ("2017-02-29", false), ("1900-02-29", false),
        ("2022-02-30", false), ("2017-13-45", false), ("2017-04-31", false), ("2017-00-10", false), ("2017-01-00", false),
        ("17-03-01", false), ("2017-3-1", false), ("２０１７-03-01", false), ("2017-03-01T00:00", false), ("", false),
    ])
    func isoDatesAreRealDays(text: String, valid: Bool) {
        #expect(ISODate.isValid(text) == valid)
    }

    @Test func aHugeLineKeepsOnlyItsFirstWords() {
        let line = String(repeating: "Russia attacked Ukraine and ", count: 50_000)
        let sentences = LineSentences.split(line + "\nFrance condemned Russia.\n", pretokenized: false, maxWords: 500)
        #expect(sentences.map(\.words.count) == [500, 4])
        let whitespace = LineSentences.split(line, pretokenized: true, maxWords: 300)
        #expect(whitespace.first?.words.count == 300)
    }
}
