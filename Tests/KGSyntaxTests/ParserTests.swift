import Foundation
import KGTestSupport
import KGText
import Testing
@testable import KGSyntax

/// Behaviour of the bundled model, the model file and the trainer.
struct ParserTests {
    private static func sentence(_ tagged: [(String, String, String)]) -> Sentence {
        let words = tagged.map { Word(form: $0.0, upos: $0.1, xpos: $0.2, span: .init(start: 0, end: 0)) }
        return Sentence(index: 0, span: .init(start: 0, end: 0), text: "", words: words)
    }

    @Test func bundledModelParsesASimpleClause() throws {
        let parser = try DependencyParser.loadDefault()
        var sentence = Self.sentence([
            ("The", "DET", "DT"), ("United", "PROPN", "NNP"), ("States", "PROPN", "NNP"),
            ("sanctioned", "VERB", "VBD"), ("Russia", "PROPN", "NNP"), (".", "PUNCT", "."),
        ])
        parser.parse(&sentence)
        let words = sentence.words
        #expect(ParserTestSupport.isTree(words))
        #expect(words[3].head == 0 && words[3].relation == "root")
        #expect(words[2].head == 4 && words[2].relation == "nsubj")
        #expect(words[4].head == 4 && words[4].relation == "obj")
        #expect(words[5].head == 4 && words[5].relation == "punct")
        #expect(words[0].head == 3 && words[0].relation == "det")
    }

    @Test func bundledModelAlwaysBuildsOneTree() throws {
        let parser = try DependencyParser.loadDefault()
        let cases: [[(String, String, String)]] = [
            [("Hello", "INTJ", "UH")],
            [(".", "PUNCT", "."), (".", "PUNCT", "."), (".", "PUNCT", ".")],
            [("Russia", "PROPN", "NNP"), ("Ukraine", "PROPN", "NNP"), ("talks", "NOUN", "NNS"),
             ("stall", "VERB", "VBP"), ("again", "ADV", "RB"), ("and", "CCONJ", "CC"), ("again", "ADV", "RB")],
            [("odd", "", ""), ("tags", "X", "_"), ("here", "", "")],
        ]
        for tagged in cases {
            var sentence = Self.sentence(tagged)
            parser.parse(&sentence)
            #expect(ParserTestSupport.isTree(sentence.words), "\(tagged.map(\.0))")
        }
        var empty = Self.sentence([])
        parser.parse(&empty)
        #expect(empty.words.isEmpty)
    }

    @Test func saveAndLoadRoundTripGivesIdenticalParses() throws {
        let training = try ParserTestSupport.tinySentences()
        let parser = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: training)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parser-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.kgdp"), second = folder.appendingPathComponent("b.kgdp")
        try parser.save(to: first)
        let loaded = try DependencyParser.load(from: first, checkingLabels: false)
        try loaded.save(to: second)
        let reloaded = try DependencyParser.load(from: second, checkingLabels: false)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        var a = training, b = training
        loaded.parse(&a)
        reloaded.parse(&b)
        #expect(a == b)
        // Quantisation must not change what the tiny model learned.
        var c = training
        parser.parse(&c)
        #expect(a.map { $0.words.map(\.head) } == c.map { $0.words.map(\.head) })
    }

    /// Word classes are stored in the model file and read back, so the parser sees the classes it was trained
    /// with; they are features (a model trained with them differs), and a file without them still loads.
    @Test func wordClassesTravelWithTheModel() throws {
        let training = try ParserTestSupport.tinySentences()
        let clusters = WordClusters.build(sentences: training.map { $0.words.map(\.form) }, minimumCount: 1, coarse: 4, fine: 8)
        #expect(clusters.count > 0)
        let parser = try ParserTrainer(options: ParserTestSupport.tinyOptions, clusters: clusters).train(on: training)
        let plain = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: training)
        #expect(parser.model.clusters == clusters)
        #expect(plain.model.clusters == nil)
        #expect(parser.model.serialized() != plain.model.serialized())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parser-classes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("p.kgdp"), plainURL = folder.appendingPathComponent("q.kgdp")
        try parser.save(to: url)
        try plain.save(to: plainURL)
        let loaded = try DependencyParser.load(from: url, checkingLabels: false)
        #expect(loaded.model.clusters == clusters)
        #expect(try DependencyParser.load(from: plainURL, checkingLabels: false).model.clusters == nil)
        // A version 2 file (before word classes: no flag byte after the training byte) reads as the same model.
        var old = plain.model.serialized()
        old[4] = 2
        let flag = 16 + plain.model.labels.reduce(0) { $0 + 2 + $1.utf8.count } + 4 + 1
        #expect(old[flag] == 0)
        old.remove(at: flag)
        let oldURL = folder.appendingPathComponent("v2.kgdp")
        try Data(old).write(to: oldURL)
        #expect(try DependencyParser.load(from: oldURL, checkingLabels: false).model
            == DependencyParser.load(from: plainURL, checkingLabels: false).model)
        var a = training, b = training
        parser.parse(&a)
        loaded.parse(&b)
        #expect(a.map { $0.words.map(\.head) } == b.map { $0.words.map(\.head) })
        #expect(ParserEvaluation.evaluate(loaded, on: training).las == 100)
    }

    @Test func trainingIsDeterministicForASeed() throws {
        let training = try ParserTestSupport.tinySentences()
        let one = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: training)
        let two = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: training)
        #expect(one.model.serialized() == two.model.serialized())
        var other = ParserTestSupport.tinyOptions
        other.seed = 8
        let three = try ParserTrainer(options: other).train(on: training)
        #expect(one.model.serialized() != three.model.serialized())
    }

    @Test func tinyModelLearnsItsTrainingTrees() throws {
        let training = try ParserTestSupport.tinySentences()
        let parser = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: training)
        let score = ParserEvaluation.evaluate(parser, on: training)
        #expect(score.las == 100, "\(score)")
    }

    @Test func rejectsCorruptModelFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parser-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let garbage = folder.appendingPathComponent("garbage.kgdp")
        try Data("not a model".utf8).write(to: garbage)
        #expect(throws: ParserError.self) { try DependencyParser.load(from: garbage) }

        let training = try ParserTestSupport.tinySentences()
        let parser = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: training)
        let bytes = parser.model.serialized()
        let truncated = folder.appendingPathComponent("truncated.kgdp")
        try Data(bytes.prefix(bytes.count - 9)).write(to: truncated)
        #expect(throws: ParserError.self) { try DependencyParser.load(from: truncated) }
        #expect(throws: ParserError.self) { try DependencyParser.load(from: folder.appendingPathComponent("missing")) }
    }

    @Test func jackknifingRetagsButKeepsTheTrees() throws {
        let gold = try ParserTestSupport.tinySentences()
        let retagged = ParserTrainingData.jackknifeTags(gold, folds: 2, trainer: TaggerTrainer(epochs: 2, seed: 1))
        #expect(retagged.count == gold.count)
        for (a, b) in zip(retagged, gold) {
            #expect(a.words.map(\.form) == b.words.map(\.form))
            #expect(a.words.map(\.head) == b.words.map(\.head))
            #expect(a.words.map(\.relation) == b.words.map(\.relation))
            #expect(a.words.allSatisfy { !$0.upos.isEmpty && !$0.xpos.isEmpty })
        }
    }

    @Test func trainerRejectsDataWithoutTrees() throws {
        let untagged = try CoNLLU.parse("1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n", path: "x")
        #expect(throws: ParserError.self) { try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: untagged) }
    }

    @Test(SharedData.required(.ud))
    func accuracyFloorOnEWTDevWithGoldTags() throws {
        let text = try String(contentsOf: SharedData.url("ud/en_ewt-ud-dev.conllu"), encoding: .utf8)
        let gold = Array(try CoNLLU.parse(text, path: "en_ewt-ud-dev.conllu").prefix(300))
        let score = ParserEvaluation.evaluate(try DependencyParser.loadDefault(), on: gold)
        #expect(score.uas >= 84, "\(score)")
        #expect(score.las >= 81, "\(score)")
    }
}
