import Foundation
import KGCore
import KGText
import Testing

@testable import KGSyntax

@Suite("Lemmatizer")
struct LemmatizerTests {
    @Test(arguments: [
        ("sanctions", "NOUN", "NNS", "sanction"),
        ("sanctioned", "VERB", "VBD", "sanction"),
        ("was", "AUX", "VBD", "be"),
        ("Was", "AUX", "VBD", "be"),
        ("accused", "VERB", "VBD", "accuse"),
        ("children", "NOUN", "NNS", "child"),
        ("better", "ADJ", "JJR", "good"),
        ("The", "DET", "DT", "the"),
        ("Russia", "PROPN", "NNP", "Russia"),
        ("went", "VERB", "VBD", "go"),
        ("mice", "NOUN", "NNS", "mouse"),
        ("running", "VERB", "VBG", "run"),
        ("countries", "NOUN", "NNS", "country"),
        ("n't", "PART", "RB", "not"),
        ("him", "PRON", "PRP", "he"),
        ("Sanctions", "NOUN", "NNS", "sanction"),
        ("geolocated", "VERB", "VBD", "geolocate"),
        ("blorfs", "NOUN", "NNS", "blorf"),
        ("n’t", "PART", "RB", "not"),
        ("O’Brien", "PROPN", "NNP", "O'Brien"),  // the treebanks spell lemmas in ASCII ("’s" → "'s")
        ("“", "PUNCT", "``", "\""),
        ("Zürich", "PROPN", "NNP", "Zürich"),
        ("cafés", "NOUN", "NNS", "café"),
        ("", "X", "XX", ""),
    ])
    func bundledModelLemmatizes(form: String, upos: String, xpos: String, lemma: String) throws {
        let lemmatizer = try Lemmatizer.loadDefault()
        #expect(lemmatizer.lemma(of: form, upos: upos, xpos: xpos) == lemma)
    }

    @Test func lemmatizesTaggedWordsInPlace() throws {
        let tagger = try PartOfSpeechTagger.loadDefault()
        let lemmatizer = try Lemmatizer.loadDefault()
        var words = TaggerTestSupport.words("The children were accused of taking sanctions .")
        tagger.tag(&words)
        lemmatizer.lemmatize(&words)
        #expect(words.map(\.lemma) == ["the", "child", "be", "accuse", "of", "take", "sanction", "."])
    }

    @Test(arguments: [
        ("sanctions", "sanction", EditScript(lowercase: true, strip: 1, append: "")),
        ("Children", "child", EditScript(lowercase: true, strip: 3, append: "")),
        ("Russia", "Russia", EditScript(lowercase: false, strip: 0, append: "")),
        ("was", "be", EditScript(lowercase: true, strip: 3, append: "be")),
        ("cities", "city", EditScript(lowercase: true, strip: 3, append: "y")),
    ])
    func editScriptsRoundTrip(form: String, lemma: String, script: EditScript) {
        #expect(EditScript.between(form: form, lemma: lemma) == script)
        #expect(script.apply(to: form) == lemma)
    }

    @Test func scriptLongerThanTheFormDoesNotApply() {
        #expect(EditScript(lowercase: true, strip: 5, append: "x").apply(to: "abc") == nil)
    }

    @Test func savedModelLoadsWithIdenticalLemmas() throws {
        let lemmatizer = LemmatizerTrainer().train(on: TaggerTestSupport.tinyTreebank)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lemmatizer-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try lemmatizer.save(to: url)
        let loaded = try Lemmatizer.load(from: url)
        #expect(loaded.encoded() == lemmatizer.encoded())
        for (form, upos, xpos) in [("cities", "NOUN", "NNS"), ("walked", "VERB", "VBD"), ("Were", "AUX", "VBD")] {
            #expect(loaded.lemma(of: form, upos: upos, xpos: xpos) == lemmatizer.lemma(of: form, upos: upos, xpos: xpos))
        }
    }

    @Test func trainingTwiceGivesByteIdenticalModels() {
        let first = LemmatizerTrainer().train(on: TaggerTestSupport.tinyTreebank).encoded()
        let second = LemmatizerTrainer().train(on: TaggerTestSupport.tinyTreebank).encoded()
        #expect(first == second)
    }

    @Test func learnsIrregularFormsFromTrainingData() {
        let lemmatizer = LemmatizerTrainer().train(on: TaggerTestSupport.tinyTreebank)
        #expect(lemmatizer.lemma(of: "children", upos: "NOUN", xpos: "NNS") == "child")
        #expect(lemmatizer.lemma(of: "Children", upos: "NOUN", xpos: "NNS") == "child")
        #expect(lemmatizer.lemma(of: "were", upos: "AUX", xpos: "VBD") == "be")
        #expect(lemmatizer.lemma(of: "better", upos: "ADJ", xpos: "JJR") == "good")
    }
}
