import Testing
import KGCore
import KGExtraction
import KGText

@Suite struct BaselineExtractorTests {
    let extractor: BaselineExtractor

    init() throws {
        extractor = BaselineExtractor(gazetteer: try Gazetteer.bundled())
    }

    private func assertions(_ text: String) -> [Assertion] {
        var document = Document(info: DocumentInfo(id: "t", sourcePath: "-", contentHash: ""), text: text)
        document.sentences = SentenceSplitter().split(text)
        return extractor.extractAssertions(from: document)
    }

    @Test(arguments: [
        ("US sanctions Russia over Iranian drones", "United States", "sanction", "Russia"),
        ("Moscow condemned Washington.", "Russia", "condemn", "United States"),
        ("The Kremlin accused Kiev of shelling.", "Russia", "accuse", "Ukraine"),
        ("Britain will impose sanctions on Iran.", "United Kingdom", "sanction", "Iran"),
        ("Tehran has been supplying Moscow.", "Iran", "supply", "Russia"),
    ])
    func findsTheVerbBetweenTwoActors(sentence: String, subject: String, relation: String, object: String) throws {
        let found = assertions(sentence)
        let first = try #require(found.first)
        #expect(first.subject.entity == subject)
        #expect(first.relation.lemma == relation)
        #expect(first.object?.entity == object)
    }

    @Test func recordsNegationAndModality() throws {
        let negated = try #require(assertions("Iran did not send drones to Russia.").first)
        #expect(negated.relation.negated)
        #expect(negated.relation.lemma == "send")
        let modal = try #require(assertions("China may invade Taiwan.").first)
        #expect(modal.relation.modality == "may")
        #expect(!modal.relation.negated)
    }

    @Test func attributesClaimsToTheSpeaker() throws {
        let found = assertions("Washington claims Moscow has been illegally acquiring Iranian weapons.")
        #expect(found.count == 1)
        let claim = try #require(found.first)
        #expect(claim.subject.entity == "Russia")
        #expect(claim.relation.lemma == "acquire")
        #expect(claim.object?.entity == "Iran")
        #expect(claim.attribution?.entity == "United States")
        #expect(claim.attribution?.verb == "claim")
    }

    @Test func offsetsPointAtTheWordsInTheText() throws {
        let text = "Intro line.\nMoscow condemned Washington."
        let found = try #require(assertions(text).first)
        let scalars = Array(text.unicodeScalars)
        let subject = String(String.UnicodeScalarView(scalars[found.subject.start..<found.subject.end]))
        #expect(subject == "Moscow")
        let object = try #require(found.object)
        #expect(String(String.UnicodeScalarView(scalars[object.start..<object.end])) == "Washington")
        #expect(found.sentenceIndex == 1)
    }

    @Test func ignoresSentencesWithFewerThanTwoActorsOrOneActorTwice() {
        #expect(assertions("Russia is large.").isEmpty)
        #expect(assertions("Moscow said Russia would respond.").isEmpty)
        #expect(assertions("The weather was fine on Friday.").isEmpty)
    }

    @Test func rejectsMalformedGazetteerLines() {
        #expect(throws: GazetteerError.self) {
            _ = try Gazetteer(tsv: "Russia\tRussia\tnation\tname\n")
        }
    }
}
