import Foundation

/// Reads what `ModelFileWriter` wrote, checking the header and every length against the bytes left.
struct ModelFileReader {
    private let bytes: [UInt8]
    private var position = 0
    /// The file, for error messages.
    let path: String

    /// Opens `url` and checks its magic tag and version.
    init(url: URL, magic: String, version: UInt32) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw SyntaxModelError(path: url.path, reason: "cannot read model file (\(error.localizedDescription))",
                                   hint: "train one with `newsgraph train tagger` or check the path")
        }
        try self.init(bytes: [UInt8](data), path: url.path, magic: magic, version: version)
    }

    /// Reads from bytes already in memory.
    init(bytes: [UInt8], path: String, magic: String, version: UInt32) throws {
        self.bytes = bytes
        self.path = path
        let expected = Array(magic.utf8.prefix(4))
        guard bytes.count >= 8, Array(bytes[0..<4]) == expected else {
            throw SyntaxModelError(path: path, reason: "not a \(magic) model file (wrong magic bytes)",
                                   hint: "pass the file written by the matching trainer")
        }
        position = 4
        let found: UInt32 = try readInteger()
        guard found == version else {
            throw SyntaxModelError(path: path, reason: "model format version \(found), this build reads version \(version)",
                                   hint: "retrain the model with this version of newsgraph")
        }
    }

    /// Whether every byte has been consumed.
    var isAtEnd: Bool { position == bytes.count }

    mutating func readInteger<T: FixedWidthInteger>() throws -> T {
        let size = MemoryLayout<T>.size
        guard position + size <= bytes.count else { throw truncated() }
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<(position + size)]))
            }
        }
        position += size
        return T(littleEndian: value)
    }

    mutating func readFloat() throws -> Float {
        Float(bitPattern: try readInteger())
    }

    mutating func readString() throws -> String {
        let length = Int(try readInteger() as UInt32)
        guard position + length <= bytes.count else { throw truncated() }
        let text = String(decoding: bytes[position..<(position + length)], as: UTF8.self)
        position += length
        return text
    }

    mutating func readStrings() throws -> [String] {
        let count = Int(try readInteger() as UInt32)
        guard count <= bytes.count - position else { throw truncated() }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try readString()) }
        return result
    }

    /// A length-prefixed array; `expectedCount`, when given, is checked against the stored length.
    mutating func readArray<T: FixedWidthInteger>(expectedCount: Int? = nil) throws -> [T] {
        let count = Int(try readInteger() as UInt32)
        if let expectedCount, count != expectedCount {
            throw SyntaxModelError(path: path, reason: "array of \(count) entries where \(expectedCount) were expected",
                                   hint: "the file is damaged or from another model; retrain it")
        }
        let size = MemoryLayout<T>.size
        guard count <= (bytes.count - position) / size else { throw truncated() }
        var result = [T](repeating: 0, count: count)
        result.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<(position + count * size)]))
            }
        }
        position += count * size
        if T(littleEndian: 1) != 1 {
            for i in result.indices { result[i] = T(littleEndian: result[i]) }
        }
        return result
    }

    mutating func readFloatArray(expectedCount: Int? = nil) throws -> [Float] {
        let raw: [UInt32] = try readArray(expectedCount: expectedCount)
        return raw.map(Float.init(bitPattern:))
    }

    /// An error for a value that breaks the format's invariants.
    func invalid(_ reason: String) -> SyntaxModelError {
        SyntaxModelError(path: path, reason: reason, hint: "the file is damaged or from another model; retrain it")
    }

    private func truncated() -> SyntaxModelError {
        SyntaxModelError(path: path, reason: "model file ends early (byte \(position) of \(bytes.count))",
                         hint: "the file is truncated; retrain or restore it")
    }
}
