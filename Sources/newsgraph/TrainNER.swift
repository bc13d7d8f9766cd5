import ArgumentParser
import Foundation
import KGExtraction
import KGSyntax
import KGText

/// `newsgraph train ner`: trains the named-entity tagger on Universal NER IOB2 files (train only; dev picks the
/// epoch) over the bundled POS tagger's XPOS tags, and writes `ner.bin`.
struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity tagger on Universal NER IOB2 files (deterministic, fixed seed).",
        discussion: """
            Example: newsgraph train ner --train ../shared/data/ner/en_ewt-uner-train.iob2 \\
                       --dev ../shared/data/ner/en_ewt-uner-dev.iob2 --output Sources/KGSyntax/Models
            """)

    @Option(help: "Training IOB2 file.")
    var train: String

    @Option(help: "Development IOB2 file; the epoch scoring best on it is kept.")
    var dev: String?

    @Option(help: "Folder to write ner.bin into.")
    var output: String = "Sources/KGSyntax/Models"

    @Option(help: "Passes over the training data.")
    var epochs: Int = 10

    @Option(help: "Seed of the shuffling generator.")
    var seed: UInt64 = 1

    @Option(help: "Drop averaged weights smaller than this (smaller file).")
    var minimumWeight: Float = 0.05

    @Option(help: "Chance that a word seen once hides its identity in a training update.")
    var rareWordDropout: Double = 0.25

    @Option(help: "Stop after this many epochs without a better dev score (0: run every epoch).")
    var patience: Int = 3

    @Option(help: "Train this many members (seeds --seed, --seed + 1, …) and average their weights into one model.")
    var ensemble: Int = 1

    @Flag(help: "Leave out the gazetteer membership features (the bundled gazetteer's lists are hashed into the model otherwise).")
    var noGazetteer = false

    @Flag(help: "Leave out the word-class features (learnt from --news and stored in the model otherwise).")
    var noClusters = false

    @Option(name: .customLong("news"), help: ArgumentHelp(
        "Unlabeled news as JSON Lines with a `text` field (repeatable); how it capitalises each word becomes a feature.",
        discussion: "The bundled model uses ../shared/data/news/newsarticles-2017 and reuters21578 (articles.jsonl)."))
    var news: [String] = []

    @Option(help: ArgumentHelp(
        "Gold-tagged CoNLL-U treebank of the training file's sentences (UD EWT train for Universal NER EWT).",
        discussion: "With --jackknife K, those sentences are tagged by K taggers each trained on the other folds, as the bundled tagger would tag unseen text, instead of by the bundled tagger, which saw them in training."))
    var treebank: String?

    @Option(help: "With --treebank: the number of jackknife folds (0: tag everything with the bundled tagger).")
    var jackknife: Int = 0

    func validate() throws {
        guard jackknife == 0 || (2...50).contains(jackknife) else {
            throw ValidationError("--jackknife must be 0 or between 2 and 50")
        }
        guard jackknife == 0 || treebank != nil else { throw ValidationError("--jackknife needs --treebank") }
        guard patience >= 0 else { throw ValidationError("--patience must not be negative") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard (1...9).contains(ensemble) else { throw ValidationError("--ensemble must be between 1 and 9") }
        guard minimumWeight >= 0 else { throw ValidationError("--minimum-weight must not be negative") }
        guard (0...1).contains(rareWordDropout) else { throw ValidationError("--rare-word-dropout must be within 0...1") }
    }

    func run() throws {
        let tagger = try PartOfSpeechTagger.loadDefault()
        func read(_ path: String) throws -> [[Word]] {
            var sentences = try EntityCorpus.read(path: path)
            for i in sentences.indices { tagger.tag(&sentences[i]) }
            return sentences
        }
        var training = try read(train)
        if let treebank, jackknife > 0 {
            let retagged = try Self.jackknifedTags(treebank: treebank, folds: jackknife, clusters: tagger.clusters)
            var matched = 0
            for i in training.indices {
                guard let tags = retagged[training[i].map(\.form)] else { continue }
                for j in training[i].indices {
                    training[i][j].upos = tags[j].upos
                    training[i][j].xpos = tags[j].xpos
                }
                matched += 1
            }
            Terminal.write("jackknifed tags for \(matched) of \(training.count) training sentences (the rest keep the bundled tagger's)\n")
        }
        let development = try dev.map(read) ?? []
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let newsSentences = news.isEmpty ? [] : try UnlabeledNews.sentences(news)
        let profile = news.isEmpty ? nil : CaseProfile.build(sentences: newsSentences)
        if let profile { Terminal.write("case profile: \(profile.count) words from \(news.count) news files\n") }
        let clusters = news.isEmpty || noClusters ? nil : WordClusters.build(sentences: newsSentences) { pass in
            Terminal.write(String(format: "word classes (%d): pass %d moved %d, log-likelihood per token %.4f\n",
                                  pass.classCount, pass.pass, pass.moved, pass.logLikelihoodPerToken))
        }
        if let clusters { Terminal.write("word classes: \(clusters.count) words\n") }
        let gazetteer = noGazetteer ? nil : NamedEntityGazetteer(gazetteer: try Gazetteer.bundled())
        if let gazetteer {
            Terminal.write("gazetteer: \(gazetteer.count) phrases in \(gazetteer.listNames.count) lists (\(gazetteer.listNames.joined(separator: ", ")))\n")
        }
        let trainer = NamedEntityTrainer(epochs: epochs, seed: seed, minimumWeight: minimumWeight,
                                         rareWordDropout: rareWordDropout, profile: profile, gazetteer: gazetteer,
                                         patience: patience, clusters: clusters, ensemble: ensemble)
        let model = trainer.train(on: training, development: development) { report in
            var line = report.epoch == 0 ? "\(report.stage)  weights \(report.weightCount)"
                : report.stage + String(format: " epoch %2d  train accuracy %.4f  weights %d", report.epoch,
                                        report.trainingAccuracy, report.weightCount)
            if let dev = report.development { line += String(format: "  dev F1 %.4f", dev.overall.f1) }
            Terminal.write(line + "\n")
        }
        let url = folder.appendingPathComponent(NamedEntityTagger.defaultModelName)
        try model.save(to: url)
        Terminal.write("wrote \(url.path)\n")
    }

    /// The treebank's sentences tagged by `folds` single-member taggers, each trained (with the bundled tagger's
    /// word classes) on the other folds, keyed by their word forms.
    static func jackknifedTags(treebank path: String, folds: Int, clusters: WordClusters?) throws
        -> [[String]: [(upos: String, xpos: String)]] {
        let gold = try TrainTagger.readTreebank(path)
        let tagged = ParserTrainingData.jackknifeTags(gold, folds: folds, trainer: TaggerTrainer(clusters: clusters)) {
            Terminal.write("jackknife fold \($0)/\(folds) tagged\n")
        }
        var byForms: [[String]: [(upos: String, xpos: String)]] = [:]
        for sentence in tagged {
            byForms[sentence.words.map(\.form)] = sentence.words.map { ($0.upos, $0.xpos) }
        }
        return byForms
    }
}
