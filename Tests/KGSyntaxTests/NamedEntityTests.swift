import Foundation
import Testing
import KGCore
import KGText
@testable import KGSyntax

/// The named-entity tagger: IOB2 spans, valid decoding, the bundled model, and its floor on UNER EWT.
struct NamedEntityTests {
    static let nerFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data/ner")
    static var hasUNER: Bool {
        FileManager.default.fileExists(atPath: nerFolder.appendingPathComponent("en_ewt-uner-dev.iob2").path)
    }

    @Test(arguments: [
        (["B-PER", "I-PER", "O", "B-LOC"], [EntitySpan(range: 0..<2, type: "PER"), EntitySpan(range: 3..<4, type: "LOC")]),
        (["I-ORG", "I-ORG", "B-ORG"], [EntitySpan(range: 0..<2, type: "ORG"), EntitySpan(range: 2..<3, type: "ORG")]),
        (["B-PER", "I-LOC"], [EntitySpan(range: 0..<1, type: "PER"), EntitySpan(range: 1..<2, type: "LOC")]),
        (["O", "", "B-O", "I-O"], []),
    ])
    func spansAreReadAsConllevalReadsThem(tags: [String], spans: [EntitySpan]) {
        #expect(EntitySpan.spans(ofTags: tags) == spans)
    }

    @Test func corpusNormalisesStrayOutsideTagsAndOrphanInsideTags() throws {
        let text = "# sent_id = x\n1\tMet\tB-O\tann\n2\tin\tO\tann\n3\tNew\tI-LOC\tann\n4\tYork\tI-LOC\tann\n5\tand\tO\n6\tAcme\tI-ORG\n\n"
        let sentences = try EntityCorpus.parse(text, path: "inline")
        #expect(sentences.count == 1)
        #expect(sentences.first?.map(\.entity) == ["O", "O", "B-LOC", "I-LOC", "O", "B-ORG"])
        #expect(throws: SyntaxModelError.self) { try EntityCorpus.parse("1\tonly-two\n\n", path: "bad") }
    }

    @Test func scoresCountExactSpansOnly() {
        var scores = EntityScores()
        scores.add(gold: ["B-PER", "I-PER", "O", "B-LOC", "B-OTH"], predicted: ["B-PER", "O", "O", "B-LOC", "O"])
        #expect(scores.overall.gold == 2 && scores.overall.predicted == 2 && scores.overall.correct == 1)
        #expect(scores.byType["LOC"]?.f1 == 1)
        #expect(scores.byType["PER"]?.correct == 0)
    }

    /// A model whose weights push hard for `I-` labels everywhere must still decode to valid IOB2, and it decodes
    /// the whole sentence at once: `B-PER` scores best for the first word alone (2 against 1), but `B-LOC` then five
    /// `I-LOC` (1 + 5 × 9) beats `B-PER` then five `I-PER` (2 + 5 × 8), so a greedy tagger would pick the wrong one.
    @Test func decodingNeverPutsInsideAfterOutsideOrAnotherType() {
        let labels = ["O", "B-LOC", "I-LOC", "B-PER", "I-PER"]
        let bias = FeatureHashing.key(101, 0)
        let weights = SparseLinearModel(classCount: 5, keys: [bias], rowStart: [0, 5], scales: [1],
                                        classes: [0, 1, 2, 3, 4], values: [0, 1, 9, 2, 8])
        let tagger = NamedEntityTagger(labels: labels, weights: weights)
        var words = TaggerTestSupport.words("the talks in Geneva went on")
        tagger.tag(&words)
        let tags = words.map(\.entity)
        for (i, tag) in tags.enumerated() where tag.hasPrefix("I-") {
            #expect(i > 0 && tags[i - 1].dropFirst(2) == tag.dropFirst(2), "\(tags)")
        }
        #expect(tags == ["B-LOC"] + Array(repeating: "I-LOC", count: 5))
    }

    @Test func outputHidesTypesOutsideNamedEntityType() {
        let labels = ["O", "B-OTH", "I-OTH"]
        let weights = SparseLinearModel(classCount: 3, keys: [FeatureHashing.key(101, 0)], rowStart: [0, 1], scales: [1],
                                        classes: [1], values: [5])
        var words = TaggerTestSupport.words("American")
        NamedEntityTagger(labels: labels, weights: weights).tag(&words)
        #expect(words.map(\.entity) == ["O"])
    }

    @Test func bundledModelFindsNamesAndRoundTrips() throws {
        let tagger = try PartOfSpeechTagger.loadDefault()
        let entities = try NamedEntityTagger.loadDefault()
        var words = TaggerTestSupport.words("Vladimir Putin met Emmanuel Macron in Paris on Monday .")
        tagger.tag(&words)
        entities.tag(&words)
        #expect(Array(words.map(\.entity).dropFirst(2)) == ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"])
        #expect(words[3].namedEntity?.type == .person && words[3].namedEntity?.begins == true)
        #expect(words[0].namedEntity?.type == .person)
        #expect(entities.clusters?.count ?? 0 > 10_000, "the bundled model carries the word classes it was trained with")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try entities.save(to: url)
        #expect(try NamedEntityTagger.load(from: url).encoded() == entities.encoded())
    }

    @Test func modelWithoutATypeFailsToLoadNamingIt() throws {
        let tagger = NamedEntityTagger(labels: ["O", "B-PER", "I-PER"], weights: .empty(classCount: 3))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try tagger.save(to: url)
        let error = #expect(throws: SyntaxModelError.self) { try NamedEntityTagger.load(from: url) }
        #expect(error?.message.contains("'B-ORG'") == true)
        #expect(try NamedEntityTagger.load(from: url, checkingLabels: false).labels == tagger.labels)
    }

    @Test func trainingIsDeterministicForASeed() {
        var sentences: [[Word]] = []
        for (text, tags) in [("Anna visited Berlin .", ["B-PER", "O", "B-LOC", "O"]),
                             ("Acme Corp hired Bob Smith .", ["B-ORG", "I-ORG", "O", "B-PER", "I-PER", "O"])] {
            var words = TaggerTestSupport.words(text)
            for i in words.indices { words[i].entity = tags[i] }
            sentences.append(words)
        }
        let first = NamedEntityTrainer(epochs: 3, seed: 5).train(on: sentences)
        let second = NamedEntityTrainer(epochs: 3, seed: 5).train(on: sentences)
        #expect(first.encoded() == second.encoded())
        var words = TaggerTestSupport.words("Anna visited Berlin .")
        first.tag(&words)
        #expect(words.map(\.entity) == ["B-PER", "O", "B-LOC", "O"])
    }

    @Test(.enabled(if: hasUNER)) func bundledModelMeetsItsDevFloor() throws {
        var sentences = try EntityCorpus.read(path: Self.nerFolder.appendingPathComponent("en_ewt-uner-dev.iob2").path)
        let tagger = try PartOfSpeechTagger.loadDefault()
        for i in sentences.indices { tagger.tag(&sentences[i]) }
        let scores = NamedEntityTrainer.evaluate(try NamedEntityTagger.loadDefault(), on: sentences)
        #expect(scores.overall.f1 > 0.65)
    }

    /// The words of a made-up sentence with the given entity tags (and XPOS tags, when given).
    static func sentence(_ text: String, _ tags: [String], _ xpos: [String]? = nil) -> [Word] {
        var words = TaggerTestSupport.words(text)
        for i in words.indices {
            words[i].entity = tags[i]
            if let xpos { words[i].xpos = xpos[i] }
        }
        return words
    }

    /// One document, one type per name: the majority of a name's mentions decide, a tie changes nothing.
    @Test func harmonizerGivesANameItsMajorityTypeWithinADocument() {
        var document = [
            Self.sentence("Jordan Vale spoke .", ["B-PER", "I-PER", "O", "O"]),
            Self.sentence("Jordan Vale left .", ["B-LOC", "I-LOC", "O", "O"]),
            Self.sentence("Jordan Vale won .", ["B-PER", "I-PER", "O", "O"]),
            Self.sentence("Kestrel rose ; Kestrel fell .", ["B-ORG", "O", "O", "B-LOC", "O", "O"]),
        ]
        EntityHarmonizer.harmonize(&document)
        #expect(document[1].map(\.entity) == ["B-PER", "I-PER", "O", "O"])
        #expect(document[3].map(\.entity) == ["B-ORG", "O", "O", "B-LOC", "O", "O"])
    }

    /// A one-word name that ends a person's full name (opening with a given name) in the document is that person,
    /// however often the tagger called it an organisation where it modifies a noun ("the Obama administration").
    @Test func harmonizerMakesASurnameOfAFullNameAPerson() {
        var document = [
            Self.sentence("Barack Zolta spoke .", ["B-PER", "I-PER", "O", "O"], ["NNP", "NNP", "VBD", "."]),
            Self.sentence("The Zolta administration left .", ["O", "B-ORG", "O", "O", "O"], ["DT", "NNP", "NN", "VBD", "."]),
            Self.sentence("The Zolta administration won .", ["O", "B-ORG", "O", "O", "O"], ["DT", "NNP", "NN", "VBD", "."]),
            Self.sentence("Critics accused Zolta .", ["O", "O", "B-ORG", "O"], ["NNS", "VBD", "NNP", "."]),
        ]
        EntityHarmonizer.harmonize(&document)
        #expect(document[3][2].entity == "B-PER")
        #expect(document[1][1].entity == "B-PER")
        var titled = [
            Self.sentence("President Zolta spoke .", ["O", "B-ORG", "O", "O"], ["NNP", "NNP", "VBD", "."]),
            Self.sentence("Critics accused Zolta .", ["O", "O", "B-ORG", "O"], ["NNS", "VBD", "NNP", "."]),
        ]
        EntityHarmonizer.harmonize(&titled)
        #expect(titled[1][2].entity == "B-PER")
    }

    /// The first word of a two-word company name ("Samsung Group") is the company alone in the same document,
    /// unless the document names a person with that last name ("Harrison Ford" beside "Ford Motor").
    @Test func harmonizerMakesTheFirstWordOfACompanyNameAnOrganisation() {
        var document = [
            Self.sentence("Zolta Group grew .", ["B-ORG", "I-ORG", "O", "O"]),
            Self.sentence("Zolta denied it .", ["B-PER", "O", "O", "O"]),
            Self.sentence("Ford Motor grew .", ["B-ORG", "I-ORG", "O", "O"]),
            Self.sentence("Harrison Ford spoke ; Ford smiled .", ["B-PER", "I-PER", "O", "O", "B-PER", "O", "O"]),
        ]
        EntityHarmonizer.harmonize(&document)
        #expect(document[1][0].entity == "B-ORG")
        #expect(document[3][4].entity == "B-PER")
    }

    /// A one-word name ending in "bank" is a bank, whatever the tagger guessed ("Bundesbank" was a person).
    @Test func harmonizerMakesABankByItsNameAnOrganisation() {
        var document = [
            Self.sentence("The Bundesbank said rates would stay .", ["O", "B-PER", "O", "O", "O", "O", "O", "O"]),
            Self.sentence("Bank officials left .", ["B-ORG", "O", "O", "O"]),
        ]
        EntityHarmonizer.harmonize(&document)
        #expect(document[0][1].entity == "B-ORG")
        #expect(document[1][0].entity == "B-ORG")
    }

    /// A one-word name written once with what only a company has is an organisation in the whole document; a
    /// person's own words ("Trump executive order", "Buffett's shares") are no such cue.
    @Test(arguments: [
        ("Zolta shares fell .", true), ("Zolta 's drivers protested .", true), ("Zolta chairman Lee Kim spoke .", true),
        ("Zolta 's chief executive spoke .", true), ("Zolta users complained .", true),
        ("Zolta 's shares fell .", false), ("Zolta executive order angered many .", false),
        ("Zolta 's chief of staff spoke .", false), ("Zolta supporters marched .", false),
        ("Zolta headquarters moved .", false), ("San Remo - based Zolta grew .", true),
        ("Zolta 's chief security officer left .", true), ("Zolta 's vice chairman left .", true),
        ("Zolta President Jeff Jones quit .", true), ("Zolta 's vice president spoke .", false),
        ("Zolta 's chief strategist spoke .", false), ("Zolta CEO Travis Kalanick spoke .", true),
    ])
    func harmonizerMakesANameWithACompanyCueAnOrganisation(_ cue: String, _ isCompany: Bool) {
        func sentence(_ text: String, first tag: String) -> [Word] {
            var words = TaggerTestSupport.words(text)
            for i in words.indices { words[i].entity = words[i].form == "Zolta" ? tag : "O" }
            return words
        }
        // The cue does not count on a place's tag: a place has headquarters too ("our China headquarters").
        let place = cue.hasPrefix("Zolta headquarters")
        // The tagger may get the type right where the cue is, and be outvoted elsewhere.
        let tagged = cue.contains("CEO") ? "B-ORG" : place ? "B-LOC" : "B-PER"
        var document = [sentence("Zolta grew .", first: place ? "B-LOC" : "B-PER"), sentence(cue, first: tagged),
                        sentence("Zolta won .", first: "B-LOC")]
        EntityHarmonizer.harmonize(&document)
        let unchanged = place ? "B-LOC" : "B-PER"
        #expect(document.map { $0.first { $0.form == "Zolta" }?.entity } == (isCompany ? ["B-ORG", "B-ORG", "B-ORG"] : [unchanged, unchanged, unchanged]))
    }
}
