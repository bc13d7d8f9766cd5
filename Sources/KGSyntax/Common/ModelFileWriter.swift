import Foundation

/// Builds a little-endian binary model file: a header (magic, version) then typed fields and arrays.
struct ModelFileWriter {
    private(set) var bytes: [UInt8] = []

    /// Starts a file with a 4-byte magic tag and a format version.
    init(magic: String, version: UInt32) {
        bytes.append(contentsOf: Array(magic.utf8.prefix(4)))
        while bytes.count < 4 { bytes.append(0) }
        write(version)
    }

    mutating func write(_ value: UInt8) { bytes.append(value) }
    mutating func write(_ value: UInt16) { appendRaw(value.littleEndian) }
    mutating func write(_ value: UInt32) { appendRaw(value.littleEndian) }
    mutating func write(_ value: UInt64) { appendRaw(value.littleEndian) }
    mutating func write(_ value: Float) { appendRaw(value.bitPattern.littleEndian) }

    /// A length-prefixed UTF-8 string.
    mutating func write(_ value: String) {
        let utf8 = Array(value.utf8)
        write(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    /// A length-prefixed list of strings.
    mutating func write(_ values: [String]) {
        write(UInt32(values.count))
        for value in values { write(value) }
    }

    /// A length-prefixed array of fixed-width integers or floats, stored little-endian.
    mutating func writeArray<T: FixedWidthInteger>(_ values: [T]) {
        write(UInt32(values.count))
        for value in values { appendRaw(value.littleEndian) }
    }

    mutating func writeArray(_ values: [Float]) {
        writeArray(values.map(\.bitPattern))
    }

    /// Writes `bytes` to `url`, replacing any file there.
    static func save(_ bytes: [UInt8], to url: URL) throws {
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw SyntaxModelError(path: url.path, reason: "cannot write model file (\(error.localizedDescription))",
                                   hint: "check that the output folder exists and is writable")
        }
    }

    private mutating func appendRaw<T>(_ value: T) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }
}
