import KGCore
import KGPipeline
import KGText
import Testing

/// A page's sharing buttons, scraped as text, are no one: the people they would make ("Whatsapp Tumblr") took the
/// pronouns of the sentences after them.
@Suite struct ShareBarTests {
    static let pipeline = Result { try Pipeline() }

    static func document(_ text: String) -> Document {
        Document(info: DocumentInfo(id: "share", sourcePath: "-", contentHash: ""), text: text)
    }

    @Test func aShareBarIsNoSentencesWords() throws {
        let pipeline = try Self.pipeline.get()
        let text = "Merkel met Macron in Paris. Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg reddit "
            + "Newsvine Permalink http://dw.com/p/2Z3Qm He said he would help Greece."
        let (annotated, assertions) = pipeline.process(Self.document(text))
        let forms = annotated.sentences.flatMap { $0.words.map(\.form) }
        #expect(!forms.contains("Tumblr") && !forms.contains("Permalink") && forms.contains("Greece"), "\(forms)")
        #expect(!assertions.contains { [$0.subject.entity, $0.object?.entity].contains { $0?.contains("Permalink") == true } })
        // The sentence text is the article's, spans and all.
        #expect(annotated.sentences.map(\.text).joined(separator: " ").contains("Whatsapp Tumblr"))
    }

    /// Three button names are a sentence's words ("shared it on Facebook, Twitter and Reddit").
    @Test func fewButtonNamesStay() throws {
        let pipeline = try Self.pipeline.get()
        let (annotated, _) = pipeline.process(Self.document("She shared it on Facebook Twitter Reddit yesterday."))
        #expect(annotated.sentences.flatMap { $0.words.map(\.form) }.contains("Twitter"))
    }
}
