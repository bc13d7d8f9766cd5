import Foundation

/// The model file: a compact, versioned little-endian binary.
///
/// ```
/// "KGDP"  u32 version  u32 featureSchema  u32 labelCount  (u16 length, UTF-8 bytes) × labelCount  u32 rootLabel
/// u8 training (version ≥ 2: 0 locally, 1 globally trained; version 1 files are locally trained)
/// u8 hasClasses (version 3), then if 1:  u32 wordCount  u64 × wordCount (sorted keys)  u32 × wordCount (classes)
/// table × 2 (actions, labels):  u8 rowBits  u16 width  u32 storedRows
///     per stored row:  varint rowGap  f32 scale  then width × i8 (width ≤ 8) or u8 count + count × (u8 column, i8 value)
/// "END."
/// ```
/// Rows whose quantised weights are all zero are not stored (pruning); each stored row is Int8 with its own scale.
extension ParserModel {
    static let magic: [UInt8] = Array("KGDP".utf8)
    static let trailer: [UInt8] = Array("END.".utf8)
    static let formatVersion: UInt32 = 3

    /// Serialises the model, dropping rows whose largest weight is below `pruneBelow`.
    func serialized(pruneBelow: Float = 0) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4 << 20)
        out += Self.magic
        Self.put32(&out, Self.formatVersion)
        Self.put32(&out, Self.featureSchema)
        Self.put32(&out, UInt32(labels.count))
        for label in labels {
            let bytes = Array(label.utf8)
            Self.put16(&out, UInt16(bytes.count))
            out += bytes
        }
        Self.put32(&out, UInt32(rootLabel))
        out.append(globallyTrained ? 1 : 0)
        out.append(clusters == nil ? 0 : 1)
        if let clusters {
            Self.put32(&out, UInt32(clusters.keys.count))
            for key in clusters.keys { Self.put64(&out, key) }
            for value in clusters.values { Self.put32(&out, value) }
        }
        Self.write(actionWeights, to: &out, pruneBelow: pruneBelow)
        Self.write(labelWeights, to: &out, pruneBelow: pruneBelow)
        out += Self.trailer
        return out
    }

    private static func write(_ table: ParserWeights, to out: inout [UInt8], pruneBelow: Float) {
        out.append(UInt8(table.rowBits))
        put16(&out, UInt16(table.width))
        let countOffset = out.count
        put32(&out, 0)
        var stored: UInt32 = 0
        var previous = 0
        var quantised = [Int8](repeating: 0, count: table.width)
        table.forEachNonZeroRow { row, values in
            var maxAbs: Float = 0
            for v in values { maxAbs = max(maxAbs, abs(v)) }
            guard maxAbs > 0, maxAbs >= pruneBelow else { return }
            let scale = maxAbs / 127
            var nonZero = 0
            for c in 0..<table.width {
                let q = Int8(clamping: Int((values[c] / scale).rounded()))
                quantised[c] = q
                if q != 0 { nonZero += 1 }
            }
            guard nonZero > 0 else { return }
            putVarint(&out, UInt64(row - previous))
            previous = row
            put32(&out, scale.bitPattern)
            if table.width <= 8 {
                for q in quantised { out.append(UInt8(bitPattern: q)) }
            } else {
                out.append(UInt8(nonZero))
                for (c, q) in quantised.enumerated() where q != 0 {
                    out.append(UInt8(c))
                    out.append(UInt8(bitPattern: q))
                }
            }
            stored += 1
        }
        withUnsafeBytes(of: stored.littleEndian) { bytes in
            for (i, byte) in bytes.enumerated() { out[countOffset + i] = byte }
        }
    }

    /// Reads a model written by `serialized`, checking magic, version, schema and every length.
    init(bytes: UnsafeRawBufferPointer, path: String) throws {
        var reader = ParserByteReader(bytes: bytes, path: path)
        guard try reader.bytes(4) == Self.magic else {
            throw ParserError(path: path, reason: "not a parser model (bad magic number)",
                              hint: "pass a file written by `newsgraph train parser`")
        }
        let version = try reader.u32()
        guard (1...Self.formatVersion).contains(version) else {
            throw ParserError(path: path, reason: "model format version \(version), this build reads \(Self.formatVersion)",
                              hint: "retrain with `newsgraph train parser`")
        }
        let schema = try reader.u32()
        guard schema == Self.featureSchema else {
            throw ParserError(path: path, reason: "feature schema \(schema), this build uses \(Self.featureSchema)",
                              hint: "retrain with `newsgraph train parser`")
        }
        let labelCount = Int(try reader.u32())
        guard (1...255).contains(labelCount) else {
            throw ParserError(path: path, reason: "implausible label count \(labelCount)")
        }
        var labels: [String] = []
        for _ in 0..<labelCount {
            let length = Int(try reader.u16())
            labels.append(String(decoding: try reader.bytes(length), as: UTF8.self))
        }
        let rootLabel = Int(try reader.u32())
        guard rootLabel < labelCount else { throw ParserError(path: path, reason: "root label index out of range") }
        let training = version >= 2 ? try reader.u8() : 0
        guard training <= 1 else { throw ParserError(path: path, reason: "unknown training kind \(training)") }
        let clusters = version >= 3 ? try Self.readClusters(&reader) : nil
        let actions = try Self.readTable(&reader, expectedWidth: 3)
        let labelTable = try Self.readTable(&reader, expectedWidth: labelCount)
        guard try reader.bytes(4) == Self.trailer else {
            throw ParserError(path: path, reason: "missing end marker (truncated or corrupt file)")
        }
        self.init(labels: labels, rootLabel: rootLabel, actionWeights: actions, labelWeights: labelTable,
                  globallyTrained: training == 1, clusters: clusters)
    }

    private static func readClusters(_ reader: inout ParserByteReader) throws -> WordClusters? {
        let flag = try reader.u8()
        guard flag <= 1 else { throw ParserError(path: reader.path, reason: "unknown word-class flag \(flag)") }
        guard flag == 1 else { return nil }
        let count = Int(try reader.u32())
        guard count > 0, count <= 1 << 24 else {
            throw ParserError(path: reader.path, reason: "implausible word-class count \(count)")
        }
        var keys: [UInt64] = []
        keys.reserveCapacity(count)
        for _ in 0..<count { keys.append(try reader.u64()) }
        var values: [UInt32] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try reader.u32()) }
        guard keys.first != 0, zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw ParserError(path: reader.path, reason: "word class keys are not sorted, or one is 0")
        }
        return WordClusters(keys: keys, values: values)
    }

    private static func readTable(_ reader: inout ParserByteReader, expectedWidth: Int) throws -> ParserWeights {
        let rowBits = Int(try reader.u8())
        let width = Int(try reader.u16())
        guard (8...26).contains(rowBits), width == expectedWidth else {
            throw ParserError(path: reader.path, reason: "weight table has \(rowBits) row bits and width \(width), expected width \(expectedWidth)")
        }
        let stored = Int(try reader.u32())
        let rows = 1 << rowBits
        guard stored <= rows else { throw ParserError(path: reader.path, reason: "more stored rows than the table holds") }
        var row = 0
        if width > 8 {
            // Wide (label) tables go straight into compressed sparse rows; stored rows are in increasing order.
            var starts = [UInt32](repeating: 0, count: rows + 1)
            var columns: [UInt8] = [], entries: [Float] = []
            var filled = 0
            for index in 0..<stored {
                row += Int(try reader.varint())
                guard row < rows, index == 0 || row >= filled else {
                    throw ParserError(path: reader.path, reason: "row index out of range")
                }
                while filled < row { filled += 1; starts[filled] = UInt32(entries.count) }
                let scale = Float(bitPattern: try reader.u32())
                let count = Int(try reader.u8())
                for _ in 0..<count {
                    let c = Int(try reader.u8())
                    let q = Int8(bitPattern: try reader.u8())
                    guard c < width else { throw ParserError(path: reader.path, reason: "column out of range") }
                    columns.append(UInt8(c))
                    entries.append(Float(q) * scale)
                }
                starts[row + 1] = UInt32(entries.count)
                filled = row + 1
            }
            while filled < rows { filled += 1; starts[filled] = UInt32(entries.count) }
            return ParserWeights(rowBits: rowBits, width: width, rowStarts: starts, columns: columns, entries: entries)
        }
        var values = [Float](repeating: 0, count: rows * width)
        try values.withUnsafeMutableBufferPointer { out in
            for _ in 0..<stored {
                row += Int(try reader.varint())
                guard row < rows else { throw ParserError(path: reader.path, reason: "row index out of range") }
                let scale = Float(bitPattern: try reader.u32())
                let base = row * width
                for c in 0..<width { out[base + c] = Float(Int8(bitPattern: try reader.u8())) * scale }
            }
        }
        return ParserWeights(rowBits: rowBits, width: width, values: values)
    }

    private static func put16(_ out: inout [UInt8], _ v: UInt16) {
        out.append(UInt8(v & 0xff)); out.append(UInt8(v >> 8))
    }

    private static func put32(_ out: inout [UInt8], _ v: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((v >> UInt32(shift)) & 0xff)) }
    }

    private static func put64(_ out: inout [UInt8], _ v: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8((v >> UInt64(shift)) & 0xff)) }
    }

    private static func putVarint(_ out: inout [UInt8], _ value: UInt64) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7f) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }
}

/// Bounds-checked little-endian reading; every overrun becomes a `ParserError` naming the file.
struct ParserByteReader {
    let bytes: UnsafeRawBufferPointer
    let path: String
    private var offset = 0

    init(bytes: UnsafeRawBufferPointer, path: String) {
        self.bytes = bytes
        self.path = path
    }

    private func need(_ n: Int) throws {
        guard offset + n <= bytes.count else {
            throw ParserError(path: path, reason: "file ends early at byte \(offset) (truncated or corrupt)")
        }
    }

    mutating func u8() throws -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u16() throws -> UInt16 {
        try need(2)
        defer { offset += 2 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    mutating func u32() throws -> UInt32 {
        try need(4)
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[offset + i]) << UInt32(8 * i) }
        offset += 4
        return v
    }

    mutating func u64() throws -> UInt64 {
        try need(8)
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[offset + i]) << UInt64(8 * i) }
        offset += 8
        return v
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try u8()
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
            guard shift < 64 else { throw ParserError(path: path, reason: "malformed varint at byte \(offset)") }
        }
    }

    mutating func bytes(_ n: Int) throws -> [UInt8] {
        try need(n)
        defer { offset += n }
        return Array(bytes[offset..<(offset + n)])
    }
}
