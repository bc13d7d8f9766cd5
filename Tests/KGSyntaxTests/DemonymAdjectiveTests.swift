import Testing
import KGSyntax
import KGText

/// A known demonym before a common noun or a title is an adjective whatever the tagger guessed; before another
/// capitalised word it is part of a name.
@Suite struct DemonymAdjectiveTests {
    static func words(_ text: String, forms: Set<String>) throws -> [Word] {
        var annotator = try SyntaxAnnotator.loadDefault()
        annotator.adjectiveForms = forms
        var sentences = SentenceSplitter().split(text)
        annotator.annotate(&sentences)
        return try #require(sentences.first).words
    }

    static let demonyms: Set<String> = ["Houthi", "Venezuelan", "Australian", "Armenian", "Azerbaijani", "Georgian"]

    @Test(arguments: [
        ("Houthi rebels drove out the government and took over the capital.", "Houthi", "rebels"),
        ("The Venezuelan opposition blamed the government.", "Venezuelan", "opposition"),
    ])
    func aDemonymModifiesTheNounAfterIt(_ text: String, _ demonym: String, _ noun: String) throws {
        let words = try Self.words(text, forms: Self.demonyms)
        let i = try #require(words.firstIndex { $0.form == demonym })
        let n = try #require(words.firstIndex { $0.form == noun })
        #expect(words[i].upos == "ADJ")
        #expect(words[i].xpos == "JJ")
        // The demonym modifies the noun; the noun, not the demonym, is the clause's argument.
        #expect(words[i].head == n + 1 && words[i].relation == "amod", "\(demonym) is \(words[i].relation) of word \(words[i].head)")
    }

    /// "Armenian" read as a proper noun made it the root and the verb a modifier of "forces".
    @Test(arguments: [
        "Armenian and Azerbaijani forces exchanged fire along the border.",
        "Armenian, Georgian and Azerbaijani officials met in Tbilisi.",
    ])
    func coordinatedDemonymsModifyTheNounAfterThem(_ text: String) throws {
        let words = try Self.words(text, forms: Self.demonyms)
        for i in words.indices where Self.demonyms.contains(words[i].form) {
            #expect(words[i].upos == "ADJ", "\(words[i].form) is \(words[i].upos)")
        }
        let verb = try #require(words.firstIndex { $0.form == "exchanged" || $0.form == "met" })
        #expect(words[verb].relation == "root")
    }

    @Test func aDemonymStartingANameStaysInIt() throws {
        let words = try Self.words("The church spoke to the Australian Broadcasting Corporation.", forms: Self.demonyms)
        let i = try #require(words.firstIndex { $0.form == "Australian" })
        #expect(words[i].upos == "PROPN")
    }
}
