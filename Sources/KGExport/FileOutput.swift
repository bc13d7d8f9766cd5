import Foundation

/// A `TextOutputStream` into a file, buffered, so large dumps stream to disk instead of being built as one string.
///
/// Writes go to a temporary file beside the target, which `finish()` moves into place: a failed or interrupted
/// dump never leaves a half-written file under the target's name.
final class FileOutput: TextOutputStream {
    private let target: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer = Data()
    private var failure: Error?
    private static let flushSize = 1 << 16

    /// Opens a temporary file next to `target`.
    init(target: URL) throws(ExportError) {
        self.target = target
        temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path)
        else {
            throw ExportError(
                message: "cannot write \(target.path): the directory is missing or not writable",
                hint: "check that \(target.deletingLastPathComponent().path) exists and is writable")
        }
        self.handle = handle
        buffer.reserveCapacity(Self.flushSize)
    }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
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

    /// Writes what is buffered and moves the file into place, replacing any file of that name.
    func finish() throws(ExportError) {
        flush()
        try? handle.close()
        do {
            if let failure { throw failure }
            // rename(2) replaces an existing file atomically (FileManager's replaceItemAt fails on Linux).
            guard rename(temporary.path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError(
                message: "cannot write \(target.path): \(error.localizedDescription)",
                hint: "check that the directory exists and is writable, and that the disk has room")
        }
    }
}
