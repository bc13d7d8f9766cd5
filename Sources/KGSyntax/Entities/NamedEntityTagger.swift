import KGText

/// Named-entity tagger: a structured averaged perceptron over whole sentences, decoded with Viterbi over IOB2
/// labels under valid transitions only (no `I-X` after `O` or after another type).
///
/// Reads each word's `form` and `xpos` (run it after the POS tagger); writes `entity` (`B-PER`, `I-ORG`, `O`, …).
/// Types the model knows beyond `NamedEntityType` (UNER's first-pass `OTH`) help training but are written as `O`.
public struct NamedEntityTagger: Sendable {
    /// IOB2 labels of the classes; class 0 is `O`.
    public let labels: [String]
    let weights: SparseLinearModel
    /// How news usually capitalises each word (nil: the feature is off).
    let profile: CaseProfile?
    /// How news usually capitalises words, learnt with the model (nil for a model without it).
    public var caseProfile: CaseProfile? { profile }
    /// Phrase lists whose membership is a feature (nil: the features are off).
    let gazetteer: NamedEntityGazetteer?
    /// Word classes learnt from news (nil: the features are off).
    let clusters: WordClusters?
    /// For each class: the type index of an `I-` label (whose predecessor must be `B-`/`I-` of it), else -1.
    private let insideType: [Int]
    /// For each class: its type index (`B-` or `I-`), or -1 for `O`.
    private let typeOf: [Int]
    /// What each class writes into `Word.entity`.
    private let output: [String]

    init(labels: [String], weights: SparseLinearModel, profile: CaseProfile? = nil,
         gazetteer: NamedEntityGazetteer? = nil, clusters: WordClusters? = nil) {
        self.labels = labels
        self.weights = weights
        self.profile = profile
        self.gazetteer = gazetteer
        self.clusters = clusters
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
        let sentence = NamedEntityFeatures.Sentence(words, profile: profile, gazetteer: gazetteer, clusters: clusters)
        return decode(sentence, wordCount: words.count) { keys, count, scores in
            weights.addScores(keys, count: count, into: scores)
        }
    }

    /// The best-scoring valid IOB2 sequence (Viterbi over the previous word's class): emission features score
    /// every class of a word once, transition features once per previous class. `score` adds the weights of
    /// `keys[0..<count]` to the scores.
    func decode(
        _ sentence: NamedEntityFeatures.Sentence, wordCount n: Int,
        score: (UnsafeBufferPointer<UInt64>, Int, UnsafeMutableBufferPointer<Float>) -> Void
    ) -> [Int] {
        guard n > 0 else { return [] }
        let classCount = labels.count
        var best = [Float](repeating: -.infinity, count: n * classCount)
        var back = [Int32](repeating: -1, count: n * classCount)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: NamedEntityFeatures.maximumCount) { keys in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * classCount) { buffer in
                let emission = UnsafeMutableBufferPointer(rebasing: buffer[0..<classCount])
                let transition = UnsafeMutableBufferPointer(rebasing: buffer[classCount..<(2 * classCount)])
                for i in 0..<n {
                    for c in 0..<classCount { emission[c] = 0 }
                    let count = NamedEntityFeatures.extract(sentence, position: i, into: keys)
                    score(UnsafeBufferPointer(keys), count, emission)
                    let row = i * classCount
                    for previous in (i == 0 ? -1..<0 : 0..<classCount) {
                        let before: Float = i == 0 ? 0 : best[row - classCount + previous]
                        if before == -.infinity { continue }
                        for c in 0..<classCount { transition[c] = 0 }
                        let count = NamedEntityFeatures.extractTransition(sentence, position: i, previous: previous,
                                                                          into: keys)
                        score(UnsafeBufferPointer(keys), count, transition)
                        for c in 0..<classCount where allows(c, after: previous) {
                            let total = before + emission[c] + transition[c]
                            if total > best[row + c] {
                                best[row + c] = total
                                back[row + c] = Int32(previous)
                            }
                        }
                    }
                }
            }
        }
        var classes = [Int](repeating: 0, count: n)
        var last = 0
        let row = (n - 1) * classCount
        for c in 1..<classCount where best[row + c] > best[row + last] { last = c }
        classes[n - 1] = last
        var i = n - 1
        while i > 0 {
            last = Int(back[i * classCount + last])
            i -= 1
            classes[i] = max(0, last)
        }
        return classes
    }
}
