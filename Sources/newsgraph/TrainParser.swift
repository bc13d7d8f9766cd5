import ArgumentParser
import Foundation
import KGSyntax
import KGText

/// `newsgraph train parser`: trains the dependency parser on UD CoNLL-U, printing dev UAS/LAS per epoch.
struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser (arc-hybrid, averaged perceptron, dynamic oracle).",
        discussion: "Writes <output>/\(DependencyParser.defaultModelName), keeping the epoch with the best dev LAS."
    )

    @Option(help: "Training treebank (CoNLL-U with gold HEAD/DEPREL).")
    var train: String

    @Option(help: "Development treebank, used to pick the epoch and report progress.")
    var dev: String

    @Option(help: "Folder for the model file.")
    var output: String = "."

    @Option(help: "Passes over the training data.")
    var epochs: Int = 15

    @Option(help: "Seed for shuffling and exploration.")
    var seed: UInt64 = 1

    @Option(help: "Treebanks to score the final model on (repeatable), with the tags they carry.")
    var test: [String] = []

    func validate() throws {
        guard epochs >= 1, epochs <= 200 else { throw ValidationError("--epochs must be between 1 and 200") }
    }

    func run() throws {
        let trainingSentences = try Self.read(train)
        let devSentences = try Self.read(dev)
        say("training on \(trainingSentences.count) sentences from \(train); dev \(devSentences.count) sentences")
        var options = ParserTrainer.Options()
        options.epochs = epochs
        options.seed = seed
        let start = Date()
        let parser = try ParserTrainer(options: options).train(on: trainingSentences, development: devSentences) { report in
            let dev = report.development.map { "dev \($0)" } ?? ""
            let line = String(format: "epoch %2d  %.1fs  transitions %.2f%%  ", report.epoch, report.seconds,
                              report.transitionAccuracy) + dev
            say(line)
        }
        say(String(format: "trained in %.1fs", Date().timeIntervalSince(start)))
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(DependencyParser.defaultModelName)
        try parser.save(to: url)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        say("wrote \(url.path) (\(size / 1024) KiB)")
        let reloaded = try DependencyParser.load(from: url)
        for path in [dev] + test {
            let gold = try Self.read(path)
            let tokens = gold.reduce(0) { $0 + $1.words.count }
            var parsed = gold
            let clock = Date()
            reloaded.parse(&parsed)
            let seconds = Date().timeIntervalSince(clock)
            let score = ParserEvaluation.score(predicted: parsed, gold: gold)
            say("\(path): \(score)  " + String(format: "%.0f tokens/s", Double(tokens) / max(seconds, 1e-9)))
        }
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
            throw ValidationError("cannot read CoNLL-U file '\(path)': \(error.localizedDescription)")
        }
        let sentences = try CoNLLU.parse(text, path: path)
        guard !sentences.isEmpty else { throw ValidationError("'\(path)' contains no CoNLL-U sentences") }
        return sentences
    }
}
