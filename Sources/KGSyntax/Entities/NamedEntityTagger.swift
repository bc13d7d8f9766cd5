import KGText

/// Averaged-perceptron named-entity tagger: greedy left to right over IOB2 labels, each choice restricted to
/// labels that continue a valid sequence (no `I-X` after `O` or after another type).
///
/// Reads each word's `form` and `xpos` (run it after the POS tagger); writes `entity` (`B-PER`, `I-ORG`, `O`, …).
/// Types the model knows beyond `NamedEntityType` (UNER's first-pass `OTH`) help training but are written as `O`.
public struct NamedEntityTagger: Sendable {
    /// IOB2 labels of the classes; class 0 is `O`.
    public let labels: [String]
    let weights: SparseLinearModel
    /// How news usually capitalises each word (nil: the feature is off).
    let profile: CaseProfile?
    /// For each class: the type index of an `I-` label (whose predecessor must be `B-`/`I-` of it), else -1.
    private let insideType: [Int]
    /// For each class: its type index (`B-` or `I-`), or -1 for `O`.
    private let typeOf: [Int]
    /// What each class writes into `Word.entity`.
    private let output: [String]

    init(labels: [String], weights: SparseLinearModel, profile: CaseProfile? = nil) {
        self.labels = labels
        self.weights = weights
        self.profile = profile
        var types: [Substring] = []
        var insideType: [Int] = []
        var typeOf: [Int] = []
        var output: [String] = []
        for label in labels {
            let (prefix, type) = EntitySpan.split(label)
            guard let prefix else {
                insideType.append(-1)
                typeOf.append(-1)
                output.append("O")
                continue
            }
            let index = types.firstIndex(of: type) ?? types.count
            if index == types.count { types.append(type) }
            typeOf.append(index)
            insideType.append(prefix == "I" ? index : -1)
            output.append(NamedEntityType(rawValue: String(type)) == nil ? "O" : label)
        }
        self.insideType = insideType
        self.typeOf = typeOf
        self.output = output
    }

    /// Whether class `c` may follow class `previous` (-1 at the start of a sentence).
    @inline(__always)
    func allows(_ c: Int, after previous: Int) -> Bool {
        let inside = insideType[c]
        return inside < 0 || (previous >= 0 && typeOf[previous] == inside)
    }

    /// Fills `entity` of every word of `sentence`.
    public func tag(_ sentence: inout Sentence) {
        tag(&sentence.words)
    }

    /// Fills `entity` of every word (reads `form` and `xpos`).
    public func tag(_ words: inout [Word]) {
        guard !words.isEmpty else { return }
        let classes = predictClasses(words)
        for i in words.indices { words[i].entity = output[classes[i]] }
    }

    /// The class chosen for each word.
    func predictClasses(_ words: [Word]) -> [Int] {
        let sentence = NamedEntityFeatures.Sentence(words, profile: profile)
        var classes = [Int](repeating: 0, count: words.count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: NamedEntityFeatures.maximumCount) { keys in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: labels.count) { scores in
                var previous = -1
                var beforePrevious = -2
                for i in words.indices {
                    let count = NamedEntityFeatures.extract(sentence, position: i, previous: previous,
                                                            beforePrevious: beforePrevious, into: keys)
                    for c in 0..<scores.count { scores[c] = 0 }
                    weights.addScores(UnsafeBufferPointer(keys), count: count, into: scores)
                    let best = bestClass(scores, after: previous)
                    classes[i] = best
                    beforePrevious = previous
                    previous = best
                }
            }
        }
        return classes
    }

    /// The highest-scoring class allowed after `previous` (`O` always is).
    @inline(__always)
    func bestClass(_ scores: UnsafeMutableBufferPointer<Float>, after previous: Int) -> Int {
        var best = 0
        for c in 1..<scores.count where scores[c] > scores[best] && allows(c, after: previous) { best = c }
        return best
    }
}
