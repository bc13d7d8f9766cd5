#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in fixed-size chunks, so a 1 GB JSONL never sits in memory.
///
/// Lines are raw bytes without the trailing `\n` (or `\r\n`); decoding is the caller's choice.
final class LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private let chunkSize: Int
    /// Bytes returned so far, line terminators included (for progress).
    private(set) var consumed = 0

    /// Opens `path` for reading; nil when it cannot be opened.
    init?(path: String, chunkSize: Int = 1 << 20) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        descriptor = fd
        ownsDescriptor = true
        self.chunkSize = chunkSize
    }

    /// Reads from an already open descriptor (standard input); it is not closed.
    init(descriptor: Int32, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        ownsDescriptor = false
        self.chunkSize = chunkSize
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The next line, or nil at end of input.
    func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[position..<newline]
                consumed += newline + 1 - position
                position = newline + 1
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                consumed += buffer.count - position
                position = buffer.count
                return line
            }
            fill()
        }
    }

    /// The first byte that is not a space, tab or line break, without consuming anything; nil when the input
    /// holds nothing else (used to tell JSONL from plain text on standard input).
    func firstNonBlankByte() -> UInt8? {
        var checked = position
        while true {
            while checked < buffer.count {
                let byte = buffer[checked]
                if byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return byte }
                checked += 1
            }
            if atEnd { return nil }
            let offset = checked - position
            fill()
            checked = position + offset
        }
    }

    /// Everything left, as bytes.
    func readAll() -> [UInt8] {
        while !atEnd { fill() }
        let rest = Array(buffer[position...])
        consumed += rest.count
        position = buffer.count
        return rest
    }

    private func fill() {
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
        if count <= 0 {
            atEnd = true
        } else {
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
