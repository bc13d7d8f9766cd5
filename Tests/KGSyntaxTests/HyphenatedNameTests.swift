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
    ])
    func theSyllableAfterTheHyphenIsPartOfTheName(_ text: String, _ syllable: String) throws {
        let words = try Self.words(text)
        let i = try #require(words.firstIndex { $0.form == syllable })
        #expect(words[i].upos == "PROPN")
        // The name's words hang together: the syllable is neither a clause's subject nor its object.
        #expect(!["nsubj", "obj", "root"].contains(words[i].relation), "\(syllable) is \(words[i].relation)")
    }

    @Test(arguments: [
        ("The New York-based firm sued Apple.", "based"),
        ("Officials praised the Saudi Arabia-led coalition.", "led"),
    ])
    func hyphenatedModifiersAreNotNames(_ text: String, _ word: String) throws {
        let words = try Self.words(text)
        let i = try #require(words.firstIndex { $0.form == word })
        #expect(words[i].upos != "PROPN")
    }
}
