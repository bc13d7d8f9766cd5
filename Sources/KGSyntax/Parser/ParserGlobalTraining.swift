import KGText

/// Globally trained beam search (Zhang & Nivre 2011; Huang, Fayong & Guo 2012): the model scores a whole
/// transition sequence as the sum of its decisions' raw scores (transition plus the chosen arc label), the
/// training beam keeps the `width` best prefixes, and each sentence updates at its *maximum violation*: the step
/// where the best beam item outscores the gold prefix by most. Gold's features are rewarded and the violating
/// item's penalised over their whole prefixes, so the model learns to rank sequences, not single decisions, and
/// decoding sums raw scores (temperature 0) with the same beam.
struct GlobalTrainingSession {
    let labels: [String]
    let rootLabel: Int
    let width: Int
    let clusters: WordClusters?
    var actions: AveragedParserWeights
    var labelWeights: AveragedParserWeights
    private var workspace = ParserWorkspace()
    private var step = 1

    /// A decision: the transition and, for an arc, its label.
    private struct Decision: Equatable {
        var action: ParserAction
        var label: Int
    }

    private struct Item {
        var state: ParserState
        var score: Float
        var history: [Decision]
        var isGold: Bool
    }

    private struct Candidate {
        var parent: Int
        var decision: Decision
        var score: Float

        /// In the decoder's order.
        func ranks(above other: Candidate) -> Bool {
            ParserBeamWorkspace.ranks((score, parent, decision.action, decision.label),
                                      above: (other.score, other.parent, other.decision.action, other.decision.label))
        }
    }

    init(labels: [String], rootLabel: Int, width: Int, actionRowBits: Int, labelRowBits: Int,
         clusters: WordClusters?) {
        self.labels = labels
        self.clusters = clusters
        self.rootLabel = rootLabel
        self.width = width
        actions = AveragedParserWeights(rowBits: actionRowBits, width: 3)
        labelWeights = AveragedParserWeights(rowBits: labelRowBits, width: labels.count)
        workspace.labelScores = [Float](repeating: 0, count: labels.count)
    }

    func averagedModel() -> ParserModel {
        ParserModel(labels: labels, rootLabel: rootLabel, actionWeights: actions.averaged(step: step),
                    labelWeights: labelWeights.averaged(step: step), globallyTrained: true,
                    clusters: clusters)
    }

    /// The gold decisions: at each step the first zero-cost transition of left arc, right arc, shift (the
    /// dynamic oracle is exact for projective trees, so any zero-cost path builds the gold tree).
    private static func goldDecisions(_ example: TrainingExample, rootLabel: Int) -> [Decision] {
        var state = ParserState()
        state.reset(count: example.words.count)
        var decisions: [Decision] = []
        decisions.reserveCapacity(2 * example.words.count)
        while !state.isTerminal {
            var chosen = ParserAction.shift
            for action in [ParserAction.leftArc, .rightArc, .shift] where state.isValid(action) {
                if ParserOracle.cost(action, state: state, goldHeads: example.heads) == 0 {
                    chosen = action
                    break
                }
            }
            var label = 0
            if let arc = state.arc(for: chosen) {
                label = chosen == .leftArc && state.leftArcIsRoot ? rootLabel : example.labels[arc.dependent]
            }
            decisions.append(Decision(action: chosen, label: label))
            state.apply(chosen, label: label)
        }
        return decisions
    }

    /// One beam pass over `example` and, where the best prefix outscored gold, one max-violation update.
    /// Returns whether the sentence needed no update.
    mutating func train(_ example: TrainingExample) -> Bool {
        let gold = Self.goldDecisions(example, rootLabel: rootLabel)
        workspace.input.load(example.words, clusters: clusters)
        var start = ParserState()
        start.reset(count: example.words.count)
        var beam = [Item(state: start, score: 0, history: [], isGold: true)]
        var goldState = start
        var goldScore: Float = 0
        var worst: (violation: Float, steps: Int, history: [Decision])?
        var candidates: [Candidate] = []
        for t in gold.indices {
            // The gold prefix's score under the current weights.
            goldScore += score(gold[t], in: goldState)
            goldState.apply(gold[t].action, label: gold[t].label)

            candidates.removeAll(keepingCapacity: true)
            for (index, item) in beam.enumerated() { expand(item, index: index, into: &candidates) }
            candidates.sort { $0.ranks(above: $1) }
            var next: [Item] = []
            next.reserveCapacity(width)
            for candidate in candidates.prefix(width) {
                let parent = beam[candidate.parent]
                var state = parent.state
                state.apply(candidate.decision.action, label: candidate.decision.label)
                var history = parent.history
                history.append(candidate.decision)
                next.append(Item(state: state, score: candidate.score, history: history,
                                 isGold: parent.isGold && candidate.decision == gold[t]))
            }
            beam = next
            guard let best = beam.first else { break }
            let violation = best.score - goldScore
            if !best.isGold, violation >= 0, violation > (worst?.violation ?? -1) {
                worst = (violation, t + 1, best.history)
            }
        }
        defer { step += 1 }
        guard let worst else { return true }
        update(Array(gold.prefix(worst.steps)), delta: 1)
        update(worst.history, delta: -1)
        return false
    }

    /// The score of `decision` in `state`: its transition's plus, for a labelled arc, its label's.
    private mutating func score(_ decision: Decision, in state: ParserState) -> Float {
        workspace.state = state
        let count = workspace.actionFeatures.withUnsafeMutableBufferPointer { buffer in
            ParserFeatures.extractActionFeatures(state, workspace.input, into: buffer)
        }
        workspace.scoreActions(actions.current, featureCount: count)
        var total = workspace.actionScores[decision.action.rawValue]
        if let arc = state.arc(for: decision.action), !(decision.action == .leftArc && state.leftArcIsRoot) {
            let labelCount = workspace.extractLabelFeatures(head: arc.head, dependent: arc.dependent, action: decision.action)
            _ = workspace.scoreLabels(labelWeights.current, featureCount: labelCount, excluding: rootLabel)
            total += workspace.labelScores[decision.label]
        }
        return total
    }

    /// Adds the valid transitions of a beam item, each arc with its best label, as the decoder does.
    private mutating func expand(_ item: Item, index: Int, into candidates: inout [Candidate]) {
        workspace.state = item.state
        let count = workspace.actionFeatures.withUnsafeMutableBufferPointer { buffer in
            ParserFeatures.extractActionFeatures(item.state, workspace.input, into: buffer)
        }
        workspace.scoreActions(actions.current, featureCount: count)
        for action in ParserAction.allCases where item.state.isValid(action) {
            var decision = Decision(action: action, label: 0)
            var score = item.score + workspace.actionScores[action.rawValue]
            if let arc = item.state.arc(for: action) {
                if action == .leftArc && item.state.leftArcIsRoot {
                    decision.label = rootLabel
                } else {
                    let labelCount = workspace.extractLabelFeatures(head: arc.head, dependent: arc.dependent, action: action)
                    decision.label = workspace.scoreLabels(labelWeights.current, featureCount: labelCount, excluding: rootLabel)
                    score += workspace.labelScores[decision.label]
                }
            }
            candidates.append(Candidate(parent: index, decision: decision, score: score))
        }
    }

    /// Replays `decisions` from the start, adding `delta` to each decision's transition and label features.
    private mutating func update(_ decisions: [Decision], delta: Float) {
        var state = ParserState()
        state.reset(count: workspace.input.count)
        for decision in decisions {
            workspace.state = state
            let count = workspace.actionFeatures.withUnsafeMutableBufferPointer { buffer in
                ParserFeatures.extractActionFeatures(state, workspace.input, into: buffer)
            }
            workspace.actionFeatures.withUnsafeBufferPointer { features in
                actions.update(features, count: count, column: decision.action.rawValue, delta: delta, step: step)
            }
            if let arc = state.arc(for: decision.action), !(decision.action == .leftArc && state.leftArcIsRoot) {
                let labelCount = workspace.extractLabelFeatures(head: arc.head, dependent: arc.dependent, action: decision.action)
                workspace.labelFeatures.withUnsafeBufferPointer { features in
                    labelWeights.update(features, count: labelCount, column: decision.label, delta: delta, step: step)
                }
            }
            state.apply(decision.action, label: decision.label)
        }
    }
}
