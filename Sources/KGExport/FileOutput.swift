import Foundation

/// A `TextOutputStream` into a file, buffered, so large dumps stream to disk instead of being built as one string.
///
/// A regular file (or a new one) is written as a temporary file beside it, which `finish()` moves into place: a
/// failed or interrupted dump never leaves a half-written file under the target's name. Anything else — a
/// device such as `/dev/null`, a FIFO, a terminal, `-` for standard output — is written directly, since renaming
/// over it would replace the device with a plain file. A symbolic link is followed, never replaced.
final class FileOutput: TextOutputStream {
    private let target: String
    private let temporary: String?
    private let handle: FileHandle
    private let closesHandle: Bool
    private var buffer = Data()
    private var failure: Error?
    private static let flushSize = 1 << 16

    /// Opens `target` for writing ("-" is standard output).
    convenience init(target: URL) throws(ExportError) {
        try self.init(path: target.path)
    }

    /// Opens `path` for writing ("-" is standard output).
    init(path: String) throws(ExportError) {
        if path == "-" {
            target = path
            temporary = nil
            handle = FileHandle.standardOutput
            closesHandle = false
            buffer.reserveCapacity(Self.flushSize)
            return
        }
        // Follow links so the link stays and what it points at is written (or replaced, if a regular file).
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var info = stat()
        let exists = stat(resolved, &info) == 0
        let kind = info.st_mode & mode_t(S_IFMT)
        if exists, kind == mode_t(S_IFDIR) {
            throw ExportError(message: "cannot write \(path): it is a directory",
                              hint: "give a file name inside it, or - for standard output")
        }
        target = resolved
        if exists, kind != mode_t(S_IFREG) {
            guard let direct = FileHandle(forWritingAtPath: resolved) else {
                throw ExportError(message: "cannot write \(path): \(String(cString: strerror(errno)))",
                                  hint: "check that it is writable")
            }
            temporary = nil
            handle = direct
            closesHandle = true
            buffer.reserveCapacity(Self.flushSize)
            return
        }
        let directory = (resolved as NSString).deletingLastPathComponent
        let partial = (directory.isEmpty ? "." : directory) + "/.\((resolved as NSString).lastPathComponent)."
            + "\(UUID().uuidString).partial"
        guard FileManager.default.createFile(atPath: partial, contents: nil),
              let handle = FileHandle(forWritingAtPath: partial)
        else {
            throw ExportError(
                message: "cannot write \(path): the directory is missing or not writable",
                hint: "check that \(directory.isEmpty ? "." : directory) exists and is writable")
        }
        PartialFiles.shared.register(partial)
        temporary = partial
        self.handle = handle
        closesHandle = true
        buffer.reserveCapacity(Self.flushSize)
    }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.flushSize { flush() }
    }

    /// Appends bytes (a rendered image).
    func write(_ data: Data) {
        buffer.append(data)
        if buffer.count >= Self.flushSize { flush() }
    }

    private func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and, for a regular file, moves it into place, replacing any file of that name.
    func finish() throws(ExportError) {
        flush()
        if closesHandle { try? handle.close() }
        do {
            if let failure { throw failure }
            // rename(2) replaces an existing file atomically (FileManager's replaceItemAt fails on Linux).
            if let temporary, rename(temporary, target) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
            throw ExportError(
                message: "cannot write \(target): \(error.localizedDescription)",
                hint: Self.hint(for: error))
        }
        if let temporary { PartialFiles.shared.unregister(temporary) }
    }

    /// Advice for a failed write: a full disk and a file-size limit need different remedies.
    static func hint(for error: Error) -> String {
        let text = "\(error)"
        if text.contains("File too large") || text.contains("EFBIG") || text.contains("file size") {
            return "the file exceeds the size limit for this process (`ulimit -f`); raise it or write a smaller "
                + "selection (--limit, --min-evidence)"
        }
        return "check that the directory exists and is writable, and that the disk has room"
    }
}
