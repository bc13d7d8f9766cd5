/// The dynamic oracle for arc-hybrid (Goldberg & Nivre 2013): the number of gold arcs a transition makes
/// unreachable from the current configuration. Exact for projective gold trees, so training can follow the
/// model's own mistakes and still learn the best continuation.
///
/// Gold heads use the state's positions: words 1...n, root n + 1.
enum ParserOracle {
    /// Cost of `action` in `state` (only meaningful when the action is valid).
    static func cost(_ action: ParserAction, state: ParserState, goldHeads: [Int]) -> Int {
        let s0 = state.stackItem(0), s1 = state.stackItem(1), b0 = state.bufferFront
        let root = state.rootPosition
        switch action {
        case .shift:
            // b0 can no longer take a head from deeper in the stack, nor any stack item as a dependent.
            // Only the stack bottom can reach the root (it must be the last word left), so shifting the
            // gold root word onto a non-empty stack loses its root arc too.
            let head = goldHeads[b0]
            var cost = head == root && state.stackCount > 0 ? 1 : 0
            for i in 0..<state.stackCount {
                let item = state.stackSlot(i)
                if goldHeads[item] == b0 { cost += 1 }
                if item == head, i < state.stackCount - 1 { cost += 1 }
            }
            return cost
        case .leftArc:
            // s0 gets b0 as head: lose its real head if still reachable (s1 or later in the buffer), and its
            // dependents still in the buffer.
            var cost = 0
            let head = goldHeads[s0]
            // A root arc is only still reachable from the stack bottom (see shift).
            if head != b0, head == s1 || (head > b0 && (head != root || state.stackCount == 1)) { cost += 1 }
            var d = b0
            while d <= root {
                if goldHeads[d] == s0 { cost += 1 }
                d += 1
            }
            return cost
        case .rightArc:
            // s0 gets s1 as head: lose a head in the buffer, and its dependents still in the buffer.
            var cost = 0
            // (s0 is never the stack bottom here, so a root arc was already lost when s0 was shifted.)
            if goldHeads[s0] >= b0, goldHeads[s0] != root { cost += 1 }
            var d = b0
            while d <= root {
                if goldHeads[d] == s0 { cost += 1 }
                d += 1
            }
            return cost
        }
    }

    /// Whether the tree (heads by position, root = n + 1) has no crossing arcs.
    static func isProjective(_ heads: [Int], count: Int) -> Bool {
        guard count > 0 else { return true }
        for d in 1...count {
            let a = min(d, heads[d]), b = max(d, heads[d])
            guard b > a + 1 else { continue }
            for e in (a + 1)..<b where e <= count {
                // Every word strictly inside the arc must have its head inside [a, b].
                let h = heads[e]
                if h < a || h > b { return false }
            }
        }
        return true
    }
}
