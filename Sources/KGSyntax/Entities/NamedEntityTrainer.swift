import KGText

/// Trains a `NamedEntityTagger` as a structured averaged perceptron (Collins 2002): each training sentence is
/// decoded with Viterbi under valid IOB2 transitions, as at run time, and where the best sequence differs from
/// the gold one, the gold sequence's features are rewarded and the predicted one's penalised. Deterministic for
/// a seed. The epoch scoring best on the development set is kept; training stops early once `patience` epochs
/// in a row have not improved on it.
public struct NamedEntityTrainer: Sendable {
    /// Passes over the training data (at most).
    public var epochs: Int
    /// Seed of the shuffling generator.
    public var seed: UInt64
    /// Averaged weights smaller than this are dropped from the model (keeps the file compact).
    public var minimumWeight: Float
    /// Chance that a word seen once in training hides its identity in an update (as unseen words do at run time).
    public var rareWordDropout: Double
    /// How news capitalises words, stored in the model and used as features (nil: off).
    public var profile: CaseProfile?
    /// Phrase lists stored in the model whose membership is a feature (nil: off).
    public var gazetteer: NamedEntityGazetteer?
    /// Epochs without a better development score after which training stops (0: never stop early).
    public var patience: Int
    /// Word classes stored in the model and used as features (nil: off).
    public var clusters: WordClusters?
    /// Members trained with seeds `seed`, `seed + 1`, … (each keeping its best development epoch) and averaged
    /// into one weight table: the ensemble costs one model to run.
    public var ensemble: Int

    /// Training settings; the defaults are the recipe of the bundled model.
    public init(epochs: Int = 10, seed: UInt64 = 1, minimumWeight: Float = 0.05, rareWordDropout: Double = 0.25,
                profile: CaseProfile? = nil, gazetteer: NamedEntityGazetteer? = nil, patience: Int = 3,
                clusters: WordClusters? = nil, ensemble: Int = 1) {
        self.epochs = epochs
        self.seed = seed
        self.minimumWeight = minimumWeight
        self.rareWordDropout = rareWordDropout
        self.profile = profile
        self.gazetteer = gazetteer
        self.patience = patience
        self.clusters = clusters
        self.ensemble = ensemble
    }

    /// What one epoch achieved.
    public struct EpochReport: Sendable {
        /// Which model the epoch trained ("member 2"; "ensemble of 3" for the averaged one, epoch 0).
        public var stage: String = "tagger"
        /// 1-based epoch number.
        public var epoch: Int
        /// Share of training words whose label the (not yet averaged) model got right.
        public var trainingAccuracy: Double
        /// Exact-span scores on the development set, when there is one.
        public var development: EntityScores?
        /// Number of weights kept after averaging and pruning.
        public var weightCount: Int
    }

    /// Trains on sentences whose words carry `form`, `xpos` and the gold IOB2 tag in `entity`; with `ensemble`
    /// above one, the members' weights averaged.
    public func train(
        on sentences: [[Word]], development: [[Word]] = [], progress: (EpochReport) -> Void = { _ in }
    ) -> NamedEntityTagger {
        let members = (0..<max(1, ensemble)).map { member in
            trainMember(on: sentences, development: development, seed: seed &+ UInt64(member),
                        stage: ensemble > 1 ? "member \(member + 1)" : "tagger", progress: progress)
        }
        guard members.count > 1, let first = members.first else { return members[0] }
        let merged = NamedEntityTagger(labels: first.labels, weights: .mean(of: members.map(\.weights), minimumWeight: minimumWeight),
                                       profile: profile, gazetteer: gazetteer, clusters: clusters)
        progress(EpochReport(stage: "ensemble of \(members.count)", epoch: 0, trainingAccuracy: 0,
                             development: development.isEmpty ? nil : Self.evaluate(merged, on: development),
                             weightCount: merged.weights.entryCount))
        return merged
    }

    /// One model: the structured perceptron's best development epoch for `seed`.
    private func trainMember(
        on sentences: [[Word]], development: [[Word]], seed: UInt64, stage: String, progress: (EpochReport) -> Void
    ) -> NamedEntityTagger {
        let found = Set(sentences.flatMap { $0.map(\.entity) }).subtracting(["O"])
        let labels = ["O"] + found.sorted { ($0.dropFirst(2), $0.prefix(1)) < ($1.dropFirst(2), $1.prefix(1)) }
        let classOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let prepared = sentences.map { NamedEntityFeatures.Sentence($0, profile: profile, gazetteer: gazetteer, clusters: clusters) }
        var wordCounts: [UInt64: Int] = [:]
        for sentence in prepared { for token in sentence.tokens { wordCounts[token.lower, default: 0] += 1 } }
        let singletons = prepared.map { sentence in sentence.tokens.indices.filter { wordCounts[sentence.tokens[$0].lower] == 1 } }
        let gold = sentences.map { $0.map { classOf[$0.entity] ?? 0 } }
        let constraints = NamedEntityTagger(labels: labels, weights: .empty(classCount: labels.count))
        func tagger(_ weights: SparseLinearModel) -> NamedEntityTagger {
            NamedEntityTagger(labels: labels, weights: weights, profile: profile, gazetteer: gazetteer, clusters: clusters)
        }

        var perceptron = AveragedPerceptron(classCount: labels.count)
        var random = SeededRandom(seed: seed)
        var order = Array(sentences.indices)
        var keys = [UInt64](repeating: 0, count: NamedEntityFeatures.maximumCount)
        var best: (tagger: NamedEntityTagger, f1: Double, epoch: Int)?
        for epoch in 1...max(1, epochs) {
            random.shuffle(&order)
            var correct = 0
            var total = 0
            for s in order {
                var sentence = prepared[s]
                for i in singletons[s] where random.nextUnit() < rareWordDropout { sentence.tokens[i].markUnknown() }
                let truth = gold[s]
                let guess = constraints.decode(sentence, wordCount: truth.count) { keys, count, scores in
                    perceptron.addScores(keys, count: count, into: scores)
                }
                for i in truth.indices {
                    total += 1
                    let goldPrevious = i == 0 ? -1 : truth[i - 1]
                    let guessPrevious = i == 0 ? -1 : guess[i - 1]
                    if truth[i] == guess[i] {
                        correct += 1
                        if goldPrevious == guessPrevious { continue }
                    } else {
                        let count = keys.withUnsafeMutableBufferPointer {
                            NamedEntityFeatures.extract(sentence, position: i, into: $0)
                        }
                        perceptron.update(keys, count: count, truth: truth[i], guess: guess[i])
                    }
                    var count = keys.withUnsafeMutableBufferPointer {
                        NamedEntityFeatures.extractTransition(sentence, position: i, previous: goldPrevious, into: $0)
                    }
                    perceptron.add(keys, count: count, to: truth[i], amount: 1)
                    count = keys.withUnsafeMutableBufferPointer {
                        NamedEntityFeatures.extractTransition(sentence, position: i, previous: guessPrevious, into: $0)
                    }
                    perceptron.add(keys, count: count, to: guess[i], amount: -1)
                }
                perceptron.advance()
            }
            let model = tagger(perceptron.averaged(minimumWeight: minimumWeight))
            let scores = development.isEmpty ? nil : Self.evaluate(model, on: development)
            progress(EpochReport(stage: stage, epoch: epoch, trainingAccuracy: total == 0 ? 0 : Double(correct) / Double(total),
                                 development: scores, weightCount: model.weights.entryCount))
            let f1 = scores?.overall.f1 ?? Double(epoch)
            if f1 > best?.f1 ?? -1 { best = (model, f1, epoch) }
            if patience > 0, let best, epoch - best.epoch >= patience { break }
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
