/// The arc-hybrid configuration (Kuhlmann et al. 2011) with the root placed at the END of the buffer
/// (Ballesteros & Nivre 2013), plus the partial tree and the per-word summaries the features read.
///
/// Positions: words are 1...n, the artificial root is n + 1, and 0 stands for "no such item".
/// `leftArc` is only allowed onto the root when the stack holds one item, so every finished
/// configuration is a projective tree with exactly one word attached to the root.
struct ParserState {
    private(set) var count = 0
    var rootPosition: Int { count + 1 }

    private(set) var stackCount = 0
    /// Front of the buffer; the buffer is always `bufferFront...rootPosition`.
    private(set) var bufferFront = 1

    /// Every per-position column in one buffer (`Column`), `capacity` slots each: copying a state for a beam
    /// item retains one buffer, and changing the copy copies one, not eleven (profiling showed the
    /// retains, releases and allocations of eleven arrays at a fifth of the beam parser's time).
    private var storage: [Int] = []
    private var capacity = 0

    /// The columns of `storage`.
    private enum Column: Int, CaseIterable {
        case stack, heads, labels, leftmost, secondLeftmost, rightmost, secondRightmost
        case leftValency, rightValency, leftLabels, rightLabels
    }

    @inline(__always) private func slot(_ column: Column, _ i: Int) -> Int { column.rawValue &* capacity &+ i }

    /// The i-th stack slot from the bottom (valid below `stackCount`).
    @inline(__always) func stackSlot(_ i: Int) -> Int { storage[slot(.stack, i)] }
    /// Head of word `i` (-1 while unattached; `rootPosition` for the root's dependent).
    @inline(__always) func head(of i: Int) -> Int { storage[slot(.heads, i)] }
    /// Label index of word `i`'s arc (-1 while unattached).
    @inline(__always) func label(of i: Int) -> Int { storage[slot(.labels, i)] }
    @inline(__always) func leftmost(_ i: Int) -> Int { storage[slot(.leftmost, i)] }
    @inline(__always) func secondLeftmost(_ i: Int) -> Int { storage[slot(.secondLeftmost, i)] }
    @inline(__always) func rightmost(_ i: Int) -> Int { storage[slot(.rightmost, i)] }
    @inline(__always) func secondRightmost(_ i: Int) -> Int { storage[slot(.secondRightmost, i)] }
    @inline(__always) func leftValency(_ i: Int) -> Int { storage[slot(.leftValency, i)] }
    @inline(__always) func rightValency(_ i: Int) -> Int { storage[slot(.rightValency, i)] }
    /// The labels of word `i`'s left (right) dependents as a bit set.
    @inline(__always) func leftLabels(_ i: Int) -> UInt64 { UInt64(bitPattern: Int64(storage[slot(.leftLabels, i)])) }
    @inline(__always) func rightLabels(_ i: Int) -> UInt64 { UInt64(bitPattern: Int64(storage[slot(.rightLabels, i)])) }

    /// Starts a new sentence of `count` words, reusing the buffer.
    mutating func reset(count: Int) {
        self.count = count
        let size = count + 2
        if capacity < size {
            capacity = max(size, 2 * capacity)
            storage = Array(repeating: 0, count: Column.allCases.count * capacity)
        }
        for column in Column.allCases where column != .stack {
            let empty = column == .heads || column == .labels ? -1 : 0
            let base = column.rawValue * capacity
            for i in 0..<size { storage[base + i] = empty }
        }
        stackCount = 0
        bufferFront = 1
    }

    var isTerminal: Bool { stackCount == 0 && bufferFront == rootPosition }

    /// The i-th stack item from the top (0 = s0), or 0 when absent.
    @inline(__always) func stackItem(_ i: Int) -> Int { i < stackCount ? stackSlot(stackCount - 1 - i) : 0 }
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
            storage[slot(.stack, stackCount)] = bufferFront
            stackCount += 1
            bufferFront += 1
        case .leftArc:
            addArc(head: bufferFront, dependent: stackSlot(stackCount - 1), label: label)
            stackCount -= 1
        case .rightArc:
            addArc(head: stackSlot(stackCount - 2), dependent: stackSlot(stackCount - 1), label: label)
            stackCount -= 1
        }
    }

    private mutating func addArc(head: Int, dependent: Int, label: Int) {
        storage[slot(.heads, dependent)] = head
        storage[slot(.labels, dependent)] = label
        let bit = Int(bitPattern: UInt(1) << UInt(label & 63))
        if dependent < head {
            storage[slot(.leftValency, head)] += 1
            storage[slot(.leftLabels, head)] |= bit
            let first = leftmost(head), second = secondLeftmost(head)
            if first == 0 || dependent < first {
                storage[slot(.secondLeftmost, head)] = first
                storage[slot(.leftmost, head)] = dependent
            } else if second == 0 || dependent < second {
                storage[slot(.secondLeftmost, head)] = dependent
            }
        } else {
            storage[slot(.rightValency, head)] += 1
            storage[slot(.rightLabels, head)] |= bit
            let first = rightmost(head), second = secondRightmost(head)
            if dependent > first {
                storage[slot(.secondRightmost, head)] = first
                storage[slot(.rightmost, head)] = dependent
            } else if dependent > second {
                storage[slot(.secondRightmost, head)] = dependent
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
