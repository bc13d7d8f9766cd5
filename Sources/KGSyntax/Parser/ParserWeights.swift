/// A hashed weight table: `rows × width` floats, a feature's row chosen by the low bits of its hash.
///
/// Dense while training; wide tables (labels) are compacted for parsing into compressed sparse rows, since a
/// feature row holds only a few non-zero labels: far less memory and a handful of adds per feature.
struct ParserWeights: Sendable, Equatable {
    let rowBits: Int
    let width: Int
    /// Dense `rows × width` values; empty once compacted.
    private(set) var values: [Float]
    /// Compact form: row r's entries are `rowStarts[r]..<rowStarts[r + 1]` of `columns`/`entries`.
    private(set) var rowStarts: [UInt32] = []
    private(set) var columns: [UInt8] = []
    private(set) var entries: [Float] = []

    init(rowBits: Int, width: Int) {
        self.rowBits = rowBits
        self.width = width
        values = Array(repeating: 0, count: (1 << rowBits) * width)
    }

    init(rowBits: Int, width: Int, values: [Float]) {
        self.rowBits = rowBits
        self.width = width
        self.values = values
    }

    /// A compact table from its sparse rows (as read from a model file).
    init(rowBits: Int, width: Int, rowStarts: [UInt32], columns: [UInt8], entries: [Float]) {
        self.rowBits = rowBits
        self.width = width
        values = []
        self.rowStarts = rowStarts
        self.columns = columns
        self.entries = entries
    }

    var rows: Int { 1 << rowBits }
    @inline(__always) var mask: UInt64 { UInt64(rows - 1) }
    var isCompact: Bool { values.isEmpty }

    /// The sparse form of a wide table (narrow tables stay dense: one cache line per feature already).
    func compacted() -> ParserWeights {
        guard width > 8, !isCompact else { return self }
        var result = ParserWeights(rowBits: rowBits, width: width, values: [])
        var starts = [UInt32](repeating: 0, count: rows + 1)
        var columns: [UInt8] = [], entries: [Float] = []
        values.withUnsafeBufferPointer { v in
            for row in 0..<rows {
                let base = row * width
                for c in 0..<width where v[base + c] != 0 {
                    columns.append(UInt8(c))
                    entries.append(v[base + c])
                }
                starts[row + 1] = UInt32(entries.count)
            }
        }
        result.rowStarts = starts
        result.columns = columns
        result.entries = entries
        return result
    }

    /// `scale × Σ tables` of dense tables of equal shape (the first table when shapes differ).
    static func mean(_ tables: [ParserWeights], scale: Float) -> ParserWeights {
        guard var result = tables.first else { return ParserWeights(rowBits: 1, width: 1) }
        guard tables.allSatisfy({ $0.rowBits == result.rowBits && $0.width == result.width && !$0.isCompact })
        else { return result }
        result.withDenseValues { sum in
            for table in tables.dropFirst() {
                table.values.withUnsafeBufferPointer { v in
                    for i in 0..<sum.count { sum[i] += v[i] }
                }
            }
            for i in 0..<sum.count { sum[i] *= scale }
        }
        return result
    }

    /// Calls `body(row, values)` for every row with a non-zero weight, `values` holding the whole row.
    func forEachNonZeroRow(_ body: (Int, [Float]) -> Void) {
        var row = [Float](repeating: 0, count: width)
        for r in 0..<rows {
            if isCompact {
                let start = Int(rowStarts[r]), end = Int(rowStarts[r + 1])
                guard end > start else { continue }
                for c in 0..<width { row[c] = 0 }
                for j in start..<end { row[Int(columns[j])] = entries[j] }
            } else {
                let base = r * width
                var any = false
                for c in 0..<width {
                    row[c] = values[base + c]
                    if row[c] != 0 { any = true }
                }
                guard any else { continue }
            }
            body(r, row)
        }
    }

    /// Adds the rows of `features` into `scores[0..<width]` (which it first clears).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt64>, count: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        let width = self.width, mask = self.mask
        for c in 0..<width { scores[c] = 0 }
        if isCompact {
            rowStarts.withUnsafeBufferPointer { starts in
                columns.withUnsafeBufferPointer { columns in
                    entries.withUnsafeBufferPointer { entries in
                        for i in 0..<count {
                            let row = Int(features[i] & mask)
                            let end = Int(starts[row + 1])
                            var j = Int(starts[row])
                            while j < end {
                                scores[Int(columns[j])] += entries[j]
                                j += 1
                            }
                        }
                    }
                }
            }
            return
        }
        values.withUnsafeBufferPointer { table in
            guard let base = table.baseAddress else { return }
            if width == 3 {
                var a: Float = 0, b: Float = 0, c: Float = 0
                for i in 0..<count {
                    let row = base + Int(features[i] & mask) * 3
                    a += row[0]; b += row[1]; c += row[2]
                }
                scores[0] = a; scores[1] = b; scores[2] = c
            } else {
                for i in 0..<count {
                    let row = base + Int(features[i] & mask) &* width
                    for c in 0..<width { scores[c] += row[c] }
                }
            }
        }
    }

    /// Mutable dense values, for training (never called on a compact table).
    mutating func withDenseValues<R>(_ body: (inout UnsafeMutableBufferPointer<Float>) -> R) -> R {
        values.withUnsafeMutableBufferPointer { body(&$0) }
    }
}

/// Averaged-perceptron training weights (Collins 2002) with the lazy trick: keep `w` and
/// `u = Σ step·Δ`, so the average after `step` steps is `w − u / step` without touching every weight.
struct AveragedParserWeights {
    private(set) var current: ParserWeights
    private var accumulated: [Float]

    init(rowBits: Int, width: Int) {
        current = ParserWeights(rowBits: rowBits, width: width)
        accumulated = Array(repeating: 0, count: (1 << rowBits) * width)
    }

    /// Adds `delta` to class `column` of every feature's row, at training step `step`.
    mutating func update(
        _ features: UnsafeBufferPointer<UInt64>, count: Int, column: Int, delta: Float, step: Int
    ) {
        let width = current.width, mask = current.mask
        let timed = delta * Float(step)
        current.withDenseValues { w in
            accumulated.withUnsafeMutableBufferPointer { u in
                for i in 0..<count {
                    let index = Int(features[i] & mask) &* width &+ column
                    w[index] += delta
                    u[index] += timed
                }
            }
        }
    }

    /// The averaged weights after `step` steps.
    func averaged(step: Int) -> ParserWeights {
        var result = current
        let scale = 1 / Float(max(step, 1))
        result.withDenseValues { w in
            accumulated.withUnsafeBufferPointer { u in
                for i in 0..<w.count where u[i] != 0 { w[i] -= u[i] * scale }
            }
        }
        return result
    }
}
