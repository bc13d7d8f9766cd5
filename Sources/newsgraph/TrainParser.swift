import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import KGCore
import KGSyntax
import KGText

/// `newsgraph train parser`: trains the dependency parser on UD CoNLL-U, printing dev UAS/LAS per epoch.
struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser (arc-hybrid, averaged perceptron, dynamic oracle).",
        discussion: """
        Writes <output>/\(DependencyParser.defaultModelName), keeping the epoch with the best dev LAS. With \
        --predicted-tags, dev and test files are re-tagged by the bundled tagger first; with --jackknife K the \
        training file is re-tagged by K taggers, each trained on the other folds.
        """
    )

    @Option(help: "Training treebank (CoNLL-U with gold HEAD/DEPREL).")
    var train: String?

    @Option(help: "Development treebank, used to pick the epoch and report progress.")
    var dev: String?

    @Option(help: "Folder for the model file.")
    var output: String = "Sources/KGSyntax/Models"

    @Option(help: "Passes over the training data.")
    var epochs: Int = 15

    @Option(help: "Seed for shuffling and exploration.")
    var seed: UInt64 = 1

    @Option(name: .customLong("test"), help: "Score the final model on this treebank (repeatable).")
    var tests: [String] = []

    @Option(help: ArgumentHelp("log2 of the transition weight rows.", visibility: .hidden))
    var actionRowBits: Int = 22

    @Option(help: ArgumentHelp("log2 of the label weight rows.", visibility: .hidden))
    var labelRowBits: Int = 18

    @Option(help: ArgumentHelp("Epochs before the trainer follows its own mistakes.", visibility: .hidden))
    var explorationStart: Int = 1

    @Option(help: ArgumentHelp("Probability of following a wrong prediction.", visibility: .hidden))
    var explorationProbability: Double = 0.9

    @Option(help: "Train this many models with different seeds and average them (parsing cost unchanged).")
    var ensemble: Int = 1

    @Option(help: "Drop weight rows whose largest weight is below this (default 1.0: 8–10 MB, no dev loss); with --evaluate-only, re-save the model pruned.")
    var pruneBelow: Float?

    @Option(help: ArgumentHelp("Write each scored file's parses into this folder.", visibility: .hidden))
    var writeParses: String?

    @Flag(help: "Re-tag dev and test files with the bundled tagger before parsing them.")
    var predictedTags = false

    @Option(help: "Re-tag the training file by K-fold jackknifing (0 = keep its tags).")
    var jackknife: Int = 0

    @Option(help: "With --jackknife: how many re-tagged copies, tagger seeds seed, seed+1, ….")
    var jackknifeCopies: Int = 1

    @Option(help: "With --jackknife: members of each fold's tagger (as `train tagger --ensemble`; the bundled tagger has 3).")
    var jackknifeEnsemble: Int = 1

    @Flag(help: "With --jackknife: train on the gold-tagged sentences too, besides the re-tagged copies.")
    var keepGoldCopy = false

    @Option(help: "Write the re-tagged training sentences to this CoNLL-U file (to reuse with --train).")
    var saveRetagged: String?

    @Option(help: "Beam width used when scoring (1 = greedy; the bundled model is used with 4, temperature 15).")
    var beamWidth: Int = 1

    @Option(help: ArgumentHelp("Weight of label scores when ranking beam items.", visibility: .hidden))
    var beamLabelWeight: Float = 1

    @Option(help: ArgumentHelp("Labels tried per arc when ranking beam items.", visibility: .hidden))
    var beamLabelsPerArc: Int = 1

    @Option(help: ArgumentHelp("Softmax temperature for beam scores (0 = raw scores).", visibility: .hidden))
    var beamTemperature: Float = 0

    @Option(help: "Train globally with a beam of this width (max-violation updates; decode with --beam-width N --beam-temperature 0); 1 trains greedily.")
    var globalBeam: Int = 1

    @Option(help: "Read the word classes of this tagger model file as features and store them in the parser (e.g. Sources/KGSyntax/Models/tagger.bin, whose classes were learnt from news).")
    var wordClasses: String?

    @Flag(help: "Do not train: load the model from --output and only score it on --dev and the --test files.")
    var evaluateOnly = false

    func validate() throws {
        guard (1...10).contains(ensemble) else { throw ValidationError("--ensemble must be between 1 and 10") }
        guard (1...64).contains(beamWidth), (1...8).contains(beamLabelsPerArc) else {
            throw ValidationError("--beam-width must be 1...64 and --beam-labels-per-arc 1...8")
        }
        guard (1...64).contains(globalBeam) else { throw ValidationError("--global-beam must be 1...64") }
        guard epochs >= 1, epochs <= 200 else { throw ValidationError("--epochs must be between 1 and 200") }
        guard (12...24).contains(actionRowBits), (10...22).contains(labelRowBits) else {
            throw ValidationError("--action-row-bits must be 12...24 and --label-row-bits 10...22")
        }
        guard (1...9).contains(jackknifeEnsemble) else { throw ValidationError("--jackknife-ensemble must be 1...9") }
        guard (1...5).contains(jackknifeCopies) else { throw ValidationError("--jackknife-copies must be 1...5") }
        guard jackknife == 0 || (2...50).contains(jackknife) else {
            throw ValidationError("--jackknife must be 0 or between 2 and 50")
        }
        if !evaluateOnly {
            guard train != nil, dev != nil else { throw ValidationError("--train and --dev are required for training") }
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let url = folder.appendingPathComponent(DependencyParser.defaultModelName)
        let tagger = predictedTags ? try PartOfSpeechTagger.loadDefault() : nil
        if !evaluateOnly, let train, let dev {
            var trainingSentences = try Self.read(train)
            var devSentences = try Self.read(dev)
            if let tagger { ParserTrainingData.retag(&devSentences, with: tagger) }
            if jackknife > 0 {
                let clock = Date()
                let gold = trainingSentences
                trainingSentences = keepGoldCopy ? gold : []
                // The fold taggers read the bundled tagger's word classes, as the tagger they stand in for does.
                let clusters = try (tagger ?? PartOfSpeechTagger.loadDefault()).clusters
                for copy in 0..<jackknifeCopies {
                    var trainer = TaggerTrainer(seed: seed &+ UInt64(copy), clusters: clusters)
                    trainer.ensemble = jackknifeEnsemble
                    trainingSentences += ParserTrainingData.jackknifeTags(gold, folds: jackknife, trainer: trainer) {
                        say("jackknife copy \(copy + 1), fold \($0)/\(jackknife) tagged")
                    }
                }
                say(String(format: "jackknifed tags in %.1fs", Date().timeIntervalSince(clock)))
                if let saveRetagged {
                    try CoNLLU.format(trainingSentences).write(toFile: saveRetagged, atomically: true, encoding: .utf8)
                    say("wrote \(saveRetagged)")
                }
            }
            say("training on \(trainingSentences.count) sentences from \(train); dev \(devSentences.count) sentences")
            var options = ParserTrainer.Options()
            options.epochs = epochs
            options.seed = seed
            options.ensembleSize = ensemble
            options.actionRowBits = actionRowBits
            options.labelRowBits = labelRowBits
            options.explorationStartsAfter = explorationStart
            options.explorationProbability = explorationProbability
            options.globalBeamWidth = globalBeam
            var clusters: WordClusters?
            if let wordClasses {
                guard let classes = try PartOfSpeechTagger.load(from: URL(fileURLWithPath: wordClasses)).clusters else {
                    throw ValidationError("--word-classes: \(wordClasses) has no word classes (train the tagger with --news)")
                }
                clusters = classes
                say("reading \(classes.count) word classes from \(wordClasses)")
            }
            let start = Date()
            let trainer = ParserTrainer(options: options, clusters: clusters)
            let parser = try trainer.train(on: trainingSentences, development: devSentences) {
                report in
                let dev = report.development.map { "dev \($0)" } ?? ""
                say((ensemble > 1 ? "model \(report.member)  " : "") + String(format: "epoch %2d  %.1fs  transitions %.2f%%  ", report.epoch, report.seconds,
                           report.transitionAccuracy) + dev)
            }
            say(String(format: "trained in %.1fs", Date().timeIntervalSince(start)))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try parser.save(to: url, pruneBelow: pruneBelow ?? 1.0)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            say("wrote \(url.path) (\(size / 1024) KiB)")
        }
        if evaluateOnly, let pruneBelow {
            try DependencyParser.load(from: url).save(to: url, pruneBelow: pruneBelow)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            say("re-saved \(url.path) pruned below \(pruneBelow) (\(size / 1024) KiB)")
        }
        let clock = Date()
        var parser = try DependencyParser.load(from: url)
        parser.beamWidth = beamWidth
        parser.beamLabelWeight = beamLabelWeight
        parser.beamLabelsPerArc = beamLabelsPerArc
        parser.beamTemperature = beamTemperature
        say(String(format: "loaded \(url.path) in %.3fs", Date().timeIntervalSince(clock)))
        for path in (dev.map { [$0] } ?? []) + tests {
            try score(parser, tagger: tagger, on: path)
        }
    }

    /// Scores `parser` on one treebank; prints UAS/LAS, parser tokens/s and (when tagging) tag+parse tokens/s.
    private func score(_ parser: DependencyParser, tagger: PartOfSpeechTagger?, on path: String) throws {
        let gold = try Self.read(path)
        let tokens = gold.reduce(0) { $0 + $1.words.count }
        var input = gold
        var tagSeconds = 0.0
        if let tagger {
            let clock = Self.threadCPUSeconds()
            ParserTrainingData.retag(&input, with: tagger)
            tagSeconds = Self.threadCPUSeconds() - clock
        }
        let clock = Self.threadCPUSeconds()
        parser.parse(&input)
        let parseSeconds = Self.threadCPUSeconds() - clock
        let score = ParserEvaluation.score(predicted: input, gold: gold)
        if let writeParses {
            let name = URL(fileURLWithPath: path).lastPathComponent
            try CoNLLU.format(input).write(toFile: writeParses + "/" + name, atomically: true, encoding: .utf8)
        }
        var line = "\(path) [\(tagger == nil ? "gold tags" : "predicted tags")]: \(score)"
        line += String(format: "  parser %.0f tokens/s (thread CPU time)", Double(tokens) / max(parseSeconds, 1e-9))
        if tagger != nil {
            line += String(format: ", tag+parse %.0f tokens/s", Double(tokens) / max(parseSeconds + tagSeconds, 1e-9))
        }
        say(line)
    }

    /// CPU time of the calling thread: speed on one core, unaffected by other processes on a shared machine.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Prints unbuffered, so progress shows up in order when piped to a log.
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func read(_ path: String) throws -> [CoNLLUSentence] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw UnreadableTreebank(path: path, reason: error.localizedDescription)
        }
        let sentences = try CoNLLU.parse(text, path: path)
        guard !sentences.isEmpty else { throw UnreadableTreebank(path: path, reason: "no CoNLL-U sentences in it") }
        return sentences
    }
}

/// A treebank file that cannot be read or holds no sentences.
private struct UnreadableTreebank: NewsgraphError {
    var path: String
    var reason: String
    var message: String { "cannot use treebank \(path): \(reason)" }
    var hint: String? { "pass a UD CoNLL-U file (e.g. ../shared/data/ud/en_ewt-ud-train.conllu)" }
}
