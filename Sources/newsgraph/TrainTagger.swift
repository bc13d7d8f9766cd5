import ArgumentParser
import Foundation
import KGCore
import KGSyntax
import KGText

/// `newsgraph train tagger`: trains the POS tagger and the lemmatizer on a UD treebank (EWT train only;
/// dev picks the epoch), writes `tagger.bin` and `lemmatizer.bin`, and optionally scores them on test files.
struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the POS tagger and lemmatizer on UD CoNLL-U files (deterministic, fixed seed).",
        discussion: """
            Example: newsgraph train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \\
                       --output Sources/KGSyntax/Models --test en_ewt-ud-test.conllu
            """
    )

    @Option(help: "Training CoNLL-U file (gold UPOS, XPOS and lemmas).")
    var train: String?

    @Option(help: "Development CoNLL-U file; the epoch scoring best on it is kept.")
    var dev: String?

    @Option(help: "Folder to write tagger.bin and lemmatizer.bin into.")
    var output: String = "Sources/KGSyntax/Models"

    @Option(help: "Passes over the training data.")
    var epochs: Int = 12

    @Option(help: "Seed of the shuffling generator.")
    var seed: UInt64 = 1

    @Option(help: "Train two passes, the second over jackknifed first-pass tags from this many folds (0: one pass).")
    var folds: Int = 0

    @Option(name: .customLong("test"), help: "Score the models on this CoNLL-U file (repeatable).")
    var tests: [String] = []

    @Flag(help: "Do not train or write the lemmatizer.")
    var skipLemmatizer = false

    @Flag(help: "Do not train: load the models from --output and only score them on the --test files.")
    var evaluateOnly = false

    func validate() throws {
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard folds == 0 || folds >= 2 else { throw ValidationError("--folds must be 0 (one pass) or at least 2") }
        guard evaluateOnly || train != nil else { throw ValidationError("--train is required (or pass --evaluate-only)") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let taggerURL = folder.appendingPathComponent("tagger.bin")
        let lemmatizerURL = folder.appendingPathComponent("lemmatizer.bin")
        var tagger: PartOfSpeechTagger
        var lemmatizer: Lemmatizer?
        if evaluateOnly {
            let start = Date()
            tagger = try PartOfSpeechTagger.load(from: taggerURL)
            lemmatizer = skipLemmatizer ? nil : try Lemmatizer.load(from: lemmatizerURL)
            print("loaded models from \(output) in " + String(format: "%.3f s", Date().timeIntervalSince(start)))
        } else {
            let trainSentences = try Self.readTreebank(train ?? "")
            let devSentences = try dev.map(Self.readTreebank) ?? []
            try Self.ensureFolder(folder)
            print("training on \(trainSentences.count) sentences, \(devSentences.count) dev sentences, seed \(seed)")
            var trainer = TaggerTrainer(epochs: epochs, seed: seed)
            trainer.folds = folds
            let start = Date()
            tagger = trainer.train(on: trainSentences, development: devSentences) { report in
                var line = report.stage + String(format: " epoch %2d  train %.2f", report.epoch, report.trainingAccuracy)
                if let d = report.development {
                    line += String(format: "  dev UPOS %.2f XPOS %.2f both %.2f", d.uposAccuracy, d.xposAccuracy,
                                   d.jointAccuracy)
                }
                line += "  features \(report.featureCount) weights \(report.weightCount)"
                line += String(format: "  (%.1f s)", Date().timeIntervalSince(start))
                print(line)
            }
            try tagger.save(to: taggerURL)
            print("wrote \(taggerURL.path) (\(Self.fileSize(taggerURL)) bytes)")
            if !skipLemmatizer {
                let trained = LemmatizerTrainer().train(on: trainSentences)
                try trained.save(to: lemmatizerURL)
                lemmatizer = trained
                print("wrote \(lemmatizerURL.path) (\(Self.fileSize(lemmatizerURL)) bytes)")
                if !devSentences.isEmpty {
                    let gold = TaggingEvaluator.evaluate(devSentences, tagger: nil, lemmatizer: trained)
                    print(String(format: "dev lemma accuracy on gold tags %.2f", gold.lemmaAccuracy))
                }
            }
        }
        for path in tests {
            let sentences = try Self.readTreebank(path)
            let taggingOnly = TaggingEvaluator.evaluate(sentences, tagger: tagger)
            let scores = TaggingEvaluator.evaluate(sentences, tagger: tagger, lemmatizer: lemmatizer)
            print("\(path): \(scores)")
            print(String(format: "  tagger alone: %.0f words/s", taggingOnly.wordsPerSecond))
        }
    }

    /// Reads a CoNLL-U file, with a clear error when it is missing, unreadable, malformed or empty.
    static func readTreebank(_ path: String) throws -> [CoNLLUSentence] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SyntaxModelError(path: path, reason: "no such file", hint: "pass the path of a CoNLL-U file")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw SyntaxModelError(path: path, reason: "cannot read the file as UTF-8 text",
                                   hint: "pass a UTF-8 CoNLL-U file")
        }
        let sentences = try CoNLLU.parse(text, path: path)
        guard !sentences.isEmpty else {
            throw SyntaxModelError(path: path, reason: "no sentences found", hint: "pass a non-empty CoNLL-U file")
        }
        return sentences
    }

    private static func ensureFolder(_ folder: URL) throws {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw SyntaxModelError(path: folder.path, reason: "cannot create the output folder",
                                   hint: "pass a writable --output folder")
        }
    }

    private static func fileSize(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }
}
