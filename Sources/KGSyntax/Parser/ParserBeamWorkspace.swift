import Foundation
import KGText

/// Beam-search decoding with a greedily trained model: keeps the `width` best partial parses, each ranked by
/// the sum over its steps of the transition score plus `labelWeight` × the chosen label's score.
///
/// With `temperature > 0` each decision's scores become log-probabilities (softmax of score / temperature),
/// which is what makes summing them meaningful for a locally trained model (raw perceptron scores hurt).
/// Label log-probabilities are ≤ 0, so a transition's own log-probability bounds every labelled expansion of
/// it: labels are scored lazily, only for arcs whose bound can still enter the beam (an exact shortcut).
///
/// Every arc-hybrid derivation of an n-word sentence takes exactly 2n transitions, so all beam items finish
/// together and their scores are comparable. Width 1 gives the greedy parse.
struct ParserBeamWorkspace {
    /// One expansion of a beam item; `labelled` is false while `score` is only the bound before label scoring.
    private struct Candidate {
        var parent: Int
        var action: ParserAction
        var label: Int
        var score: Float
        var labelled: Bool

        func ranks(above other: Candidate) -> Bool {
            ParserBeamWorkspace.ranks((score, parent, action, label), above: (other.score, other.parent, other.action, other.label))
        }
    }

    /// The beam's order of (score, parent item, action, label): higher score first; ties by parent, action,
    /// label, so decoding (and global training, which must rank as decoding does) is deterministic.
    static func ranks(_ a: (Float, Int, ParserAction, Int), above b: (Float, Int, ParserAction, Int)) -> Bool {
        if a.0 != b.0 { return a.0 > b.0 }
        if a.1 != b.1 { return a.1 < b.1 }
        if a.2 != b.2 { return a.2.rawValue < b.2.rawValue }
        return a.3 < b.3
    }

    var greedy = ParserWorkspace()
    private var states: [ParserState] = []
    private var scores: [Float] = []
    private var nextStates: [ParserState] = []
    private var nextScores: [Float] = []
    private var candidates: [Candidate] = []
    private var temperature: Float = 0
    private var labelWeight: Float = 1
    private var labelsPerArc = 1
    /// Best label and its score for label features already scored in this sentence: beam items that differ
    /// elsewhere often build the same arc from the same local configuration. Slots are checked feature by
    /// feature, so a hit is exact.
    private var labelCache = LabelCache()

    /// Parses `words` with a beam of `width` items, writing `head` and `relation` of every word.
    mutating func parse(
        _ words: inout [Word], model: ParserModel, width: Int, labelWeight: Float, labelsPerArc: Int,
        temperature: Float
    ) {
        guard !words.isEmpty else { return }
        // A globally trained model ranks sequences by raw scores, label scores included, even with one item.
        guard width > 1 || model.globallyTrained else {
            greedy.parse(&words, model: model)
            return
        }
        self.temperature = model.globallyTrained ? 0 : temperature
        labelCache.clear()
        self.labelWeight = labelWeight
        self.labelsPerArc = max(1, labelsPerArc)
        // The lazy bound needs label terms ≤ 0: log-probabilities with a non-negative weight.
        let lazy = self.temperature > 0 && labelWeight >= 0
        greedy.input.load(words, clusters: model.clusters)
        if greedy.labelScores.count < model.labels.count {
            greedy.labelScores = [Float](repeating: 0, count: model.labels.count)
        }
        var start = ParserState()
        start.reset(count: words.count)
        states.removeAll(keepingCapacity: true)
        scores.removeAll(keepingCapacity: true)
        states.append(start)
        scores.append(0)
        for _ in 0..<(2 * words.count) {
            candidates.removeAll(keepingCapacity: true)
            for item in states.indices { expand(item, model: model, lazy: lazy) }
            nextStates.removeAll(keepingCapacity: true)
            nextScores.removeAll(keepingCapacity: true)
            while nextStates.count < width, let index = bestCandidate() {
                let candidate = candidates[index]
                candidates.swapAt(index, candidates.count - 1)
                candidates.removeLast()
                guard candidate.labelled else {
                    label(candidate, model: model)
                    continue
                }
                var state = states[candidate.parent]
                state.apply(candidate.action, label: candidate.label)
                nextStates.append(state)
                nextScores.append(candidate.score)
            }
            guard !nextStates.isEmpty else { break }
            swap(&states, &nextStates)
            swap(&scores, &nextScores)
        }
        guard let best = states.first, best.isTerminal else {
            greedy.parse(&words, model: model)
            return
        }
        let root = best.rootPosition
        for i in 0..<words.count {
            let head = best.head(of: i + 1)
            words[i].head = head == root ? 0 : head
            words[i].relation = model.labels[best.label(of: i + 1)]
        }
    }

    /// Index of the highest-ranked candidate, nil when none is left.
    private func bestCandidate() -> Int? {
        guard !candidates.isEmpty else { return nil }
        var best = 0
        for i in 1..<candidates.count where candidates[i].ranks(above: candidates[best]) { best = i }
        return best
    }

    /// Adds the valid transitions of beam item `item` to `candidates`; arcs are labelled now unless `lazy`.
    private mutating func expand(_ item: Int, model: ParserModel, lazy: Bool) {
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
            let score = base + greedy.actionScores[action.rawValue] - actionNorm
            let needsLabel = action != .shift && !(action == .leftArc && greedy.state.leftArcIsRoot)
            let fixedLabel = action == .shift ? 0 : model.rootLabel
            let candidate = Candidate(parent: item, action: action, label: needsLabel ? -1 : fixedLabel,
                                      score: score, labelled: !needsLabel)
            if needsLabel && !lazy {
                label(candidate, model: model)
            } else {
                candidates.append(candidate)
            }
        }
    }

    /// Scores the labels of an unlabelled arc candidate and adds its best `labelsPerArc` labelled versions.
    private mutating func label(_ candidate: Candidate, model: ParserModel) {
        greedy.state = states[candidate.parent]
        guard let arc = greedy.state.arc(for: candidate.action) else { return }
        let count = greedy.extractLabelFeatures(head: arc.head, dependent: arc.dependent, action: candidate.action)
        var labelled = candidate
        labelled.labelled = true
        if labelsPerArc == 1, let hit = labelCache.lookup(greedy.labelFeatures, count: count) {
            labelled.label = hit.label
            labelled.score = candidate.score + labelWeight * hit.score
            candidates.append(labelled)
            return
        }
        let best = greedy.scoreLabels(model.labelWeights, featureCount: count, excluding: model.rootLabel)
        let labelCount = model.labels.count
        if temperature > 0 {
            let top = greedy.labelScores[best] / temperature
            var sum: Float = 0
            for c in 0..<labelCount where c != model.rootLabel {
                greedy.labelScores[c] /= temperature
                sum += expf(greedy.labelScores[c] - top)
            }
            let norm = top + logf(sum)
            for c in 0..<labelCount where c != model.rootLabel { greedy.labelScores[c] -= norm }
        }
        labelled.label = best
        labelled.score = candidate.score + labelWeight * greedy.labelScores[best]
        candidates.append(labelled)
        guard labelsPerArc > 1 else {
            labelCache.store(greedy.labelFeatures, count: count, label: best, score: greedy.labelScores[best])
            return
        }
        // Runner-up labels, each as its own candidate.
        var previous = greedy.labelScores[best], previousLabel = best
        for _ in 1..<labelsPerArc {
            var next = -1
            for c in 0..<labelCount where c != model.rootLabel {
                let s = greedy.labelScores[c]
                let below = s < previous || (s == previous && c > previousLabel)
                if below && (next < 0 || s > greedy.labelScores[next]) { next = c }
            }
            guard next >= 0 else { break }
            labelled.label = next
            labelled.score = candidate.score + labelWeight * greedy.labelScores[next]
            candidates.append(labelled)
            previous = greedy.labelScores[next]
            previousLabel = next
        }
    }
}

/// A small direct-mapped cache from a label feature vector to its best label and score.
private struct LabelCache {
    private static let slots = 256
    private static let stride = ParserFeatures.maxLabelFeatures
    private var keys = [UInt64](repeating: 0, count: slots)
    private var counts = [Int](repeating: -1, count: slots)
    private var features = [UInt64](repeating: 0, count: slots * stride)
    private var labels = [Int](repeating: 0, count: slots)
    private var scores = [Float](repeating: 0, count: slots)

    mutating func clear() {
        for i in 0..<Self.slots { counts[i] = -1 }
    }

    private static func key(_ f: [UInt64], count: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<count { h = (h ^ f[i]) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }

    func lookup(_ f: [UInt64], count: Int) -> (label: Int, score: Float)? {
        let key = Self.key(f, count: count)
        let slot = Int(key & UInt64(Self.slots - 1))
        guard counts[slot] == count, keys[slot] == key else { return nil }
        let base = slot * Self.stride
        for i in 0..<count where features[base + i] != f[i] { return nil }
        return (labels[slot], scores[slot])
    }

    mutating func store(_ f: [UInt64], count: Int, label: Int, score: Float) {
        let key = Self.key(f, count: count)
        let slot = Int(key & UInt64(Self.slots - 1))
        keys[slot] = key
        counts[slot] = count
        labels[slot] = label
        scores[slot] = score
        let base = slot * Self.stride
        for i in 0..<count { features[base + i] = f[i] }
    }
}
