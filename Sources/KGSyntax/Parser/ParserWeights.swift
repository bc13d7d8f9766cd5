/// A hashed weight table: `rows × width` floats in one flat array, a feature's row chosen by its low bits.
struct ParserWeights: Sendable, Equatable {
    let rowBits: Int
    let width: Int
    var values: [Float]

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

    var rows: Int { 1 << rowBits }
    @inline(__always) var mask: UInt64 { UInt64(rows - 1) }

    /// Adds the rows of `features` into `scores[0..<width]` (which it first clears).
    @inline(__always)
    func score(_ features: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Float>) {
        let width = self.width, mask = self.mask
        for c in 0..<width { scores[c] = 0 }
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
        _ features: UnsafePointer<UInt64>, count: Int, column: Int, delta: Float, step: Int
    ) {
        let width = current.width, mask = current.mask
        let timed = delta * Float(step)
        current.values.withUnsafeMutableBufferPointer { w in
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
        result.values.withUnsafeMutableBufferPointer { w in
            accumulated.withUnsafeBufferPointer { u in
                for i in 0..<w.count where u[i] != 0 { w[i] -= u[i] * scale }
            }
        }
        return result
    }
}
