import Foundation
import KGText

/// Beam-search decoding with a greedily trained model: keeps the `width` best partial parses, each scored by
/// the sum over its steps of the transition score plus `labelWeight` × the chosen label's score.
///
/// Every arc-hybrid derivation of an n-word sentence takes exactly 2n transitions, so all beam items finish
/// together and their scores are comparable. Width 1 gives the greedy parse.
struct ParserBeamWorkspace {
    /// One expansion of a beam item: parent index, transition, label, total score.
    private struct Candidate {
        var parent: Int
        var action: ParserAction
        var label: Int
        var score: Float
    }

    var greedy = ParserWorkspace()
    private var states: [ParserState] = []
    private var scores: [Float] = []
    private var nextStates: [ParserState] = []
    private var nextScores: [Float] = []
    private var candidates: [Candidate] = []
    /// When > 0, scores are turned into log-probabilities (softmax of score / temperature) before summing.
    private var temperature: Float = 0

    /// Parses `words` with a beam of `width` items, writing `head` and `relation` of every word.
    mutating func parse(
        _ words: inout [Word], model: ParserModel, width: Int, labelWeight: Float, labelsPerArc: Int,
        temperature: Float
    ) {
        self.temperature = temperature
        guard !words.isEmpty else { return }
        guard width > 1 else {
            greedy.parse(&words, model: model)
            return
        }
        greedy.input.load(words)
        if greedy.labelScores.count < model.labels.count {
            greedy.labelScores = [Float](repeating: 0, count: model.labels.count)
        }
        var start = ParserState()
        start.reset(count: words.count)
        states.removeAll(keepingCapacity: true)
        scores.removeAll(keepingCapacity: true)
        states.append(start)
        scores.append(0)
        let steps = 2 * words.count
        for _ in 0..<steps {
            candidates.removeAll(keepingCapacity: true)
            for item in states.indices {
                expand(item, model: model, labelWeight: labelWeight, labelsPerArc: max(1, labelsPerArc))
            }
            guard !candidates.isEmpty else { break }
            // Best first; ties broken by parent order then action, so decoding is deterministic.
            candidates.sort { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.parent != b.parent { return a.parent < b.parent }
                if a.action != b.action { return a.action.rawValue < b.action.rawValue }
                return a.label < b.label
            }
            nextStates.removeAll(keepingCapacity: true)
            nextScores.removeAll(keepingCapacity: true)
            for candidate in candidates.prefix(width) {
                var state = states[candidate.parent]
                state.apply(candidate.action, label: candidate.label)
                nextStates.append(state)
                nextScores.append(candidate.score)
            }
            swap(&states, &nextStates)
            swap(&scores, &nextScores)
        }
        guard let best = states.first, best.isTerminal else {
            greedy.parse(&words, model: model)
            return
        }
        let root = best.rootPosition
        for i in 0..<words.count {
            let head = best.heads[i + 1]
            words[i].head = head == root ? 0 : head
            words[i].relation = model.labels[best.labels[i + 1]]
        }
    }

    /// Adds the valid expansions of beam item `item` to `candidates`.
    private mutating func expand(_ item: Int, model: ParserModel, labelWeight: Float, labelsPerArc: Int) {
        greedy.state = states[item]
        let base = scores[item]
        let featureCount = greedy.actionFeatures.withUnsafeMutableBufferPointer { buffer in
            ParserFeatures.extractActionFeatures(greedy.state, greedy.input, into: buffer)
        }
        greedy.scoreActions(model.actionWeights, featureCount: featureCount)
        var actionNorm: Float = 0
        if temperature > 0 {
            var top = -Float.infinity
            for action in ParserAction.allCases where greedy.state.isValid(action) {
                greedy.actionScores[action.rawValue] /= temperature
                top = max(top, greedy.actionScores[action.rawValue])
            }
            var sum: Float = 0
            for action in ParserAction.allCases where greedy.state.isValid(action) {
                sum += expf(greedy.actionScores[action.rawValue] - top)
            }
            actionNorm = top + logf(sum)
        }
        for action in ParserAction.allCases where greedy.state.isValid(action) {
            let actionScore = base + greedy.actionScores[action.rawValue] - actionNorm
            guard let arc = greedy.state.arc(for: action) else {
                candidates.append(Candidate(parent: item, action: action, label: 0, score: actionScore))
                continue
            }
            if action == .leftArc && greedy.state.leftArcIsRoot {
                candidates.append(Candidate(parent: item, action: action, label: model.rootLabel, score: actionScore))
                continue
            }
            let count = greedy.extractLabelFeatures(head: arc.head, dependent: arc.dependent, action: action)
            let best = greedy.scoreLabels(model.labelWeights, featureCount: count, excluding: model.rootLabel)
            if temperature > 0 {
                let top = greedy.labelScores[best] / temperature
                var sum: Float = 0
                for c in 0..<model.labels.count where c != model.rootLabel {
                    greedy.labelScores[c] /= temperature
                    sum += expf(greedy.labelScores[c] - top)
                }
                let norm = top + logf(sum)
                for c in 0..<model.labels.count where c != model.rootLabel { greedy.labelScores[c] -= norm }
            }
            let bestScore = greedy.labelScores[best]
            candidates.append(Candidate(parent: item, action: action, label: best,
                                        score: actionScore + labelWeight * bestScore))
            guard labelsPerArc > 1 else { continue }
            // Runners-up labels, best first, each as its own candidate.
            var taken = [best]
            for _ in 1..<labelsPerArc {
                var next = -1
                for c in 0..<model.labels.count where c != model.rootLabel && !taken.contains(c) {
                    if next < 0 || greedy.labelScores[c] > greedy.labelScores[next] { next = c }
                }
                guard next >= 0 else { break }
                taken.append(next)
                candidates.append(Candidate(parent: item, action: action, label: next,
                                            score: actionScore + labelWeight * greedy.labelScores[next]))
            }
        }
    }
}
