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
    private let index: FeatureIndex
    /// `scales[row] * values[entry]`, precomputed at load.
    private let entryWeights: [Float]
    private let entryClasses: [Int32]

    /// Assembles a model; callers guarantee consistent lengths (see `validate`).
    init(classCount: Int, keys: [UInt64], rowStart: [UInt32], scales: [Float], classes: [UInt16], values: [Int8]) {
        self.classCount = classCount
        self.keys = keys
        self.rowStart = rowStart
        self.scales = scales
        self.classes = classes
        self.values = values
        var index = FeatureIndex(capacity: keys.count)
        for key in keys { _ = index.rowInserting(key) }
        self.index = index
        var weights = [Float](repeating: 0, count: values.count)
        for r in 0..<keys.count {
            for e in Int(rowStart[r])..<Int(rowStart[r + 1]) { weights[e] = scales[r] * Float(values[e]) }
        }
        entryWeights = weights
        entryClasses = classes.map { Int32($0) }
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
        rowStart.withUnsafeBufferPointer { starts in
            entryWeights.withUnsafeBufferPointer { weights in
                entryClasses.withUnsafeBufferPointer { classes in
                    for f in 0..<count {
                        let row = index.row(of: keys[f])
                        if row < 0 { continue }
                        let end = Int(starts[Int(row) + 1])
                        var e = Int(starts[Int(row)])
                        while e < end {
                            scores[Int(classes[e])] += weights[e]
                            e += 1
                        }
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
