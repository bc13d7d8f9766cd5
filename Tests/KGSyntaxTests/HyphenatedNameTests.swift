import Testing
import KGSyntax
import KGText

/// Hyphenated given names stay one name through tagging and parsing; hyphenated modifiers are left alone.
@Suite struct HyphenatedNameTests {
    static func words(_ text: String) throws -> [Word] {
        var sentences = SentenceSplitter().split(text)
        try SyntaxAnnotator.loadDefault().annotate(&sentences)
        return try #require(sentences.first).words
    }

    @Test(arguments: [
        ("Former UN chief Ban Ki-moon met the envoy in Seoul.", "moon"),
        ("The court jailed Lee Jae-yong for bribery.", "yong"),
        ("Prosecutors questioned Park Geun-hye on Tuesday.", "hye"),
        ("President Moon Jae-in visited Tokyo.", "in"),
        // A first syllable that is an English word ("soon") is part of the name too.
        ("Choi Soon-sil, a confidant of the president, denied all charges.", "sil"),
        ("Choi Soon-sil, a confidant of the president, denied all charges.", "Soon"),
    ])
    func theSyllableAfterTheHyphenIsPartOfTheName(_ text: String, _ syllable: String) throws {
        let words = try Self.words(text)
        let i = try #require(words.firstIndex { $0.form == syllable })
        #expect(words[i].upos == "PROPN")
        // The name's words hang together: the syllable is neither a clause's subject nor its object.
        #expect(!["nsubj", "obj", "root"].contains(words[i].relation), "\(syllable) is \(words[i].relation)")
    }

    /// The whole name is a person's for the entity tagger, which read "Choi Soon-sil" as a place.
    @Test(arguments: ["Choi Soon-sil, a confidant of the president, denied all charges.", "Prosecutors questioned Park Geun-hye on Tuesday."])
    func aHyphenatedNameIsAPerson(_ text: String) throws {
        let words = try Self.words(text)
        let start = try #require(words.firstIndex { $0.form == "Choi" || $0.form == "Park" })
        #expect(words[start...(start + 3)].map(\.entity) == ["B-PER", "I-PER", "I-PER", "I-PER"])
    }

    @Test(arguments: [
        ("The New York-based firm sued Apple.", "based"),
        ("Officials praised the Saudi Arabia-led coalition.", "led"),
        ("Britain Self-rule ended in 1947.", "rule"),
    ])
    func hyphenatedModifiersAreNotNames(_ text: String, _ word: String) throws {
        let words = try Self.words(text)
        let i = try #require(words.firstIndex { $0.form == word })
        #expect(words[i].upos != "PROPN")
    }
}
