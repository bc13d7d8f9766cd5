import Foundation
import KGCore

/// Reads documents from files, directories (recursively: `.txt`, `.md`, `.jsonl`), JSONL and standard input.
///
/// Documents come one at a time (`next()`), so large corpora stream. Problems in one input (an empty or binary
/// file, invalid UTF-8, a malformed JSONL line) become `warnings` and the rest is still read; a path that does
/// not exist is an error before anything is read.
public final class DocumentReader {
    /// Problems met so far that did not stop reading.
    public private(set) var warnings: [InputWarning] = []
    private var pending: [Input]
    private var current: (reader: LineReader, path: String, line: Int)?
    private let date: String?

    private struct Input {
        var path: String
        /// The id a plain-text file gets: its path below the directory given, without extension.
        var documentID: String
    }

    /// Plain-text file extensions read from directories, besides `.jsonl`.
    public static let textExtensions: Set<String> = ["txt", "md"]

    /// Checks every path and lists the files to read; `date` (YYYY-MM-DD) applies to plain-text documents.
    public init(paths: [String], date: String? = nil) throws {
        self.date = date
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
    }

    /// The next document, or nil when all inputs are read.
    public func next() -> Document? {
        while true {
            if let (reader, path, line) = current {
                guard let bytes = reader.nextLine() else { current = nil; continue }
                current?.line = line + 1
                if let document = jsonDocument(bytes, path: path, line: line + 1) { return document }
                continue
            }
            guard let input = pending.popLast() else { return nil }
            if input.path.lowercased().hasSuffix(".jsonl") {
                guard let reader = LineReader(path: input.path) else {
                    warn(input.path, nil, "cannot open file (\(String(cString: strerror(errno)))); skipped")
                    continue
                }
                current = (reader, input.path, 0)
                continue
            }
            if let document = textDocument(input) { return document }
        }
    }

    /// Reads every remaining document.
    public func readAll() -> [Document] {
        var documents: [Document] = []
        while let document = next() { documents.append(document) }
        return documents
    }

    private func textDocument(_ input: Input) -> Document? {
        let reader: LineReader
        if input.path == "-" {
            reader = LineReader(descriptor: 0)
        } else if let opened = LineReader(path: input.path) {
            reader = opened
        } else {
            warn(input.path, nil, "cannot open file (\(String(cString: strerror(errno)))); skipped")
            return nil
        }
        let bytes = reader.readAll()
        guard let text = decode(bytes[...], path: input.path, line: nil) else { return nil }
        guard !text.allSatisfy(\.isWhitespace) else {
            warn(input.path, nil, "empty document; skipped")
            return nil
        }
        let title = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let info = DocumentInfo(id: input.documentID, title: title, date: date, sourcePath: input.path, contentHash: SHA256.hexDigest(bytes))
        return Document(info: info, text: text)
    }

    private func jsonDocument(_ bytes: ArraySlice<UInt8>, path: String, line: Int) -> Document? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        guard let decoded = decode(bytes, path: path, line: line) else { return nil }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(decoded.utf8))
        } catch {
            warn(path, line, "not valid JSON; line skipped")
            return nil
        }
        guard let fields = object as? [String: Any] else {
            warn(path, line, "expected a JSON object with a \"text\" field; line skipped")
            return nil
        }
        guard let text = fields["text"] as? String else {
            warn(path, line, "no \"text\" string field; line skipped")
            return nil
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            warn(path, line, "empty \"text\"; line skipped")
            return nil
        }
        let id: String
        switch fields["id"] {
        case let s as String where !s.isEmpty: id = s
        case let n as NSNumber: id = n.stringValue
        default: id = "\(Self.stem(of: (path as NSString).lastPathComponent)):\(line)"
        }
        let title = fields["title"] as? String
        let date = (fields["date"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? self.date
        let info = DocumentInfo(id: id, title: title, date: date, sourcePath: path, contentHash: SHA256.hexDigest(text))
        return Document(info: info, text: text)
    }

    /// UTF-8 text of the bytes; invalid sequences become U+FFFD with a warning, binary input is skipped.
    private func decode(_ bytes: ArraySlice<UInt8>, path: String, line: Int?) -> String? {
        if bytes.isEmpty {
            warn(path, line, "empty; skipped")
            return nil
        }
        if bytes.prefix(8192).contains(0) {
            warn(path, line, "looks binary (contains NUL bytes); skipped")
            return nil
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        warn(path, line, "invalid UTF-8; decoded with replacement characters (U+FFFD)")
        return String(decoding: bytes, as: UTF8.self)
    }

    private func warn(_ path: String, _ line: Int?, _ message: String) {
        warnings.append(InputWarning(path: path, line: line, message: message))
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
