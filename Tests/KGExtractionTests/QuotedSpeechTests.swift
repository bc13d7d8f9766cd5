import Testing
import KGCore
import KGExtraction
import KGText

/// A direct quotation over several sentences is its speaker's throughout, and what a reported verb takes in is
/// reported by the same speaker. Every text here is made up.
@Suite struct QuotedSpeechTests {
    /// The attribution ("speaker/verb") of the assertion with this subject and relation, nil when it has none.
    static func attribution(in text: String, subject: String, relation: String) throws -> String?? {
        let assertions = try DocumentResolutionTests.assertions(text)
        let found = assertions.first { $0.subject.text == subject && $0.relation.lemma == relation }
        let assertion = try #require(found, "no \(subject) –\(relation)→ among \(assertions.map(SyntaxExtractorTests.render))")
        return .some(assertion.attribution.map { "\($0.text)/\($0.verb)" })
    }

    @Test func theSpeakerAfterTheQuotationSpeaksItsFirstSentences() throws {
        let text = "\"Russia is lying to the world. It sent troops to Crimea,\" Poroshenko said on Monday."
        #expect(try Self.attribution(in: text, subject: "Russia", relation: "lie to") == "Poroshenko/say")
        #expect(try Self.attribution(in: text, subject: "It", relation: "send") == "Poroshenko/say")
    }

    @Test func theSpeakerBeforeTheQuotationSpeaksItsLaterSentences() throws {
        let text = "Merkel told reporters: \u{201C}Germany will not recognise the annexation. We stand with Ukraine.\u{201D} Then she left."
        #expect(try Self.attribution(in: text, subject: "We", relation: "stand with") == "Merkel/tell")
    }

    @Test func theReportersOwnSentencesStayUnattributed() throws {
        // After the closing mark the reporter speaks again; an apostrophe typed as a straight quote opens nothing.
        let text = "\"Iran is ready. We will talk,\" Zarif said. Iran doesn\"t trust Washington. Then Zarif met Kerry."
        #expect(try Self.attribution(in: text, subject: "Zarif", relation: "meet") == .some(nil))
        #expect(try Self.attribution(in: text, subject: "Iran", relation: "trust") == .some(nil))
    }

    @Test func aQuotationLeftOpenGivesNoSpeaker() throws {
        let text = "\"Iran is ready to talk. Rouhani called Obama from Geneva. Nothing more was said."
        #expect(try Self.attribution(in: text, subject: "Rouhani", relation: "call") == .some(nil))
    }

    /// A wholly quoted sentence right after a quotation with a speaker goes on that quotation; its "he" is not the
    /// speaker. A sentence with its own speaker, or not wholly quoted, takes none.
    @Test func aQuotedSentenceAfterAQuotationIsItsSpeakersAndItsHeIsSomeoneElse() throws {
        let text = "Prime Minister Paul Novak toured the country. \"He did an incredible tour,\" said Craig Olsen, a commentator. "
            + "\"He has real good instincts about people.\" Novak then met the mayor of Lyon."
        #expect(try Self.attribution(in: text, subject: "He", relation: "have") == "Craig Olsen/say")
        let assertions = try DocumentResolutionTests.assertions(text)
        let has = try #require(assertions.first { $0.relation.lemma == "have" })
        #expect(has.subject.entity == "Paul Novak", "\(SyntaxExtractorTests.render(has))")
        #expect(try Self.attribution(in: text, subject: "Novak", relation: "meet") == .some(nil))
    }

    @Test func theSpeakersIInsideTheQuotationIsTheSpeaker() throws {
        let text = "\"I met Erdogan in Ankara last week. He listened,\" Juncker said."
        let assertions = try DocumentResolutionTests.assertions(text)
        let met = try #require(assertions.first { $0.relation.lemma == "meet" })
        #expect(met.subject.entity == "Juncker" || met.subject.entity == "Jean-Claude Juncker", "\(SyntaxExtractorTests.render(met))")
        #expect(met.subject.coreferent)
    }
}
