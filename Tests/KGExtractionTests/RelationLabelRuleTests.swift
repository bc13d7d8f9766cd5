import Testing
import KGCore
import KGExtraction
import KGSyntax
import KGText

/// Rules that name EWT 2.16's relations fire: `obl:unmarked` (once `obl:tmod`/`obl:npmod`, which the parser never
/// emits) and `flat` (once `flat:name`).
@Suite struct RelationLabelRuleTests {
    static let pipeline: (SyntaxAnnotator, SyntaxExtractor)? = {
        guard let gazetteer = try? Gazetteer.bundled(), let annotator = try? SyntaxAnnotator.loadDefault(for: gazetteer) else { return nil }
        return (annotator, SyntaxExtractor(gazetteer: gazetteer, caseProfile: annotator.entityTagger?.caseProfile))
    }()

    static func parsed(_ text: String) throws -> Sentence {
        let (annotator, _) = try #require(pipeline)
        var sentences = SentenceSplitter().split(text)
        annotator.annotate(&sentences)
        return try #require(sentences.first)
    }

    /// Made-up sentences with a bare noun phrase of time; the phrase must become an argument of the tuple.
    @Test(arguments: [
        ("Russia attacked the city last week.", "last week"),
        ("The ministers met in Paris this morning.", "this morning"),
        ("France will send more troops next year.", "next year"),
    ])
    func unmarkedObliquesBecomeArguments(text: String, phrase: String) throws {
        let (_, extractor) = try #require(Self.pipeline)
        let sentence = try Self.parsed(text)
        let head = try #require(sentence.words.lastIndex { phrase.hasSuffix($0.form) })
        #expect(sentence.words[head].dependencyRelation == .oblUnmarked, "parse: \(sentence.words.map { "\($0.form)/\($0.relation)" })")
        let tuples = extractor.tuples(in: sentence)
        #expect(tuples.contains { $0.arguments.contains(phrase) }, "\(tuples.map { "\($0.relation) \($0.arguments)" })")
    }

    @Test func flatNamesAfterATitleAreOneName() throws {
        let (annotator, extractor) = try #require(Self.pipeline)
        let text = "Foreign Minister Sergei Lavrov criticized Poland."
        var document = Document(info: DocumentInfo(id: "t", sourcePath: "-", contentHash: ""), text: text)
        document.sentences = SentenceSplitter().split(text)
        annotator.annotate(&document.sentences)
        let words = try #require(document.sentences.first).words
        #expect(words.contains { $0.form == "Lavrov" && $0.dependencyRelation == .flat })
        let subjects = extractor.extractAssertions(from: document).map { $0.subject.entity ?? $0.subject.text }
        #expect(subjects.contains("Sergei Lavrov"), "\(subjects)")
    }
}
