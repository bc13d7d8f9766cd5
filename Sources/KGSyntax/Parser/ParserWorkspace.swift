import KGText

/// Reusable buffers for parsing one sentence after another without allocating per word or per transition.
struct ParserWorkspace {
    var input = ParserInput()
    var state = ParserState()
    var actionFeatures = [UInt64](repeating: 0, count: ParserFeatures.maxActionFeatures)
    var labelFeatures = [UInt64](repeating: 0, count: ParserFeatures.maxLabelFeatures)
    var actionScores = [Float](repeating: 0, count: 3)
    var labelScores: [Float] = []

    /// Parses `words` greedily with `model`, writing `head` (1-based, 0 = root) and `relation` of every word.
    mutating func parse(_ words: inout [Word], model: ParserModel) {
        guard !words.isEmpty else { return }
        input.load(words, clusters: model.clusters)
        state.reset(count: words.count)
        if labelScores.count < model.labels.count {
            labelScores = [Float](repeating: 0, count: model.labels.count)
        }
        while !state.isTerminal {
            let action = bestAction(model)
            var label = model.rootLabel
            if let arc = state.arc(for: action), !(action == .leftArc && state.leftArcIsRoot) {
                label = bestLabel(model, head: arc.head, dependent: arc.dependent, action: action, excluding: model.rootLabel)
            }
            state.apply(action, label: label)
        }
        let root = state.rootPosition
        for i in 0..<words.count {
            let head = state.head(of: i + 1)
            words[i].head = head == root ? 0 : head
            words[i].relation = model.labels[state.label(of: i + 1)]
        }
    }

    /// The highest-scoring valid transition under `model`'s current state.
    mutating func bestAction(_ model: ParserModel) -> ParserAction {
        let count = actionFeatures.withUnsafeMutableBufferPointer { buffer in
            ParserFeatures.extractActionFeatures(state, input, into: buffer)
        }
        scoreActions(model.actionWeights, featureCount: count)
        return bestValidAction()
    }

    /// Scores the three transitions for the features already in `actionFeatures`.
    mutating func scoreActions(_ weights: ParserWeights, featureCount: Int) {
        actionFeatures.withUnsafeBufferPointer { features in
            actionScores.withUnsafeMutableBufferPointer { scores in
                weights.score(features, count: featureCount, into: scores)
            }
        }
    }

    /// The valid transition with the highest score in `actionScores` (ties: shift, left, right).
    func bestValidAction() -> ParserAction {
        var best = ParserAction.shift
        var bestScore = -Float.infinity
        var found = false
        for action in ParserAction.allCases where state.isValid(action) {
            let score = actionScores[action.rawValue]
            if !found || score > bestScore {
                best = action
                bestScore = score
                found = true
            }
        }
        return best
    }

    /// Extracts the label features of `head → dependent` into `labelFeatures`; returns their count.
    mutating func extractLabelFeatures(head: Int, dependent: Int, action: ParserAction) -> Int {
        let direction: UInt64 = action == .leftArc ? 1 : 2
        return labelFeatures.withUnsafeMutableBufferPointer { buffer in
            ParserFeatures.extractLabelFeatures(
                state, input, head: head, dependent: dependent, direction: direction, into: buffer)
        }
    }

    /// Scores labels for features already in `labelFeatures`; returns the best one other than `excluding`.
    mutating func scoreLabels(_ weights: ParserWeights, featureCount: Int, excluding: Int) -> Int {
        labelFeatures.withUnsafeBufferPointer { features in
            labelScores.withUnsafeMutableBufferPointer { scores in
                weights.score(features, count: featureCount, into: scores)
            }
        }
        var best = excluding == 0 ? 1 : 0
        for c in 0..<weights.width where c != excluding && labelScores[c] > labelScores[best] { best = c }
        return best
    }

    private mutating func bestLabel(
        _ model: ParserModel, head: Int, dependent: Int, action: ParserAction, excluding: Int
    ) -> Int {
        let count = extractLabelFeatures(head: head, dependent: dependent, action: action)
        return scoreLabels(model.labelWeights, featureCount: count, excluding: excluding)
    }
}
