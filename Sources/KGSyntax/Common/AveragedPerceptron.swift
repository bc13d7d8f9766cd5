/// Training-time weights of a multi-class averaged perceptron (Collins 2002) over hashed features.
///
/// Rows are created only for features that take part in an update. Averaging uses the "accumulate c·Δ" trick
/// (Daumé III): the average is `w − u / c`, so no per-weight timestamps are needed.
struct AveragedPerceptron {
    /// Number of output classes (columns of each row).
    let classCount: Int
    private var index = FeatureIndex(capacity: 1 << 16)
    private var weights: [Float] = []
    private var accumulated: [Double] = []
    /// Number of training instances seen plus one (Daumé's `c`).
    private var step: Double = 1

    /// Empty weights for `classCount` classes.
    init(classCount: Int) {
        self.classCount = classCount
    }

    /// Number of feature rows created so far.
    var rowCount: Int { index.count }

    /// Adds the current (not averaged) weights of every feature in `keys` to `scores`.
    func addScores(_ keys: [UInt64], count: Int, into scores: inout [Float]) {
        keys.withUnsafeBufferPointer { k in
            scores.withUnsafeMutableBufferPointer { s in addScores(k, count: count, into: s) }
        }
    }

    /// Adds the current (not averaged) weights of every feature in `keys[0..<count]` to `scores`.
    func addScores(_ keys: UnsafeBufferPointer<UInt64>, count: Int, into s: UnsafeMutableBufferPointer<Float>) {
        let classes = classCount
        weights.withUnsafeBufferPointer { w in
            for f in 0..<count {
                let row = index.row(of: keys[f])
                if row < 0 { continue }
                let base = Int(row) * classes
                for c in 0..<classes { s[c] += w[base + c] }
            }
        }
    }

    /// Adds `amount` to the weight of class `target` on every feature in `keys` (a structured perceptron's
    /// update, whose rewarded and penalised features differ).
    mutating func add(_ keys: [UInt64], count: Int, to target: Int, amount: Float) {
        for f in 0..<count {
            let base = rowStart(for: keys[f])
            weights[base + target] += amount
            accumulated[base + target] += Double(amount) * step
        }
    }

    /// Rewards `truth` and penalises `guess` on every feature in `keys` (no-op when they agree).
    mutating func update(_ keys: [UInt64], count: Int, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for f in 0..<count {
            let base = rowStart(for: keys[f])
            weights[base + truth] += 1
            accumulated[base + truth] += step
            weights[base + guess] -= 1
            accumulated[base + guess] -= step
        }
    }

    /// Where the row of feature `key` starts in the weights, created (all zero) the first time.
    private mutating func rowStart(for key: UInt64) -> Int {
        let row = Int(index.rowInserting(key))
        if row * classCount == weights.count {
            weights.append(contentsOf: repeatElement(0, count: classCount))
            accumulated.append(contentsOf: repeatElement(0, count: classCount))
        }
        return row * classCount
    }

    /// Marks the end of one training instance.
    mutating func advance() { step += 1 }

    /// The averaged weights, pruned (entries below `minimumWeight` in magnitude dropped, empty rows dropped)
    /// and quantised to Int8 with one scale per row.
    func averaged(minimumWeight: Float) -> SparseLinearModel {
        let keys = index.keysByRow()
        var builder = SparseLinearModel.Builder(classCount: classCount, minimumWeight: minimumWeight)
        var row = [Float](repeating: 0, count: classCount)
        for r in 0..<keys.count {
            let base = r * classCount
            for c in 0..<classCount { row[c] = Float(Double(weights[base + c]) - accumulated[base + c] / step) }
            builder.append(key: keys[r], row: row)
        }
        return builder.model()
    }
}
