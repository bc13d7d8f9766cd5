/// Runtime weights of a linear multi-class model: for each kept feature, a sparse row of (class, Int8 value)
/// with one Float scale per row, looked up through an open-addressing `FeatureIndex`.
struct SparseLinearModel: Sendable {
    /// Number of output classes.
    let classCount: Int
    /// Feature keys in row order (kept for saving).
    let keys: [UInt64]
    /// Row `r` owns entries `rowStart[r]..<rowStart[r+1]`.
    let rowStart: [UInt32]
    /// Per-row dequantisation scale.
    let scales: [Float]
    /// Class of each entry.
    let classes: [UInt16]
    /// Quantised value of each entry.
    let values: [Int8]
    /// Open-addressing table of rows, each slot holding its key and entry range, so a lookup costs one
    /// cache line (the tagger is memory-bound, not compute-bound).
    private let slots: [Slot]
    private let slotMask: Int
    /// `(class, scales[row] * values[entry])` of every entry, precomputed at load.
    private let entries: [Entry]

    private struct Slot {
        var key: UInt64
        var start: UInt32
        var end: UInt32
    }

    private struct Entry {
        var classNumber: Int32
        var weight: Float
    }

    /// Assembles a model; callers guarantee consistent lengths (see `validate`).
    init(classCount: Int, keys: [UInt64], rowStart: [UInt32], scales: [Float], classes: [UInt16], values: [Int8]) {
        self.classCount = classCount
        self.keys = keys
        self.rowStart = rowStart
        self.scales = scales
        self.classes = classes
        self.values = values
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, start: 0, end: 0), count: size)
        var entries = [Entry](repeating: Entry(classNumber: 0, weight: 0), count: values.count)
        for r in 0..<keys.count {
            var slot = Int(truncatingIfNeeded: keys[r]) & (size - 1)
            while slots[slot].key != 0 && slots[slot].key != keys[r] { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: keys[r], start: rowStart[r], end: rowStart[r + 1])
            for e in Int(rowStart[r])..<Int(rowStart[r + 1]) {
                entries[e] = Entry(classNumber: Int32(classes[e]), weight: scales[r] * Float(values[e]))
            }
        }
        self.slots = slots
        self.entries = entries
        slotMask = size - 1
    }

    /// A model with no weights (every score 0).
    static func empty(classCount: Int) -> SparseLinearModel {
        SparseLinearModel(classCount: classCount, keys: [], rowStart: [0], scales: [], classes: [], values: [])
    }

    /// Number of stored (non-zero) weights.
    var entryCount: Int { values.count }

    /// Adds the weights of every feature in `keys[0..<count]` to `scores`.
    @inline(__always)
    func addScores(_ keys: UnsafeBufferPointer<UInt64>, count: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                for f in 0..<count {
                    let key = keys[f]
                    var slot = Int(truncatingIfNeeded: key) & slotMask
                    while true {
                        let found = slots[slot]
                        if found.key == key {
                            var e = Int(found.start)
                            let end = Int(found.end)
                            while e < end {
                                let entry = entries[e]
                                scores[Int(entry.classNumber)] += entry.weight
                                e += 1
                            }
                            break
                        }
                        if found.key == 0 { break }
                        slot = (slot + 1) & slotMask
                    }
                }
            }
        }
    }

    /// Appends the model to a file being written.
    func write(to writer: inout ModelFileWriter) {
        writer.write(UInt32(classCount))
        writer.writeArray(keys)
        writer.writeArray(rowStart)
        writer.writeArray(scales)
        writer.writeArray(classes)
        writer.writeArray(values)
    }

    /// Reads a model written by `write(to:)`, checking its dimensions against `classCount`.
    static func read(from reader: inout ModelFileReader, classCount: Int) throws -> SparseLinearModel {
        let storedClasses = Int(try reader.readInteger() as UInt32)
        guard storedClasses == classCount else {
            throw reader.invalid("weights have \(storedClasses) classes, the label list has \(classCount)")
        }
        let keys: [UInt64] = try reader.readArray()
        let rowStart: [UInt32] = try reader.readArray(expectedCount: keys.count + 1)
        let scales = try reader.readFloatArray(expectedCount: keys.count)
        let classes: [UInt16] = try reader.readArray()
        let values: [Int8] = try reader.readArray(expectedCount: classes.count)
        guard rowStart.first == 0, rowStart.last.map(Int.init) == classes.count,
              zip(rowStart, rowStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              classes.allSatisfy({ Int($0) < classCount }),
              keys.allSatisfy({ $0 != 0 }), Set(keys).count == keys.count
        else { throw reader.invalid("inconsistent weight table") }
        return SparseLinearModel(classCount: classCount, keys: keys, rowStart: rowStart, scales: scales,
                                 classes: classes, values: values)
    }
}

extension SparseLinearModel {
    /// Builds a model row by row from float weights: a row is kept when its largest weight reaches
    /// `minimumWeight`, and stored as Int8 values with one scale (its largest magnitude / 127), weights below
    /// `minimumWeight` dropped.
    struct Builder {
        let classCount: Int
        let minimumWeight: Float
        private var keys: [UInt64] = []
        private var rowStart: [UInt32] = [0]
        private var scales: [Float] = []
        private var classes: [UInt16] = []
        private var values: [Int8] = []

        init(classCount: Int, minimumWeight: Float) {
            self.classCount = classCount
            self.minimumWeight = minimumWeight
        }

        /// Adds the row of `key` (`row.count == classCount`), unless all its weights are too small.
        mutating func append(key: UInt64, row: [Float]) {
            let maxAbs = row.reduce(Float(0)) { max($0, abs($1)) }
            guard maxAbs >= minimumWeight else { return }
            let scale = maxAbs / 127
            let before = classes.count
            for c in 0..<classCount where abs(row[c]) >= minimumWeight {
                let q = (row[c] / scale).rounded()
                guard q != 0 else { continue }
                classes.append(UInt16(c))
                values.append(Int8(max(-127, min(127, q))))
            }
            guard classes.count > before else { return }
            keys.append(key)
            scales.append(scale)
            rowStart.append(UInt32(classes.count))
        }

        func model() -> SparseLinearModel {
            SparseLinearModel(classCount: classCount, keys: keys, rowStart: rowStart, scales: scales,
                              classes: classes, values: values)
        }
    }

    /// The mean of models over the same classes, as one model: an ensemble that costs one model to run. A
    /// feature's row is the mean of its rows in the members (zero where a member has none), in the order the
    /// features first appear in the members; pruned and quantised as `Builder` does.
    static func mean(of members: [SparseLinearModel], minimumWeight: Float) -> SparseLinearModel {
        guard let classCount = members.first?.classCount else { return .empty(classCount: 0) }
        var index = FeatureIndex(capacity: members.reduce(0) { $0 + $1.keys.count })
        var sums: [Float] = []
        for member in members {
            precondition(member.classCount == classCount, "ensemble members differ in their classes")
            for r in 0..<member.keys.count {
                let row = Int(index.rowInserting(member.keys[r]))
                if sums.count <= row * classCount { sums += [Float](repeating: 0, count: classCount) }
                for e in Int(member.rowStart[r])..<Int(member.rowStart[r + 1]) {
                    sums[row * classCount + Int(member.classes[e])] += member.scales[r] * Float(member.values[e])
                }
            }
        }
        var builder = Builder(classCount: classCount, minimumWeight: minimumWeight)
        let share = 1 / Float(members.count)
        for (r, key) in index.keysByRow().enumerated() {
            builder.append(key: key, row: sums[(r * classCount)..<((r + 1) * classCount)].map { $0 * share })
        }
        return builder.model()
    }
}
