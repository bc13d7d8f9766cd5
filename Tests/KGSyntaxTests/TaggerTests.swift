import Foundation
import KGCore
import KGTestSupport
import KGText
import Testing

@testable import KGSyntax

@Suite("Part-of-speech tagger")
struct TaggerTests {
    @Test func bundledModelTagsANewsSentence() throws {
        let tagger = try PartOfSpeechTagger.loadDefault()
        var words = TaggerTestSupport.words("The United States sanctioned Russia .")
        tagger.tag(&words)
        // EWT's convention: the "United" of names is ADJ/NNP (all 81 times in train), "States" PROPN/NNPS.
        #expect(words.map(\.upos) == ["DET", "ADJ", "PROPN", "VERB", "PROPN", "PUNCT"])
        #expect(words.map(\.xpos) == ["DT", "NNP", "NNPS", "VBD", "NNP", "."])
    }

    @Test func tagsASentenceInPlace() throws {
        let tagger = try PartOfSpeechTagger.loadDefault()
        var sentence = Sentence(index: 0, span: TextSpan(start: 0, end: 0), text: "",
                                words: TaggerTestSupport.words("She has two children and they are happy ."))
        tagger.tag(&sentence)
        #expect(sentence.words.map(\.upos) == ["PRON", "VERB", "NUM", "NOUN", "CCONJ", "PRON", "AUX", "ADJ", "PUNCT"])
    }

    @Test func readsTypographicPunctuationLikeASCII() throws {
        let tagger = try PartOfSpeechTagger.loadDefault()
        var curly = TaggerTestSupport.words("“ I do n’t know , ” she said — twice .")
        var ascii = TaggerTestSupport.words("\" I do n't know , \" she said -- twice .")
        tagger.tag(&curly)
        tagger.tag(&ascii)
        #expect(curly.map(\.xpos) == ascii.map(\.xpos))
        #expect(curly[3].upos == "PART")
        #expect(curly.map(\.form)[3] == "n’t")
    }

    @Test func oddFormsGetTagsWithoutTrouble() throws {
        let tagger = try PartOfSpeechTagger.loadDefault()
        let long = String(repeating: "a", count: 5000)
        var words = TaggerTestSupport.words("Zürich ☃ \(long) 3.5 https://example.com/a?b=c") + [Word(form: "", span: TextSpan(start: 0, end: 0))]
        tagger.tag(&words)
        #expect(words.allSatisfy { !$0.upos.isEmpty && !$0.xpos.isEmpty })
        #expect(words[3].upos == "NUM")
        var city = TaggerTestSupport.words("She moved to Zürich last year .")
        tagger.tag(&city)
        #expect(city[3].upos == "PROPN")
    }

    @Test func emptySentenceIsLeftAlone() throws {
        let tagger = try PartOfSpeechTagger.loadDefault()
        var words: [Word] = []
        tagger.tag(&words)
        #expect(words.isEmpty)
    }

    @Test func savedModelLoadsWithIdenticalPredictions() throws {
        let tagger = TaggerTrainer(epochs: 3, seed: 7, dictionaryMinimumCount: 3)
            .train(on: TaggerTestSupport.tinyTreebank)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try tagger.save(to: url)
        let loaded = try PartOfSpeechTagger.load(from: url, checkingLabels: false)
        #expect(loaded.encoded() == tagger.encoded())
        for sentence in TaggerTestSupport.tinyTreebank + [CoNLLUSentence(words: TaggerTestSupport.words("Unseen words tag too ."))] {
            #expect(loaded.predictClasses(sentence.words) == tagger.predictClasses(sentence.words))
        }
    }

    /// The word classes a tagger was trained with are stored in its file once and read back into every pass,
    /// so loaded weights always meet their own classes; the bundled tagger has them.
    @Test func wordClassesAreStoredWithTheTagger() throws {
        let clusters = WordClusters.build(sentences: WordClusterTests.corpus, minimumCount: 1, coarse: 2, fine: 6)
        var trainer = TaggerTrainer(epochs: 3, seed: 7, dictionaryMinimumCount: 3, clusters: clusters)
        trainer.folds = 2
        let tagger = trainer.train(on: TaggerTestSupport.tinyTreebank)
        let loaded = try TaggerTestSupport.roundTrip(tagger)
        #expect(loaded.encoded() == tagger.encoded())
        #expect(loaded.stages.count == 2)
        for stage in loaded.stages { #expect(stage.clusters?.keys == clusters.keys) }
        let words = TaggerTestSupport.words("The minister left Vienna on Sunday .")
        #expect(loaded.predictClasses(words) == tagger.predictClasses(words))
        let plain = TaggerTrainer(epochs: 3, seed: 7, dictionaryMinimumCount: 3).train(on: TaggerTestSupport.tinyTreebank)
        #expect(try TaggerTestSupport.roundTrip(plain).clusters == nil)
        #expect(plain.encoded().count < tagger.encoded().count)
        #expect(try PartOfSpeechTagger.loadDefault().clusters != nil)
    }

    /// Members averaged into one table: the mean of a model with itself tags as the model does, and an ensemble
    /// of two seeds is one pass that round-trips and learns its training data.
    @Test func ensembleMembersAverageIntoOneModel() throws {
        let single = TaggerTrainer(epochs: 3, seed: 7, dictionaryMinimumCount: 1000).train(on: TaggerTestSupport.tinyTreebank)
        let stage = try #require(single.stages.first)
        var doubled = stage
        doubled.weights = .mean(of: [stage.weights, stage.weights], minimumWeight: 0.01)
        let words = TaggerTestSupport.words("The dogs sat on Paris .")
        #expect(doubled.predict(words, lookahead: []) == stage.predict(words, lookahead: []))
        var trainer = TaggerTrainer(epochs: 3, seed: 7, dictionaryMinimumCount: 1000)
        trainer.ensemble = 2
        let ensemble = trainer.train(on: TaggerTestSupport.tinyTreebank)
        #expect(ensemble.stages.count == 1)
        #expect(try TaggerTestSupport.roundTrip(ensemble).encoded() == ensemble.encoded())
        #expect(TaggingEvaluator.evaluate(TaggerTestSupport.tinyTreebank, tagger: ensemble).jointAccuracy > 95)
    }

    @Test func trainingTwiceGivesByteIdenticalModels() {
        let trainer = TaggerTrainer(epochs: 4, seed: 42, dictionaryMinimumCount: 3)
        let first = trainer.train(on: TaggerTestSupport.tinyTreebank).encoded()
        let second = trainer.train(on: TaggerTestSupport.tinyTreebank).encoded()
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func twoPassModelRoundTripsAndFeedsTheFirstPassForward() throws {
        var trainer = TaggerTrainer(epochs: 3, seed: 3, dictionaryMinimumCount: 1000)
        trainer.folds = 2
        let tagger = trainer.train(on: TaggerTestSupport.tinyTreebank)
        #expect(tagger.stages.count == 2)
        #expect(tagger.stages[0].reversed != tagger.stages[1].reversed)
        let loaded = try TaggerTestSupport.roundTrip(tagger)
        #expect(loaded.encoded() == tagger.encoded())
        let words = TaggerTestSupport.words("The dogs sat on Paris .")
        #expect(loaded.predictClasses(words) == tagger.predictClasses(words))
    }

    @Test func trainedModelLearnsItsTrainingData() {
        let tagger = TaggerTrainer(epochs: 5, seed: 1, dictionaryMinimumCount: 1000)
            .train(on: TaggerTestSupport.tinyTreebank)
        let scores = TaggingEvaluator.evaluate(TaggerTestSupport.tinyTreebank, tagger: tagger)
        #expect(scores.jointAccuracy > 95)
    }

    @Test func refusesFilesThatAreNotTaggerModels() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-model-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("hello, this is text".utf8).write(to: url)
        #expect(throws: SyntaxModelError.self) { try PartOfSpeechTagger.load(from: url) }

        let tagger = TaggerTrainer(epochs: 1).train(on: TaggerTestSupport.tinyTreebank)
        let bytes = tagger.encoded()
        try Data(bytes.prefix(bytes.count - 3)).write(to: url)
        #expect(throws: SyntaxModelError.self) { try PartOfSpeechTagger.load(from: url) }
        #expect(throws: SyntaxModelError.self) {
            try PartOfSpeechTagger.load(from: url.appendingPathExtension("missing"))
        }
    }

    @Test(SharedData.required(.ud))
    func bundledModelAccuracyOnEWTDevelopmentSample() throws {
        let sentences = try TaggerTestSupport.sentences(of: "en_ewt-ud-dev.conllu", first: 300)
        let scores = TaggingEvaluator.evaluate(sentences, tagger: try PartOfSpeechTagger.loadDefault(),
                                               lemmatizer: try Lemmatizer.loadDefault())
        #expect(scores.words > 3000)
        #expect(scores.uposAccuracy >= 93.0, "UPOS \(scores.uposAccuracy)")
        #expect(scores.xposAccuracy >= 92.5, "XPOS \(scores.xposAccuracy)")
        #expect(scores.lemmaAccuracy >= 95.0, "lemma \(scores.lemmaAccuracy)")
    }
}
