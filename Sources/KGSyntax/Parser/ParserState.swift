/// The arc-hybrid configuration (Kuhlmann et al. 2011) with the root placed at the END of the buffer
/// (Ballesteros & Nivre 2013), plus the partial tree and the per-word summaries the features read.
///
/// Positions: words are 1...n, the artificial root is n + 1, and 0 stands for "no such item".
/// `leftArc` is only allowed onto the root when the stack holds one item, so every finished
/// configuration is a projective tree with exactly one word attached to the root.
struct ParserState {
    private(set) var count = 0
    var rootPosition: Int { count + 1 }

    private(set) var stack: [Int] = []
    private(set) var stackCount = 0
    /// Front of the buffer; the buffer is always `bufferFront...rootPosition`.
    private(set) var bufferFront = 1

    private(set) var heads: [Int] = []
    private(set) var labels: [Int] = []
    private(set) var leftmost: [Int] = []
    private(set) var secondLeftmost: [Int] = []
    private(set) var rightmost: [Int] = []
    private(set) var secondRightmost: [Int] = []
    private(set) var leftValency: [Int] = []
    private(set) var rightValency: [Int] = []
    private(set) var leftLabels: [UInt64] = []
    private(set) var rightLabels: [UInt64] = []

    /// Starts a new sentence of `count` words, reusing the buffers.
    mutating func reset(count: Int) {
        self.count = count
        let size = count + 2
        if heads.count < size {
            let capacity = max(size, 2 * heads.count)
            stack = Array(repeating: 0, count: capacity)
            heads = Array(repeating: -1, count: capacity)
            labels = Array(repeating: -1, count: capacity)
            leftmost = Array(repeating: 0, count: capacity)
            secondLeftmost = Array(repeating: 0, count: capacity)
            rightmost = Array(repeating: 0, count: capacity)
            secondRightmost = Array(repeating: 0, count: capacity)
            leftValency = Array(repeating: 0, count: capacity)
            rightValency = Array(repeating: 0, count: capacity)
            leftLabels = Array(repeating: 0, count: capacity)
            rightLabels = Array(repeating: 0, count: capacity)
        }
        for i in 0..<size {
            heads[i] = -1
            labels[i] = -1
            leftmost[i] = 0
            secondLeftmost[i] = 0
            rightmost[i] = 0
            secondRightmost[i] = 0
            leftValency[i] = 0
            rightValency[i] = 0
            leftLabels[i] = 0
            rightLabels[i] = 0
        }
        stackCount = 0
        bufferFront = 1
    }

    var isTerminal: Bool { stackCount == 0 && bufferFront == rootPosition }

    /// The i-th stack item from the top (0 = s0), or 0 when absent.
    @inline(__always) func stackItem(_ i: Int) -> Int { i < stackCount ? stack[stackCount - 1 - i] : 0 }
    /// The i-th buffer item (0 = b0), or 0 when past the root.
    @inline(__always) func bufferItem(_ i: Int) -> Int { bufferFront + i <= rootPosition ? bufferFront + i : 0 }

    @inline(__always) var canShift: Bool { bufferFront < rootPosition }
    @inline(__always) var canLeftArc: Bool {
        stackCount > 0 && (bufferFront < rootPosition || stackCount == 1)
    }
    @inline(__always) var canRightArc: Bool { stackCount > 1 }
    /// Whether a left arc now attaches to the artificial root (and so must carry the root label).
    @inline(__always) var leftArcIsRoot: Bool { bufferFront == rootPosition }

    func isValid(_ action: ParserAction) -> Bool {
        switch action {
        case .shift: return canShift
        case .leftArc: return canLeftArc
        case .rightArc: return canRightArc
        }
    }

    /// Head and dependent of the arc `action` would add (nil for shift).
    @inline(__always) func arc(for action: ParserAction) -> (head: Int, dependent: Int)? {
        switch action {
        case .shift: return nil
        case .leftArc: return (bufferFront, stackItem(0))
        case .rightArc: return (stackItem(1), stackItem(0))
        }
    }

    /// Applies a valid transition; `label` is used by the arc transitions.
    mutating func apply(_ action: ParserAction, label: Int) {
        switch action {
        case .shift:
            stack[stackCount] = bufferFront
            stackCount += 1
            bufferFront += 1
        case .leftArc:
            addArc(head: bufferFront, dependent: stack[stackCount - 1], label: label)
            stackCount -= 1
        case .rightArc:
            addArc(head: stack[stackCount - 2], dependent: stack[stackCount - 1], label: label)
            stackCount -= 1
        }
    }

    private mutating func addArc(head: Int, dependent: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if dependent < head {
            leftValency[head] += 1
            leftLabels[head] |= bit
            if leftmost[head] == 0 || dependent < leftmost[head] {
                secondLeftmost[head] = leftmost[head]
                leftmost[head] = dependent
            } else if secondLeftmost[head] == 0 || dependent < secondLeftmost[head] {
                secondLeftmost[head] = dependent
            }
        } else {
            rightValency[head] += 1
            rightLabels[head] |= bit
            if dependent > rightmost[head] {
                secondRightmost[head] = rightmost[head]
                rightmost[head] = dependent
            } else if dependent > secondRightmost[head] {
                secondRightmost[head] = dependent
            }
        }
    }
}

/// The three unlabelled arc-hybrid transitions; labels are chosen separately.
enum ParserAction: Int, CaseIterable, Sendable {
    case shift = 0
    case leftArc = 1
    case rightArc = 2
}
