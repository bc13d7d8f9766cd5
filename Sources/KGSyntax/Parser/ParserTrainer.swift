import Foundation
import KGText

/// Trains a `DependencyParser` on CoNLL-U treebanks: averaged perceptron, greedy arc-hybrid decoding, dynamic
/// oracle with exploration (Goldberg & Nivre 2012/2013). Deterministic for a given seed and input.
public struct ParserTrainer: Sendable {
    /// Training settings.
    public struct Options: Sendable, Hashable {
        /// Passes over the training data.
        public var epochs = 15
        /// Seed of the shuffling and exploration PRNG.
        public var seed: UInt64 = 1
        /// Epochs (counted from 1) after which the trainer follows its own mistakes.
        public var explorationStartsAfter = 1
        /// Probability of following a wrong predicted transition once exploration has started.
        public var explorationProbability = 0.9
        /// Models trained with different seeds and averaged into one (same parsing cost, steadier accuracy).
        public var ensembleSize = 1
        /// log2 of the rows in the transition weight table.
        public var actionRowBits = 22
        /// log2 of the rows in the label weight table.
        public var labelRowBits = 18
        /// Beam width of global training (max-violation updates over whole sequences, decoded with raw scores);
        /// 1 trains greedily with the dynamic oracle.
        public var globalBeamWidth = 1

        /// Default settings (15 epochs, seed 1).
        public init() {}
    }

    /// What happened in one epoch.
    public struct EpochReport: Sendable {
        /// 1-based ensemble member being trained.
        public var member: Int
        /// 1-based epoch number.
        public var epoch: Int
        /// Fraction of transitions the model predicted with zero oracle cost, in percent.
        public var transitionAccuracy: Double
        /// Wall-clock seconds spent training this epoch.
        public var seconds: Double
        /// Score of the averaged model on the development set, when one was given.
        public var development: ParserScore?
    }

    /// The settings in use.
    public var options: Options
    /// Word classes the parser reads as features (stored in its model file), or nil for none.
    public var clusters: WordClusters?

    /// Creates a trainer with `options`, reading `clusters` if given.
    public init(options: Options = Options(), clusters: WordClusters? = nil) {
        self.options = options
        self.clusters = clusters
    }

    /// Trains on `training` (non-projective and malformed trees are skipped) and returns the averaged model of
    /// the epoch with the best development LAS (the last epoch when `development` is empty).
    public func train(
        on training: [CoNLLUSentence], development: [CoNLLUSentence] = [],
        progress: (EpochReport) -> Void = { _ in }
    ) throws -> DependencyParser {
        let labels = Set(training.flatMap { $0.words.map(\.relation) }).filter { !$0.isEmpty && $0 != "_" }.sorted()
        guard let rootLabel = labels.firstIndex(of: "root"), labels.count >= 2, labels.count <= 255 else {
            throw ParserError(reason: "training data needs 2–255 relations including 'root' (found \(labels.count))",
                              hint: "pass a CoNLL-U file with HEAD and DEPREL columns filled")
        }
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let examples = training.compactMap { TrainingExample(words: $0.words, labelIndex: labelIndex) }
        guard !examples.isEmpty else {
            throw ParserError(reason: "no usable (well-formed, projective) training sentences",
                              hint: "check that the training file has gold HEAD/DEPREL columns")
        }

        // An ensemble of linear models over the same features is one linear model: averaging the members'
        // weights gives the summed scores of the ensemble at the cost of a single parser.
        var members: [ParserModel] = []
        for member in 0..<max(options.ensembleSize, 1) {
            let seed = options.seed &+ UInt64(member) &* 0x9e37_79b9
            members.append(try trainMember(
                examples, labels: labels, rootLabel: rootLabel, seed: seed, member: member + 1,
                development: development, progress: progress))
        }
        var model = members[0]
        if members.count > 1 {
            let scale = 1 / Float(members.count)
            model.actionWeights = ParserWeights.mean(members.map(\.actionWeights), scale: scale)
            model.labelWeights = ParserWeights.mean(members.map(\.labelWeights), scale: scale)
        }
        model.labelWeights = model.labelWeights.compacted()
        return DependencyParser(model: model)
    }

    /// Trains one model; returns the (dense) averaged weights of its epoch with the best development LAS.
    private func trainMember(
        _ examples: [TrainingExample], labels: [String], rootLabel: Int, seed: UInt64, member: Int,
        development: [CoNLLUSentence], progress: (EpochReport) -> Void
    ) throws -> ParserModel {
        var session = TrainingSession(labels: labels, rootLabel: rootLabel, options: options, clusters: clusters)
        let global = options.globalBeamWidth > 1
        var globalSession = global ? GlobalTrainingSession(
            labels: labels, rootLabel: rootLabel, width: options.globalBeamWidth,
            actionRowBits: options.actionRowBits, labelRowBits: options.labelRowBits, clusters: clusters) : nil
        var order = Array(examples.indices)
        var rng = SeededRandom(seed: seed)
        var best: (las: Double, model: ParserModel)?
        for epoch in 1...max(options.epochs, 1) {
            let start = Date()
            rng.shuffle(&order)
            let explore = epoch > options.explorationStartsAfter
            var correct = 0, total = 0
            for index in order {
                if globalSession != nil {
                    // For global training the report counts sentences that needed no update.
                    if globalSession?.train(examples[index]) == true { correct += 1 }
                    total += 1
                    continue
                }
                let (c, t) = session.train(examples[index], explore: explore, rng: &rng)
                correct += c
                total += t
            }
            let seconds = Date().timeIntervalSince(start)
            let model = globalSession?.averagedModel() ?? session.averagedModel()
            var devScore: ParserScore?
            if !development.isEmpty {
                var compact = model
                compact.labelWeights = compact.labelWeights.compacted()
                var parser = DependencyParser(model: compact)
                if global {
                    parser.beamWidth = options.globalBeamWidth
                    parser.beamTemperature = 0
                }
                let score = ParserEvaluation.evaluate(parser, on: development)
                devScore = score
                if best == nil || score.las > (best?.las ?? 0) { best = (score.las, model) }
            } else {
                best = (0, model)
            }
            progress(EpochReport(
                member: member, epoch: epoch,
                transitionAccuracy: total == 0 ? 0 : 100 * Double(correct) / Double(total),
                seconds: seconds, development: devScore))
        }
        guard let model = best?.model else { throw ParserError(reason: "training produced no model") }
        return model
    }
}

/// One training sentence with gold heads in state positions (root = n + 1) and label indices.
struct TrainingExample: Sendable {
    var words: [Word]
    var heads: [Int]
    var labels: [Int]

    /// Nil when the tree is malformed or non-projective (the dynamic oracle needs projective trees).
    init?(words: [Word], labelIndex: [String: Int]) {
        let n = words.count
        guard n > 0 else { return nil }
        var heads = [Int](repeating: 0, count: n + 2)
        var labels = [Int](repeating: 0, count: n + 2)
        var roots = 0
        for (i, word) in words.enumerated() {
            guard word.head >= 0, word.head <= n, word.head != i + 1,
                  let label = labelIndex[word.relation] else { return nil }
            heads[i + 1] = word.head == 0 ? n + 1 : word.head
            labels[i + 1] = label
            if word.head == 0 { roots += 1 }
        }
        guard roots == 1, Self.isAcyclic(heads, count: n), ParserOracle.isProjective(heads, count: n) else {
            return nil
        }
        self.words = words
        self.heads = heads
        self.labels = labels
    }

    private static func isAcyclic(_ heads: [Int], count n: Int) -> Bool {
        for start in 1...n {
            var node = start, steps = 0
            while node != n + 1 {
                node = heads[node]
                steps += 1
                if steps > n { return false }
            }
        }
        return true
    }
}

/// Mutable training state: the two averaged weight tables and the reusable parsing buffers.
private struct TrainingSession {
    let labels: [String]
    let rootLabel: Int
    let options: ParserTrainer.Options
    let clusters: WordClusters?
    var actions: AveragedParserWeights
    var labelWeights: AveragedParserWeights
    var workspace = ParserWorkspace()
    var step = 1

    init(labels: [String], rootLabel: Int, options: ParserTrainer.Options, clusters: WordClusters?) {
        self.labels = labels
        self.clusters = clusters
        self.rootLabel = rootLabel
        self.options = options
        actions = AveragedParserWeights(rowBits: options.actionRowBits, width: 3)
        labelWeights = AveragedParserWeights(rowBits: options.labelRowBits, width: labels.count)
        workspace.labelScores = [Float](repeating: 0, count: labels.count)
    }

    func averagedModel() -> ParserModel {
        ParserModel(labels: labels, rootLabel: rootLabel, actionWeights: actions.averaged(step: step),
                    labelWeights: labelWeights.averaged(step: step), clusters: clusters)
    }

    /// One greedy pass over `example` with oracle updates; returns (zero-cost predictions, transitions).
    mutating func train(_ example: TrainingExample, explore: Bool, rng: inout SeededRandom) -> (Int, Int) {
        workspace.input.load(example.words, clusters: clusters)
        workspace.state.reset(count: example.words.count)
        var correct = 0, total = 0
        var costs = [Int](repeating: 0, count: 3)
        while !workspace.state.isTerminal {
            let featureCount = workspace.actionFeatures.withUnsafeMutableBufferPointer { buffer in
                ParserFeatures.extractActionFeatures(workspace.state, workspace.input, into: buffer)
            }
            workspace.scoreActions(actions.current, featureCount: featureCount)
            let predicted = workspace.bestValidAction()
            var minCost = Int.max
            for action in ParserAction.allCases where workspace.state.isValid(action) {
                costs[action.rawValue] = ParserOracle.cost(action, state: workspace.state, goldHeads: example.heads)
                minCost = min(minCost, costs[action.rawValue])
            }
            var gold = predicted
            var goldScore = -Float.infinity
            for action in ParserAction.allCases
            where workspace.state.isValid(action) && costs[action.rawValue] == minCost {
                if workspace.actionScores[action.rawValue] > goldScore || goldScore == -.infinity {
                    gold = action
                    goldScore = workspace.actionScores[action.rawValue]
                }
            }
            total += 1
            var follow = predicted
            if costs[predicted.rawValue] == minCost {
                correct += 1
            } else {
                workspace.actionFeatures.withUnsafeBufferPointer { features in
                    actions.update(features, count: featureCount, column: gold.rawValue, delta: 1, step: step)
                    actions.update(features, count: featureCount, column: predicted.rawValue, delta: -1, step: step)
                }
                if !(explore && rng.nextUnit() < options.explorationProbability) { follow = gold }
            }
            var label = rootLabel
            if let arc = workspace.state.arc(for: follow), !(follow == .leftArc && workspace.state.leftArcIsRoot) {
                let count = workspace.extractLabelFeatures(head: arc.head, dependent: arc.dependent, action: follow)
                let guess = workspace.scoreLabels(labelWeights.current, featureCount: count, excluding: rootLabel)
                label = guess
                if example.heads[arc.dependent] == arc.head {
                    let goldLabel = example.labels[arc.dependent]
                    if guess != goldLabel {
                        workspace.labelFeatures.withUnsafeBufferPointer { features in
                            labelWeights.update(features, count: count, column: goldLabel, delta: 1, step: step)
                            labelWeights.update(features, count: count, column: guess, delta: -1, step: step)
                        }
                    }
                    label = goldLabel
                }
            }
            workspace.state.apply(follow, label: label)
            step += 1
        }
        return (correct, total)
    }
}
