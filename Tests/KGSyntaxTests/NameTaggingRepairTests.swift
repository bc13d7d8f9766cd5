import Testing
import KGText
@testable import KGSyntax

/// Between the entity tagger and the parser: a person found once is found again in the document
/// (`PersonNamePropagation`), and the words of names become proper nouns (`NameTagRepair`).
struct NameTaggingRepairTests {
    func sentence(_ text: String, _ tags: [String], upos: [String]? = nil) -> [Word] {
        var words = TaggerTestSupport.words(text)
        for i in words.indices {
            words[i].entity = tags[i]
            if let upos { words[i].upos = upos[i] }
        }
        return words
    }

    @Test func aSurnameAfterTheFullNameIsTaggedAPerson() {
        var document = [
            sentence("Deputy Mara Kestel said she would leave .", ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O"]),
            sentence("Kestel , who served under Priebus , agreed .", ["O", "O", "O", "O", "O", "B-PER", "O", "O", "O"]),
            sentence("Aides praised Kestel .", ["O", "O", "O", "O"]),
        ]
        PersonNamePropagation.propagate(&document)
        #expect(document[1][0].entity == "B-PER")
        #expect(document[2][2].entity == "B-PER")
    }

    @Test(arguments: [
        // A month is never the person it shares a word with.
        ("Teresa May spoke . In May , Teresa May resigned .", "May"),
        // The document writes the word in lower case too: a common word, not the surname.
        ("Tom Price spoke . Price rose , and the price fell .", "Price"),
        // Next to another capitalised untagged word: part of another name.
        ("Donald Trump spoke . Trump Tower is tall .", "Trump"),
    ])
    func wordsThatAreNotThePersonStayUntagged(text: String, word: String) {
        var words = TaggerTestSupport.words(text)
        for i in words.indices { words[i].entity = "O" }
        // The first two words are the person; everything else untagged.
        words[0].entity = "B-PER"
        words[1].entity = "I-PER"
        var document = [words]
        PersonNamePropagation.propagate(&document)
        let later = document[0].indices.dropFirst(2).filter { document[0][$0].form == word }
        #expect(!later.isEmpty)
        #expect(later.allSatisfy { document[0][$0].entity == "O" })
    }

    @Test func wordsOfAPersonBecomeProperNouns() {
        var words = sentence(
            "Attorney General Jeff Sessions told reporters .", ["O", "O", "B-PER", "I-PER", "O", "O", "O"],
            upos: ["PROPN", "ADJ", "PROPN", "NOUN", "VERB", "NOUN", "PUNCT"])
        words[3].xpos = "NNS"
        NameTagRepair.repair(&words)
        #expect(words[3].upos == "PROPN")
        #expect(words[3].xpos == "NNP")
        // Outside the name nothing changes.
        #expect(words[1].upos == "ADJ")
        #expect(words[5].upos == "NOUN")
    }

    /// A surname the tagger read as a determiner at the start of a sentence ("Trump senior adviser …", as in
    /// "trump card") is a proper noun; a real determiner the entity tagger took into a name stays one.
    @Test func aSurnameReadAsADeterminerBecomesAProperNoun() {
        var words = sentence(
            "Trump senior adviser Jared Kushner spoke .", ["B-PER", "O", "O", "B-PER", "I-PER", "O", "O"],
            upos: ["DET", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"])
        NameTagRepair.repair(&words)
        #expect(words.map(\.upos) == ["PROPN", "ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"])
        var the = sentence("The Rock spoke .", ["B-PER", "I-PER", "O", "O"], upos: ["DET", "PROPN", "VERB", "PUNCT"])
        NameTagRepair.repair(&the)
        #expect(the[0].upos == "DET")
    }

    @Test func placesAndLowerCaseWordsInsideANameAreLeftAlone() {
        var words = sentence(
            "the House of Commons in New York", ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC"],
            upos: ["DET", "NOUN", "ADP", "NOUN", "ADP", "ADJ", "PROPN"])
        NameTagRepair.repair(&words)
        #expect(words.map(\.upos) == ["DET", "NOUN", "ADP", "NOUN", "ADP", "ADJ", "PROPN"])
    }

    /// The shipped models end to end: "Sessions" is no longer the plural of "session" split from "Jeff".
    @Test func theAnnotatorParsesASurnameThatIsACommonWordAsPartOfTheName() throws {
        let annotator = try SyntaxAnnotator.loadDefault()
        var sentences = SentenceSplitter().split("Attorney General Jeff Sessions told reporters on Monday that he had seen the attacks.")
        annotator.annotate(&sentences)
        let words = try #require(sentences.first).words
        #expect(words[3].upos == "PROPN")
        #expect(words[3].lemma == "Sessions")
        let told = 4
        let subjects = words.indices.filter { words[$0].head == told + 1 && words[$0].relation.hasPrefix("nsubj") }
        #expect(subjects.count == 1)
    }
}
