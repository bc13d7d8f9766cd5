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

    @Option(help: "Members of the tagger, seeds seed, seed+1, …, averaged into one model (single pass only).")
    var ensemble: Int = 1

    @Option(name: .customLong("test"), help: "Score the models on this CoNLL-U file (repeatable).")
    var tests: [String] = []

    @Flag(help: "Do not train or write the lemmatizer.")
    var skipLemmatizer = false

    @Option(help: ArgumentHelp(
        "English word list (one word a line) stored in lemmatizer.bin to pick lemmas of unseen inflections.",
        discussion: "Debian: apt-get install wamerican. Pass --word-list none to train without one."))
    var wordList: String = "/usr/share/dict/american-english"

    @Flag(help: "Train only the lemmatizer; load tagger.bin from --output for the --test scores.")
    var lemmatizerOnly = false

    @Flag(help: "Do not train: load the models from --output and only score them on the --test files.")
    var evaluateOnly = false

    @Option(name: .customLong("news"), help: ArgumentHelp(
        "Unlabeled news as JSON Lines with a `text` field (repeatable); word classes learnt from it become features.",
        discussion: "The bundled model uses ../shared/data/news/newsarticles-2017 and reuters21578 (articles.jsonl), as `train ner` does."))
    var news: [String] = []

    func validate() throws {
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard folds == 0 || folds >= 2 else { throw ValidationError("--folds must be 0 (one pass) or at least 2") }
        guard (1...9).contains(ensemble) else { throw ValidationError("--ensemble must be between 1 and 9") }
        guard ensemble == 1 || folds == 0 else { throw ValidationError("--ensemble needs a single pass (--folds 0)") }
        guard !(lemmatizerOnly && skipLemmatizer) else {
            throw ValidationError("--lemmatizer-only and --skip-lemmatizer exclude each other")
        }
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
            // Read before the long tagger training, so a missing word list fails at once.
            let words = skipLemmatizer ? [] : try Self.readWordList(wordList)
            try Self.ensureFolder(folder)
            if lemmatizerOnly {
                tagger = try PartOfSpeechTagger.load(from: taggerURL)
            } else {
                tagger = try trainTagger(on: trainSentences, development: devSentences, writingTo: taggerURL)
            }
            if !skipLemmatizer {
                let trained = LemmatizerTrainer().train(on: trainSentences, wordList: words)
                try trained.save(to: lemmatizerURL)
                lemmatizer = trained
                print("wrote \(lemmatizerURL.path) (\(Self.fileSize(lemmatizerURL)) bytes, "
                      + "\(words.count) word-list lines)")
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

    /// Trains the tagger (printing each epoch) and writes it to `taggerURL`.
    private func trainTagger(on trainSentences: [CoNLLUSentence], development devSentences: [CoNLLUSentence],
                             writingTo taggerURL: URL) throws -> PartOfSpeechTagger {
        print("training on \(trainSentences.count) sentences, \(devSentences.count) dev sentences, seed \(seed)")
        var trainer = TaggerTrainer(epochs: epochs, seed: seed)
        trainer.folds = folds
        trainer.ensemble = ensemble
        if !news.isEmpty {
            let newsSentences = try UnlabeledNews.sentences(news)
            let clusters = WordClusters.build(sentences: newsSentences) { pass in
                print(String(format: "word classes (%d): pass %d moved %d, log-likelihood per token %.4f",
                             pass.classCount, pass.pass, pass.moved, pass.logLikelihoodPerToken))
            }
            print("word classes: \(clusters.count) words from \(news.count) news files")
            trainer.clusters = clusters
        }
        let start = Date()
        let tagger = trainer.train(on: trainSentences, development: devSentences) { report in
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
        return tagger
    }

    /// The lines of the word list at `path`, or none for "none"; a clear error when the file is missing.
    static func readWordList(_ path: String) throws -> [String] {
        if path == "none" {
            print("warning: training the lemmatizer without a word list (--word-list none)")
            return []
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw SyntaxModelError(
                path: path, reason: "cannot read the word list",
                hint: "install it (apt-get install wamerican), pass --word-list <file>, or --word-list none")
        }
        return text.split(whereSeparator: \.isNewline).map(String.init)
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
