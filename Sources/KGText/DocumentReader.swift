import Foundation
import KGCore

/// Reads documents from files, directories (recursively: `.txt`, `.md`, `.jsonl`), JSONL and standard input.
///
/// Documents come one at a time (`next()`), so large corpora stream. Problems in one input (an empty or binary
/// file, invalid UTF-8, a malformed JSONL line, an id seen before) become `warnings` and the rest is still read;
/// a path that does not exist is an error before anything is read.
public final class DocumentReader {
    /// Problems met so far that did not stop reading.
    public private(set) var warnings: [InputWarning] = []
    /// How many inputs (files or lines) were skipped, by reason ("not valid JSON", "duplicate id", …).
    public private(set) var skipped: [String: Int] = [:]
    /// Bytes of all the files to read; nil when standard input is among them.
    public let totalBytes: Int?
    /// The file of the document `next()` returned last.
    public private(set) var lastPath = ""
    /// Its 1-based line, for JSONL documents.
    public private(set) var lastLine: Int?
    private var pending: [Input]
    private var current: (reader: LineReader, path: String, line: Int)?
    private var finishedBytes = 0
    /// Where each document id was first read: input number and line (0 for a whole file).
    private var firstSeen: [String: (input: Int32, line: Int32)] = [:]
    private var inputPaths: [String] = []
    private let date: String?
    /// Documents (files, or JSONL lines) larger than this many bytes are skipped with a warning.
    public let maximumDocumentBytes: Int
    /// The default `maximumDocumentBytes`: ten times a very long article; a 50 MB "document" took minutes
    /// and gigabytes and held the write lock for a minute (issue 14).
    public static let defaultMaximumDocumentBytes = 2_000_000

    private struct Input {
        var path: String
        /// The id a plain-text file gets: its path below the directory given, without extension.
        var documentID: String
    }

    /// Plain-text file extensions read from directories, besides `.jsonl`.
    public static let textExtensions: Set<String> = ["txt", "md"]

    /// Checks every path and lists the files to read; `date` (YYYY-MM-DD) applies to plain-text documents.
    public init(paths: [String], date: String? = nil, maximumDocumentBytes: Int = defaultMaximumDocumentBytes) throws {
        self.date = date
        self.maximumDocumentBytes = max(1, maximumDocumentBytes)
        var inputs: [Input] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(Input(path: "-", documentID: "stdin"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(message: "no such file or directory: \(path)", hint: "check the path; directories are read recursively")
            }
            if !isDirectory.boolValue {
                inputs.append(Input(path: path, documentID: Self.stem(of: (path as NSString).lastPathComponent)))
                continue
            }
            guard let walker = fm.enumerator(atPath: path) else {
                throw InputError(message: "cannot read directory \(path)", hint: "check its permissions")
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let ext = (relative as NSString).pathExtension.lowercased()
                guard ext == "jsonl" || Self.textExtensions.contains(ext) else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue { found.append(relative) }
            }
            for relative in found.sorted() {
                inputs.append(Input(path: (path as NSString).appendingPathComponent(relative), documentID: Self.stem(of: relative)))
            }
        }
        pending = inputs.reversed()
        var total = 0
        for input in inputs {
            guard input.path != "-", let size = (try? fm.attributesOfItem(atPath: input.path))?[.size] as? Int else {
                totalBytes = nil
                return
            }
            total += size
        }
        totalBytes = total
    }

    /// Bytes read so far, of all inputs.
    public var bytesRead: Int { finishedBytes + (current?.reader.consumed ?? 0) }

    /// The next document, or nil when all inputs are read.
    public func next() -> Document? {
        while true {
            if let (reader, path, line) = current {
                guard let bytes = reader.nextLine() else {
                    finishedBytes += reader.consumed
                    current = nil
                    continue
                }
                current?.line = line + 1
                if let document = jsonDocument(bytes, path: path, line: line + 1),
                   isFirst(document.id, path: path, line: line + 1) {
                    (lastPath, lastLine) = (path, line + 1)
                    return document
                }
                continue
            }
            guard let input = pending.popLast() else { return nil }
            inputPaths.append(input.path)
            if input.path == "-" {
                // Standard input is JSONL when it starts with an object, plain text otherwise.
                let reader = LineReader(descriptor: 0)
                if reader.firstNonBlankByte() == UInt8(ascii: "{") {
                    current = (reader, input.path, 0)
                    continue
                }
                if let document = textDocument(input, reader: reader), isFirst(document.id, path: input.path, line: nil) {
                    (lastPath, lastLine) = (input.path, nil)
                    return document
                }
                continue
            }
            if input.path.lowercased().hasSuffix(".jsonl") {
                guard let reader = LineReader(path: input.path) else {
                    warn(input.path, nil, "cannot open file (\(String(cString: strerror(errno)))); skipped",
                         skipped: "unreadable file")
                    continue
                }
                current = (reader, input.path, 0)
                continue
            }
            if let document = textDocument(input), isFirst(document.id, path: input.path, line: nil) {
                (lastPath, lastLine) = (input.path, nil)
                return document
            }
        }
    }

    /// Reads every remaining document.
    public func readAll() -> [Document] {
        var documents: [Document] = []
        while let document = next() { documents.append(document) }
        return documents
    }

    private func textDocument(_ input: Input, reader given: LineReader? = nil) -> Document? {
        let reader: LineReader
        if let given {
            reader = given
        } else if let size = (try? FileManager.default.attributesOfItem(atPath: input.path))?[.size] as? Int,
                  size > maximumDocumentBytes {
            finishedBytes += size
            warnTooLarge(input.path, nil, bytes: size)
            return nil
        } else if let opened = LineReader(path: input.path) {
            reader = opened
        } else {
            warn(input.path, nil, "cannot open file (\(String(cString: strerror(errno)))); skipped",
                 skipped: "unreadable file")
            return nil
        }
        let bytes = reader.readAll()
        finishedBytes += bytes.count
        guard bytes.count <= maximumDocumentBytes else {
            warnTooLarge(input.path, nil, bytes: bytes.count)
            return nil
        }
        guard let text = decode(bytes[...], path: input.path, line: nil) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            warn(input.path, nil, "empty document; skipped", skipped: "empty")
            return nil
        }
        let title = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let hash = SHA256.hexDigest(bytes)
        // Standard input has no name to derive an id from: its content gives one, so two piped articles
        // do not replace each other.
        let id = input.path == "-" ? Self.contentID(hash) : input.documentID
        let info = DocumentInfo(id: id, title: title, date: date, sourcePath: input.path, contentHash: hash)
        return Document(info: info, text: text)
    }

    /// The id of a document read from standard input without one: `stdin-` and the start of its hash.
    static func contentID(_ hash: String) -> String { "stdin-" + hash.prefix(16) }

    private func warnTooLarge(_ path: String, _ line: Int?, bytes: Int) {
        warn(path, line, "document of \(bytes) bytes is larger than the \(maximumDocumentBytes)-byte limit; skipped "
             + "(raise it with --max-document-bytes if this really is one article)", skipped: "too large")
    }

    private func jsonDocument(_ bytes: ArraySlice<UInt8>, path: String, line: Int) -> Document? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        guard bytes.count <= maximumDocumentBytes else {
            warnTooLarge(path, line, bytes: bytes.count)
            return nil
        }
        guard let decoded = decode(bytes, path: path, line: line) else { return nil }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(decoded.utf8))
        } catch {
            warn(path, line, "not valid JSON; line skipped", skipped: "not valid JSON")
            return nil
        }
        guard let fields = object as? [String: Any] else {
            warn(path, line, "expected a JSON object with a \"text\" field; line skipped", skipped: "not a JSON object")
            return nil
        }
        guard let text = fields["text"] as? String else {
            warn(path, line, "no \"text\" string field; line skipped", skipped: "no text")
            return nil
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            warn(path, line, "empty \"text\"; line skipped", skipped: "empty")
            return nil
        }
        let id: String
        switch fields["id"] {
        case let s as String where !s.isEmpty: id = s
        // JSON true/false arrive as NSNumber too; only real numbers are ids ("id": true is no id).
        case let n as NSNumber where String(cString: n.objCType) != "c": id = n.stringValue
        case nil, is NSNull, is String:
            id = path == "-" ? Self.contentID(SHA256.hexDigest(text)) : "\(Self.stem(of: (path as NSString).lastPathComponent)):\(line)"
        default:
            warn(path, line, "\"id\" must be a string or a number; line skipped", skipped: "bad id")
            return nil
        }
        let title = fields["title"] as? String
        var date = (fields["date"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? self.date
        if let given = date, !ISODate.isValid(given) {
            warn(path, line, "\"date\" '\(given.prefix(40))' is not a calendar date YYYY-MM-DD; stored without a date")
            date = nil
        }
        let info = DocumentInfo(id: id, title: title, date: date, sourcePath: path, contentHash: SHA256.hexDigest(text))
        return Document(info: info, text: text)
    }

    /// UTF-8 text of the bytes; invalid sequences become U+FFFD with a warning, binary input is skipped.
    private func decode(_ bytes: ArraySlice<UInt8>, path: String, line: Int?) -> String? {
        if bytes.isEmpty {
            warn(path, line, "empty; skipped", skipped: "empty")
            return nil
        }
        if bytes.prefix(8192).contains(0) {
            warn(path, line, "looks binary (contains NUL bytes); skipped", skipped: "binary")
            return nil
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        warn(path, line, "invalid UTF-8; decoded with replacement characters (U+FFFD)")
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `id` is read for the first time; a repeat is skipped with a warning naming the first place.
    private func isFirst(_ id: String, path: String, line: Int?) -> Bool {
        let here = (input: Int32(inputPaths.count - 1), line: Int32(clamping: line ?? 0))
        guard let first = firstSeen[id] else {
            firstSeen[id] = here
            return true
        }
        let firstPath = first.input == here.input ? "" : inputPaths[Int(first.input)]
        let place = first.line == 0 ? firstPath : "\(firstPath)\(firstPath.isEmpty ? "line " : ":")\(first.line)"
        warn(path, line, "duplicate id '\(id)' (first read at \(place)); skipped", skipped: "duplicate id")
        return false
    }

    private func warn(_ path: String, _ line: Int?, _ message: String, skipped reason: String? = nil) {
        warnings.append(InputWarning(path: path, line: line, message: message))
        if let reason { skipped[reason, default: 0] += 1 }
    }

    private static func stem(of path: String) -> String {
        let ext = (path as NSString).pathExtension
        return ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
    }
}

/// A problem with the inputs as a whole (a missing path), reported before anything is read.
public struct InputError: NewsgraphError {
    public var message: String
    public var hint: String?

    public init(message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}
