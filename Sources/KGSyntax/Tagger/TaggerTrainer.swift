import KGText

/// Trains a `PartOfSpeechTagger` on gold-tagged CoNLL-U sentences: averaged perceptron, greedy decoding,
/// sentences shuffled each epoch by a seeded generator, so the same data and seed give the same model bytes.
public struct TaggerTrainer: Sendable {
    /// Passes over the training data.
    public var epochs: Int
    /// Seed of the shuffling generator.
    public var seed: UInt64
    /// A word form goes in the tag dictionary when seen at least this often …
    public var dictionaryMinimumCount: Int
    /// … and with one label at least this share of the time.
    public var dictionaryMinimumShare: Double
    /// Averaged weights smaller than this in magnitude are dropped from the saved model.
    public var minimumWeight: Float

    /// A trainer with the defaults used for the bundled model.
    public init(epochs: Int = 10, seed: UInt64 = 1, dictionaryMinimumCount: Int = 20,
                dictionaryMinimumShare: Double = 0.99, minimumWeight: Float = 0.01) {
        self.epochs = epochs
        self.seed = seed
        self.dictionaryMinimumCount = dictionaryMinimumCount
        self.dictionaryMinimumShare = dictionaryMinimumShare
        self.minimumWeight = minimumWeight
    }

    /// What one epoch achieved.
    public struct EpochReport: Sendable {
        /// 1-based epoch number.
        public var epoch: Int
        /// Share of training words the model (before averaging) tagged right during the epoch, in percent.
        public var trainingAccuracy: Double
        /// Scores of the averaged model on the development data, when given.
        public var development: TaggingScores?
        /// Number of feature rows and stored weights of the averaged, pruned model.
        public var featureCount: Int
        public var weightCount: Int
    }

    /// Trains on `sentences`; when `development` is given, returns the epoch that scores best on it (UPOS+XPOS).
    public func train(
        on sentences: [CoNLLUSentence], development: [CoNLLUSentence] = [],
        progress: (EpochReport) -> Void = { _ in }
    ) -> PartOfSpeechTagger {
        let developmentSet = development
        let labels = Array(Set(sentences.flatMap { $0.words.map { Self.label($0) } })).sorted()
        let classOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let universal = labels.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        let penn = labels.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) }
        let (dictionaryKeys, dictionaryClasses) = buildDictionary(sentences, classOf: classOf)
        let dictionaryOnly = PartOfSpeechTagger(
            universalTags: universal, pennTags: penn, weights: SparseLinearModel.empty(classCount: labels.count),
            dictionaryKeys: dictionaryKeys, dictionaryClasses: dictionaryClasses)

        let tokens = sentences.map { TaggerFeatures.tokens(for: $0.words) }
        let gold = sentences.map { $0.words.map { classOf[Self.label($0)] ?? 0 } }
        var perceptron = AveragedPerceptron(classCount: labels.count)
        var random = SeededRandom(seed: seed)
        var order = Array(sentences.indices)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.maximumCount)
        var scores = [Float](repeating: 0, count: labels.count)
        var best: (tagger: PartOfSpeechTagger, score: Double)?

        for epoch in 1...max(1, epochs) {
            random.shuffle(&order)
            var correct = 0
            var total = 0
            for s in order {
                var previous = -1
                var beforePrevious = -2
                tokens[s].withUnsafeBufferPointer { tokenBuffer in
                    for i in 0..<gold[s].count {
                        let truth = gold[s][i]
                        var guess: Int
                        if let known = dictionaryOnly.dictionaryClass(of: tokenBuffer[i + 2].word) {
                            guess = known
                        } else {
                            let count = keys.withUnsafeMutableBufferPointer {
                                TaggerFeatures.extract(tokenBuffer, position: i, previous: previous,
                                                       beforePrevious: beforePrevious, into: $0)
                            }
                            for c in scores.indices { scores[c] = 0 }
                            perceptron.addScores(keys, count: count, into: &scores)
                            guess = 0
                            for c in 1..<scores.count where scores[c] > scores[guess] { guess = c }
                            perceptron.update(keys, count: count, truth: truth, guess: guess)
                            perceptron.advance()
                        }
                        if guess == truth { correct += 1 }
                        total += 1
                        beforePrevious = previous
                        previous = guess
                    }
                }
            }
            let weights = perceptron.averaged(minimumWeight: minimumWeight)
            let tagger = PartOfSpeechTagger(universalTags: universal, pennTags: penn, weights: weights,
                                            dictionaryKeys: dictionaryKeys, dictionaryClasses: dictionaryClasses)
            var development: TaggingScores?
            if !developmentSet.isEmpty {
                let scores = TaggingEvaluator.evaluate(developmentSet, tagger: tagger)
                development = scores
                if best == nil || scores.jointAccuracy > (best?.score ?? 0) { best = (tagger, scores.jointAccuracy) }
            } else {
                best = (tagger, 0)
            }
            progress(EpochReport(epoch: epoch, trainingAccuracy: 100 * Double(correct) / Double(max(1, total)),
                                 development: development, featureCount: weights.keys.count,
                                 weightCount: weights.entryCount))
        }
        return best?.tagger ?? dictionaryOnly
    }

    /// Combined label of a gold word: UPOS and XPOS joined by a tab.
    static func label(_ word: Word) -> String { word.upos + "\t" + word.xpos }

    /// Frequent word forms that almost always carry one label, sorted by hash for a deterministic file.
    private func buildDictionary(_ sentences: [CoNLLUSentence], classOf: [String: Int]) -> ([UInt64], [UInt16]) {
        var counts: [String: [Int: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words { counts[word.form, default: [:]][classOf[Self.label(word)] ?? 0, default: 0] += 1 }
        }
        var entries: [(UInt64, UInt16)] = []
        for (form, byClass) in counts {
            let total = byClass.values.reduce(0, +)
            guard total >= dictionaryMinimumCount,
                  let top = byClass.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }),
                  Double(top.value) >= dictionaryMinimumShare * Double(total)
            else { continue }
            entries.append((FeatureHashing.hash(form), UInt16(top.key)))
        }
        entries.sort { $0.0 < $1.0 }
        return (entries.map(\.0), entries.map(\.1))
    }
}
