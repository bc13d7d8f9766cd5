import Foundation
import Testing
import KGCore
import KGText
@testable import KGSyntax

/// Labels as types: the enums match the bundled models, and a model that cannot emit a label is refused at load.
struct LabelTests {
    @Test func bundledParserEmitsExactlyTheRelationCases() throws {
        let parser = try DependencyParser.loadDefault()
        #expect(Set(parser.relations) == Set(DependencyRelation.allCases.map(\.rawValue)))
    }

    @Test func bundledTaggerAssignsExactlyTheUniversalTags() throws {
        let tagger = try PartOfSpeechTagger.loadDefault()
        #expect(Set(tagger.universalTags) == Set(UniversalPOS.allCases.map(\.rawValue)))
    }

    @Test func parserModelMissingARelationFailsToLoadNamingIt() throws {
        let parser = try ParserTrainer(options: ParserTestSupport.tinyOptions).train(on: ParserTestSupport.tinySentences())
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString).kgdp")
        defer { try? FileManager.default.removeItem(at: url) }
        try parser.save(to: url)
        #expect(!parser.relations.contains("obl:unmarked"))
        let error = #expect(throws: ParserError.self) { try DependencyParser.load(from: url) }
        #expect(error?.message.contains("'obl:unmarked'") == true)
        #expect(error?.message.contains("DependencyRelation") == true)
        #expect(try DependencyParser.load(from: url, checkingLabels: false).relations == parser.relations)
    }

    @Test func taggerModelMissingATagFailsToLoadNamingIt() throws {
        let tagger = TaggerTrainer(epochs: 1, seed: 7, dictionaryMinimumCount: 3).train(on: TaggerTestSupport.tinyTreebank)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("labels-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try tagger.save(to: url)
        #expect(!tagger.universalTags.contains("INTJ"))
        let error = #expect(throws: SyntaxModelError.self) { try PartOfSpeechTagger.load(from: url) }
        #expect(error?.message.contains("'INTJ'") == true)
    }

    @Test(arguments: [
        (DependencyRelation.nsubjPass, DependencyRelation.nsubj, true),
        (.oblUnmarked, .obl, false),
        (.flat, .flat, false),
        (.auxPass, .aux, true),
        (.case, .case, false),
    ])
    func relationsKnowTheirBaseAndPassive(relation: DependencyRelation, base: DependencyRelation, passive: Bool) {
        #expect(relation.base == base)
        #expect(relation.isPassive == passive)
    }

    @Test func wordsExposeTypedLabels() {
        var word = Word(form: "sanctions", upos: "VERB", head: 0, relation: "nsubj:pass", span: TextSpan(start: 0, end: 9))
        #expect(word.universalPOS == .verb)
        #expect(word.dependencyRelation == .nsubjPass)
        word.relation = "obl:tmod"
        #expect(word.dependencyRelation == nil)
    }
}
