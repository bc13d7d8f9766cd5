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
    /// Share of occurrences of words seen once whose identity is hidden in training, so the model learns to
    /// tag unknown words from their affixes and context.
    public var rareWordDropout: Double
    /// Folds of the jackknife that gives the second pass realistic first-pass tags on its training data;
    /// 0 trains a single left-to-right pass.
    public var folds: Int
    /// Passes over the training data of each right-to-left first-pass model.
    public var firstPassEpochs: Int
    /// Whether the single pass (or the first of two) reads right to left; on EWT dev, right to left is
    /// 0.3 points better for UPOS.
    public var rightToLeft: Bool
    /// Averaged weights smaller than this in magnitude are dropped from the saved model.
    public var minimumWeight: Float
    /// A word goes in the ambiguity-class lexicon when seen at least this often …
    public var lexiconMinimumCount: Int
    /// … with the labels that make up at least this share of its occurrences.
    public var lexiconMinimumShare: Double
    /// Word classes learnt from unlabeled news, read as features and stored in the model; nil leaves them out.
    public var clusters: WordClusters?
    /// Members of the single-pass model, trained with seeds `seed`, `seed + 1`, … (each keeping its best epoch
    /// on the development data) and averaged into one weight table: the ensemble costs one model to run.
    public var ensemble: Int = 1

    /// A trainer with the defaults used for the bundled model.
    public init(epochs: Int = 12, seed: UInt64 = 1, dictionaryMinimumCount: Int = 20,
                dictionaryMinimumShare: Double = 0.99, minimumWeight: Float = 0.01, lexiconMinimumCount: Int = 2,
                lexiconMinimumShare: Double = 0.05, rareWordDropout: Double = 0.5, folds: Int = 0,
                firstPassEpochs: Int = 8, rightToLeft: Bool = true, clusters: WordClusters? = nil) {
        self.clusters = clusters
        self.epochs = epochs
        self.seed = seed
        self.dictionaryMinimumCount = dictionaryMinimumCount
        self.dictionaryMinimumShare = dictionaryMinimumShare
        self.minimumWeight = minimumWeight
        self.lexiconMinimumCount = lexiconMinimumCount
        self.lexiconMinimumShare = lexiconMinimumShare
        self.rareWordDropout = rareWordDropout
        self.folds = folds
        self.firstPassEpochs = firstPassEpochs
        self.rightToLeft = rightToLeft
    }

    /// What one epoch achieved.
    public struct EpochReport: Sendable {
        /// Which model is being trained ("fold 2/5", "first pass", "second pass", "tagger").
        public var stage: String
        /// 1-based epoch number.
        public var epoch: Int
        /// Share of training words the model (before averaging) tagged right during the epoch, in percent.
        public var trainingAccuracy: Double
        /// Scores of the averaged model on the development data, when given.
        public var development: TaggingScores?
        /// Number of feature rows of the averaged, pruned model.
        public var featureCount: Int
        /// Number of non-zero weights stored in those rows.
        public var weightCount: Int
    }

    /// Trains on `sentences`; when `development` is given, the final pass keeps its best epoch on it (UPOS+XPOS).
    public func train(
        on sentences: [CoNLLUSentence], development: [CoNLLUSentence] = [],
        progress: (EpochReport) -> Void = { _ in }
    ) -> PartOfSpeechTagger {
        let labels = Array(Set(sentences.flatMap { $0.words.map { Self.label($0) } })).sorted()
        let classOf = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let universal = labels.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        let penn = labels.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) }
        func tagger(_ stages: [TaggerStage]) -> PartOfSpeechTagger {
            PartOfSpeechTagger(universalTags: universal, pennTags: penn, stages: stages)
        }
        func evaluator(_ before: [TaggerStage]) -> ((TaggerStage) -> TaggingScores)? {
            development.isEmpty ? nil : { TaggingEvaluator.evaluate(development, tagger: tagger(before + [$0])) }
        }
        guard folds >= 2, sentences.count >= folds else {
            let members = (0..<max(1, ensemble)).map { member in
                trainStage(sentences, classOf: classOf, reversed: rightToLeft, lookahead: nil, epochs: epochs,
                           seed: seed &+ UInt64(member), name: ensemble > 1 ? "member \(member + 1)" : "tagger",
                           evaluate: evaluator([]), progress: progress)
            }
            guard members.count > 1 else { return tagger(members) }
            var merged = members[0]
            merged.weights = .mean(of: members.map(\.weights), minimumWeight: minimumWeight)
            if let evaluate = evaluator([]) {
                let scores = evaluate(merged)
                progress(EpochReport(stage: "ensemble of \(members.count)", epoch: epochs, trainingAccuracy: 0,
                                     development: scores, featureCount: merged.weights.keys.count,
                                     weightCount: merged.weights.entryCount))
            }
            return tagger([merged])
        }
        // Jackknife: each fold is tagged right to left by a model that never saw it.
        var lookahead = [[Int32]](repeating: [], count: sentences.count)
        for fold in 0..<folds {
            let rest = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let stage = trainStage(rest, classOf: classOf, reversed: rightToLeft, lookahead: nil, epochs: firstPassEpochs,
                                   name: "fold \(fold + 1)/\(folds)", evaluate: nil, progress: progress)
            for i in sentences.indices where i % folds == fold {
                lookahead[i] = stage.predict(sentences[i].words, lookahead: [])
            }
        }
        let first = trainStage(sentences, classOf: classOf, reversed: rightToLeft, lookahead: nil, epochs: firstPassEpochs,
                               name: "first pass", evaluate: evaluator([]), progress: progress)
        let second = trainStage(sentences, classOf: classOf, reversed: !rightToLeft, lookahead: lookahead, epochs: epochs,
                                name: "second pass", evaluate: evaluator([first]), progress: progress)
        return tagger([first, second])
    }

    /// Trains one pass; with `evaluate`, returns its best epoch, otherwise its last.
    private func trainStage(
        _ sentences: [CoNLLUSentence], classOf: [String: Int], reversed: Bool, lookahead: [[Int32]]?, epochs: Int,
        seed: UInt64? = nil, name: String, evaluate: ((TaggerStage) -> TaggingScores)?, progress: (EpochReport) -> Void
    ) -> TaggerStage {
        let classCount = classOf.count
        let (dictionaryKeys, dictionaryClasses) = buildDictionary(sentences, classOf: classOf)
        let lexicon = TaggerLexicon.build(
            sentences.flatMap { $0.words.map {
                (FeatureHashing.hashLowercased(FormNormalizer.normalized($0.form)), classOf[Self.label($0)] ?? 0)
            } },
            minimumCount: lexiconMinimumCount, minimumShare: lexiconMinimumShare)
        let dictionaryOnly = TaggerStage(reversed: reversed, weights: .empty(classCount: classCount),
                                         dictionaryKeys: dictionaryKeys, dictionaryClasses: dictionaryClasses,
                                         lexicon: lexicon, clusters: clusters)

        // Everything in reading order: reversed sentences have reversed tokens, gold classes and lookahead.
        let tokens = sentences.map {
            TaggerFeatures.tokens(for: $0.words, lexicon: lexicon, clusters: clusters, reversed: reversed)
        }
        let clustered = clusters != nil
        let gold = sentences.map { sentence -> [Int] in
            let classes = sentence.words.map { classOf[Self.label($0)] ?? 0 }
            return reversed ? classes.reversed() : classes
        }
        let looks = (lookahead ?? []).map { reversed ? Array($0.reversed()) : $0 }
        var wordCounts: [UInt64: Int] = [:]
        for sentence in tokens { for token in sentence { wordCounts[token.lower, default: 0] += 1 } }
        let singletons = tokens.map { sentence in sentence.indices.filter { wordCounts[sentence[$0].lower] == 1 } }

        var perceptron = AveragedPerceptron(classCount: classCount)
        var random = SeededRandom(seed: seed ?? self.seed)
        var order = Array(sentences.indices)
        var keys = [UInt64](repeating: 0, count: TaggerFeatures.maximumCount)
        var scores = [Float](repeating: 0, count: classCount)
        var best: (stage: TaggerStage, score: Double)?
        for epoch in 1...max(1, epochs) {
            random.shuffle(&order)
            var correct = 0
            var total = 0
            for s in order {
                var previous = -1
                var beforePrevious = -2
                var sentenceTokens = tokens[s]
                for i in singletons[s] where Double(random.next() >> 11) * 0x1.0p-53 < rareWordDropout {
                    sentenceTokens[i].markUnknown()
                }
                let look = looks.isEmpty ? [] : looks[s]
                sentenceTokens.withUnsafeBufferPointer { tokenBuffer in
                    look.withUnsafeBufferPointer { lookBuffer in
                        for i in 0..<gold[s].count {
                            let truth = gold[s][i]
                            var guess: Int
                            if let known = dictionaryOnly.dictionaryClass(of: tokenBuffer[i + 2].word) {
                                guess = known
                            } else {
                                let count = keys.withUnsafeMutableBufferPointer {
                                    TaggerFeatures.extract(tokenBuffer, position: i, previous: previous,
                                                           beforePrevious: beforePrevious, lookahead: lookBuffer,
                                                           clustered: clustered, into: $0)
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
            }
            let weights = perceptron.averaged(minimumWeight: minimumWeight)
            let stage = TaggerStage(reversed: reversed, weights: weights, dictionaryKeys: dictionaryKeys,
                                    dictionaryClasses: dictionaryClasses, lexicon: lexicon, clusters: clusters)
            let development = evaluate?(stage)
            if let development {
                if best == nil || development.jointAccuracy > (best?.score ?? 0) {
                    best = (stage, development.jointAccuracy)
                }
            } else {
                best = (stage, 0)
            }
            progress(EpochReport(stage: name, epoch: epoch,
                                 trainingAccuracy: 100 * Double(correct) / Double(max(1, total)),
                                 development: development, featureCount: weights.keys.count,
                                 weightCount: weights.entryCount))
        }
        return best?.stage ?? dictionaryOnly
    }

    /// Combined label of a gold word: UPOS and XPOS joined by a tab.
    static func label(_ word: Word) -> String { word.upos + "\t" + word.xpos }

    /// Frequent word forms that almost always carry one label, sorted by hash for a deterministic file.
    private func buildDictionary(_ sentences: [CoNLLUSentence], classOf: [String: Int]) -> ([UInt64], [UInt16]) {
        var counts: [String: [Int: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words { counts[FormNormalizer.normalized(word.form), default: [:]][classOf[Self.label(word)] ?? 0, default: 0] += 1 }
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
