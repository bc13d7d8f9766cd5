import KGText
import Testing
@testable import KGSyntax

/// The arc-hybrid transition system and its dynamic oracle on hand-made trees.
struct ParserOracleTests {
    /// "She said that the bank failed ." with heads in state positions (root = n + 1 = 8).
    private static let heads = [0, 2, 8, 6, 5, 6, 2, 2, 0]
    private static let count = 7

    /// Runs the oracle from `state`, always taking the cheapest valid transition; returns the heads built.
    private static func finishWithOracle(_ state: inout ParserState, goldHeads: [Int]) -> [Int] {
        while !state.isTerminal {
            let action = ParserAction.allCases.filter { state.isValid($0) }
                .min { ParserOracle.cost($0, state: state, goldHeads: goldHeads) < ParserOracle.cost($1, state: state, goldHeads: goldHeads) }
            guard let action else { break }
            state.apply(action, label: 0)
        }
        return (1...state.count).map { state.head(of: $0) }
    }

    @Test func oracleReproducesTheGoldTree() {
        var state = ParserState()
        state.reset(count: Self.count)
        let built = Self.finishWithOracle(&state, goldHeads: Self.heads)
        #expect(built == Array(Self.heads[1...Self.count]))
    }

    @Test func dynamicOracleCostsCountExactlyTheArcsLost() {
        // Take every possible first k transitions (by a fixed pattern), then let the oracle finish:
        // the number of wrong heads must equal the summed costs of the forced transitions.
        var rng = SeededRandom(seed: 3)
        for _ in 0..<200 {
            var state = ParserState()
            state.reset(count: Self.count)
            var lost = 0
            let forced = Int(rng.next() % 12)
            for _ in 0..<forced where !state.isTerminal {
                let valid = ParserAction.allCases.filter { state.isValid($0) }
                let action = valid[Int(rng.next() % UInt64(valid.count))]
                lost += ParserOracle.cost(action, state: state, goldHeads: Self.heads)
                state.apply(action, label: 0)
            }
            let built = Self.finishWithOracle(&state, goldHeads: Self.heads)
            let wrong = zip(built, Self.heads[1...Self.count]).filter { $0 != $1 }.count
            #expect(wrong == lost)
        }
    }

    @Test func everyTransitionSequenceEndsInOneRootedTree() {
        var rng = SeededRandom(seed: 11)
        for n in 1...9 {
            var state = ParserState()
            state.reset(count: n)
            while !state.isTerminal {
                let valid = ParserAction.allCases.filter { state.isValid($0) }
                state.apply(valid[Int(rng.next() % UInt64(valid.count))], label: 0)
            }
            let heads = (1...n).map { state.head(of: $0) }
            #expect(heads.filter { $0 == n + 1 }.count == 1)
            #expect(heads.allSatisfy { (1...(n + 1)).contains($0) })
        }
    }

    @Test func detectsNonProjectiveTrees() {
        #expect(ParserOracle.isProjective(Self.heads, count: Self.count))
        // 1 -> 3 crosses 2 -> 4 (root at 5).
        #expect(!ParserOracle.isProjective([0, 3, 4, 5, 3, 0], count: 4))
    }
}
