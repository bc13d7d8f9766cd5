import KGText

/// Trains a `NamedEntityTagger` with the averaged perceptron (Collins 2002), greedy and constrained to valid
/// IOB2 as at run time; deterministic for a seed. The epoch scoring best on the development set is kept.
public struct NamedEntityTrainer: Sendable {
    /// Passes over the training data.
    public var epochs: Int
    /// Seed of the shuffling generator.
    public var seed: UInt64
    /// Averaged weights smaller than this are dropped from the model (keeps the file compact).
    public var minimumWeight: Float
    /// Chance that a word seen once in training hides its identity in an update (as unseen words do at run time).
    public var rareWordDropout: Double
    /// How news capitalises words, stored in the model and used as features (nil: off).
    public var profile: CaseProfile?

    /// Training settings; the defaults are the recipe of the bundled model.
    public init(epochs: Int = 10, seed: UInt64 = 1, minimumWeight: Float = 0.05, rareWordDropout: Double = 0.25,
                profile: CaseProfile? = nil) {
        self.epochs = epochs
        self.seed = seed
        self.minimumWeight = minimumWeight
        self.rareWordDropout = rareWordDropout
        self.profile = profile
    }

    /// What one epoch achieved.
    public struct EpochReport: Sendable {
        /// 1-based epoch number.
        public var epoch: Int
        /// Share of training words whose label the (not yet averaged) model got right.
        public var trainingAccuracy: Double
        /// Exact-span scores on the development set, when there is one.
        public var development: EntityScores?
        /// Number of weights kept after averaging and pruning.
        public var weightCount: Int
    }

    /// Trains on sentences whose words carry `form`, `xpos` and the gold IOB2 tag in `entity`.
    public func train(
        on sentences: [[Word]], development: [[Word]] = [], progress: (EpochReport) -> Void = { _ in }
    ) -> NamedEntityTagger {
        let found = Set(sentences.flatMap { $0.map(\.entity) }).subtracting(["O"])
        let labels = ["O"] + found.sorted { ($0.dropFirst(2), $0.prefix(1)) < ($1.dropFirst(2), $1.prefix(1)) }
        let classOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let prepared = sentences.map { NamedEntityFeatures.Sentence($0, profile: profile) }
        var wordCounts: [UInt64: Int] = [:]
        for sentence in prepared { for token in sentence.tokens { wordCounts[token.lower, default: 0] += 1 } }
        let singletons = prepared.map { sentence in sentence.tokens.indices.filter { wordCounts[sentence.tokens[$0].lower] == 1 } }
        let gold = sentences.map { $0.map { classOf[$0.entity] ?? 0 } }
        let constraints = NamedEntityTagger(labels: labels, weights: .empty(classCount: labels.count))
        func tagger(_ weights: SparseLinearModel) -> NamedEntityTagger {
            NamedEntityTagger(labels: labels, weights: weights, profile: profile)
        }

        var perceptron = AveragedPerceptron(classCount: labels.count)
        var random = SeededRandom(seed: seed)
        var order = Array(sentences.indices)
        var keys = [UInt64](repeating: 0, count: NamedEntityFeatures.maximumCount)
        var scores = [Float](repeating: 0, count: labels.count)
        var best: (tagger: NamedEntityTagger, f1: Double)?
        for epoch in 1...max(1, epochs) {
            random.shuffle(&order)
            var correct = 0
            var total = 0
            for s in order {
                var previous = -1
                var beforePrevious = -2
                var sentence = prepared[s]
                for i in singletons[s] where random.nextUnit() < rareWordDropout { sentence.tokens[i].markUnknown() }
                for i in gold[s].indices {
                    let count = keys.withUnsafeMutableBufferPointer {
                        NamedEntityFeatures.extract(sentence, position: i, previous: previous,
                                                    beforePrevious: beforePrevious, into: $0)
                    }
                    for c in scores.indices { scores[c] = 0 }
                    perceptron.addScores(keys, count: count, into: &scores)
                    let guess = scores.withUnsafeMutableBufferPointer { constraints.bestClass($0, after: previous) }
                    let truth = gold[s][i]
                    perceptron.update(keys, count: count, truth: truth, guess: guess)
                    perceptron.advance()
                    if guess == truth { correct += 1 }
                    total += 1
                    beforePrevious = previous
                    previous = guess
                }
            }
            let model = tagger(perceptron.averaged(minimumWeight: minimumWeight))
            let scores = development.isEmpty ? nil : Self.evaluate(model, on: development)
            progress(EpochReport(epoch: epoch, trainingAccuracy: total == 0 ? 0 : Double(correct) / Double(total),
                                 development: scores, weightCount: model.weights.entryCount))
            let f1 = scores?.overall.f1 ?? Double(epoch)
            if f1 > best?.f1 ?? -1 { best = (model, f1) }
        }
        return best?.tagger ?? tagger(.empty(classCount: labels.count))
    }

    /// Exact-span scores of `tagger` on sentences whose `entity` holds the gold tags.
    public static func evaluate(_ tagger: NamedEntityTagger, on sentences: [[Word]]) -> EntityScores {
        var scores = EntityScores()
        for sentence in sentences {
            var tagged = sentence
            tagger.tag(&tagged)
            scores.add(gold: sentence.map(\.entity), predicted: tagged.map(\.entity))
        }
        return scores
    }
}
