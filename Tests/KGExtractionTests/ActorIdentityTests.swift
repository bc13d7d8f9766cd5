import Testing
import KGCore
import KGExtraction
import KGSyntax
import KGText

/// One argument of a made-up document and the entity (and type) it must resolve to.
struct ActorCase: CustomStringConvertible, Sendable {
    var text: String
    /// The argument's words as written.
    var mention: String
    var entity: String?
    var type: EntityType? = nil
    var coreferent: Bool? = nil
    /// Named-entity labels to set on words before extraction, as the NER tagger would (form → IOB2 label).
    var labels: [String: String] = [:]

    var description: String { "\"\(mention)\" in \"\(text)\" → \(entity ?? "nil")" }
}

/// Coreference to entities with gender agreement, names typed by titles, tags and tables, names cut free of
/// their neighbours, lists of titled names, and definite descriptions in any position — through the real
/// models, on sentences made up for the purpose.
@Suite struct ActorIdentityTests {
    static func assertions(_ text: String, id: String = "doc", labels: [String: String] = [:]) throws -> [Assertion] {
        let (annotator, extractor) = try #require(DocumentResolutionTests.pipeline, "the bundled models or gazetteer did not load")
        var document = Document(info: DocumentInfo(id: id, sourcePath: "-", contentHash: ""), text: text)
        document.sentences = SentenceSplitter().split(text)
        annotator.annotate(&document.sentences)
        if !labels.isEmpty {
            for s in document.sentences.indices {
                for w in document.sentences[s].words.indices {
                    document.sentences[s].words[w].entity = labels[document.sentences[s].words[w].form] ?? "O"
                }
            }
        }
        return extractor.extractAssertions(from: document)
    }

    static func check(_ c: ActorCase) throws {
        let all = try assertions(c.text, labels: c.labels)
        let arguments = all.flatMap { [$0.subject] + ($0.object.map { [$0] } ?? []) }
        let found = try #require(arguments.first { $0.text == c.mention }, "no argument \(c.mention) in \(all.map { "\($0.subject.text) | \($0.relation.lemma) | \($0.object?.text ?? "-")" })")
        #expect(found.entity == c.entity)
        if let type = c.type { #expect(found.type == type) }
        if let coreferent = c.coreferent { #expect(found.coreferent == coreferent) }
    }

    /// Cause 1: pronouns and "Mr/Mrs X" resolve to the antecedent's entity, agreeing in gender.
    static let coreference: [ActorCase] = [
        .init(text: "Peter Stone met Anna Novak in Vienna. She criticised Russia.", mention: "She", entity: "Anna Novak", coreferent: true),
        .init(text: "Anna Novak spoke in Vienna on Monday. Mr Novak criticised Russia.", mention: "Mr Novak", entity: "Novak (doc)", type: .person),
        .init(text: "Peter Novak spoke in Vienna on Monday. Mrs Novak criticised Russia.", mention: "Mrs Novak", entity: "Novak (doc)", type: .person),
        .init(text: "Peter Novak spoke in Vienna on Monday. Mr Novak criticised Russia.", mention: "Mr Novak", entity: "Peter Novak"),
        .init(text: "Mr Novak arrived in Vienna on Monday. He criticised Russia.", mention: "He", entity: "Novak (doc)", coreferent: true),
        .init(text: "Ms Novak arrived in Vienna on Monday. He criticised Russia.", mention: "He", entity: nil),
        .init(text: "Anna Novak arrived in Vienna on Monday. Peter Stone praised her.", mention: "her", entity: "Anna Novak", coreferent: true),
        // "it" acting on an actor: the body that reports it, or the country named as subject just before.
        .init(text: "Iran criticised Israel on Monday. Iran denied that it had attacked Saudi Arabia.", mention: "it", entity: "Iran", coreferent: true),
        .init(text: "The UK criticised Russia. Donald Trump said that it had sanctioned China.", mention: "it", entity: nil),
        .init(text: "Greece faced a hard winter as it negotiated with the European Union.", mention: "it", entity: "Greece", coreferent: true),
        // A surname with its particle.
        .init(text: "Marine Le Pen spoke in Lyon on Sunday. Le Pen criticised Russia.", mention: "Le Pen", entity: "Marine Le Pen", type: .person),
        // Korean and Chinese names put the family name first: a later "Park" or "Mr Xi" is that person.
        .init(text: "President Park Geun-hye was impeached in December. Park denied the charges.", mention: "Park", entity: "Park Geun-hye", type: .person),
        .init(text: "Xi Jinping arrived in Moscow on Monday. Mr Xi praised Russia.", mention: "Mr Xi", entity: "Xi Jinping", type: .person),
        .init(text: "Anna Novak arrived in Vienna on Monday. A St. Louis native, she began her career in Chicago.", mention: "she", entity: "Anna Novak", coreferent: true),
        // A lone surname subject is the nearest antecedent, through the full name the article gave; one the
        // article never named in full stands in the way of people named before it.
        .init(text: "Mary Hollis and Peter Grant were taken to hospital in Lorain. Both were treated. When Hollis woke up, she told police about the crash.",
              mention: "she", entity: "Mary Hollis", coreferent: true),
        .init(text: "Peter Grant arrived in Lorain on Monday. When Kellerman woke up, he called the police.", mention: "he", entity: nil),
    ]

    /// Cause 2: titles, named-entity tags and the party table type names the hand tables do not know.
    static let typing: [ActorCase] = [
        // A place word named by an "of" name is one place, not "Sea"; a known name keeps its entity.
        .init(text: "North Korea fired a missile into the Sea of Japan.", mention: "the Sea of Japan", entity: "Sea of Japan", type: .location),
        .init(text: "Iran threatened to close the Strait of Hormuz.", mention: "the Strait of Hormuz", entity: "Strait of Hormuz", type: .location),
        // People acting for an organisation the entity tagger names before them, known to the tables or not.
        .init(text: "Colombia and the FARC rebels signed a peace deal.", mention: "the FARC rebels", entity: "FARC", type: .group),
        .init(text: "A Hamburg court sentenced the men.", mention: "A Hamburg court", entity: nil),
        .init(text: "Lord Hartwell criticised Russia.", mention: "Lord Hartwell", entity: "Hartwell (doc)", type: .person),
        // Two capitalised words are a person's name unless one of them names a kind of organisation.
        .init(text: "Peter Grant founded Brightwater Media in 2001.", mention: "Brightwater Media", entity: "Brightwater Media", type: .org),
        .init(text: "Tarnow Holdings sued Peter Grant.", mention: "Tarnow Holdings", entity: "Tarnow Holdings", type: .org),
        // One word that names a member, a policy, an event or a pronoun is no organisation: "the ranking Democrat" is
        // a person the party is not, "Brexit" a thing, "MPs" members with no body named, "We'r" a pronoun the text
        // cut; the plural names the party.
        .init(text: "The ranking Democrat asked for the review.", mention: "The ranking Democrat", entity: nil),
        .init(text: "Brexit has injected uncertainty into the markets.", mention: "Brexit", entity: nil),
        .init(text: "The plan was approved by MPs on Monday.", mention: "MPs", entity: nil),
        .init(text: "We'r expecting our colleagues to make suggestions.", mention: "We'r", entity: nil),
        .init(text: "Democrats criticised the plan.", mention: "Democrats", entity: "Democratic Party", type: .org),
        // A name before the kind of outlet it is names a media organisation, without a nationality in front; a
        // description of an outlet names none.
        .init(text: "Peter Keller told Kommersant newspaper that the plan would fail.", mention: "Kommersant newspaper", entity: "Kommersant", type: .org),
        .init(text: "The Russian Kommersant newspaper criticised Anna Novak.", mention: "The Russian Kommersant newspaper", entity: "Kommersant", type: .org),
        .init(text: "The biggest independent TV channel aired the interview.", mention: "The biggest independent TV channel", entity: nil),
        .init(text: "The Trump campaign website published the letter.", mention: "The Trump campaign website", entity: nil),
        // A romanised Arabic word for "front" or "movement" names an organisation, whatever the tagger guessed.
        .init(text: "Jabhat al-Karama attacked the town of Idlib.", mention: "Jabhat al-Karama", entity: "Jabhat al-Karama", type: .org),
        .init(text: "Sir John Hartwell criticised Russia.", mention: "Sir John Hartwell", entity: "John Hartwell", type: .person),
        .init(text: "Gen. Brantley met Iranian officials.", mention: "Gen. Brantley", entity: "Brantley (doc)", type: .person),
        // A surname the tagger reads as a plural common noun is still the titled person's.
        .init(text: "Mr Rutte has called on voters to reject Mr Wilders.", mention: "Mr Wilders", entity: "Wilders (doc)", type: .person),
        // A bare surname keeps one node across articles; only "Mr/Lord/Gen. X" without a full name is scoped.
        .init(text: "Trump criticised Germany.", mention: "Trump", entity: "Trump", type: .person, labels: ["Trump": "B-PER"]),
        .init(text: "Zorvex criticised Germany.", mention: "Zorvex", entity: "Zorvex", type: .org, labels: ["Zorvex": "B-ORG"]),
        .init(text: "The Labour Party criticised Russia.", mention: "The Labour Party", entity: "Labour Party", type: .org),
        .init(text: "United Russia praised the president.", mention: "United Russia", entity: "United Russia", type: .org),
        .init(text: "The Christian Social Union criticised Turkey.", mention: "The Christian Social Union", entity: "Christian Social Union", type: .org),
    ]

    /// Cause 3: weekdays, adverbs, acronyms and titles never glue onto a name.
    static let boundaries: [ActorCase] = [
        // The parser takes "Thursday" into the subject phrase; the entity is what matters.
        .init(text: "Anna Novak arrived. On Thursday Mr Novak criticised Russia.", mention: "Thursday Mr Novak", entity: "Novak (doc)", type: .person),
        .init(text: "Meanwhile Ms Novak praised Germany.", mention: "Ms Novak", entity: "Novak (doc)", type: .person),
        .init(text: "Thursday Mr Novak praised Germany.", mention: "Thursday Mr Novak", entity: "Novak (doc)", type: .person),
        // Two people run together by a missed sentence break ("… to the U.S. Pence and Flynn spoke") are no
        // full name a later "Flynn" resolves to.
        .init(text: "Vice President Mike Pence denied that Flynn had discussed sanctions with the Russian ambassador to the U.S. Pence and Flynn spoke twice on Friday.",
              mention: "Flynn", entity: "Flynn"),
        // The named-entity tagger's person span starts after an organisation the parser glued in front.
        .init(text: "Moscow sent its envoy to the United Nations Pavel Orlov to the talks.", mention: "Nations Pavel Orlov", entity: "Pavel Orlov", type: .person),
        // Punctuation the source left at a name's edge is not part of it.
        .init(text: "WASHINGTON \"?Sean Spicer would neither confirm it nor criticize Russia.", mention: "WASHINGTON \"?Sean Spicer", entity: "Sean Spicer", type: .person),
        .init(text: "The film was made by director Ang Lee.", mention: "director Ang Lee", entity: "Ang Lee", type: .person),
        .init(text: "Kremlin critic Alexei Navalny criticised Vladimir Putin.", mention: "Kremlin critic Alexei Navalny", entity: "Alexei Navalny", type: .person),
        // A description the parser hangs inside the name is not part of it.
        .init(text: "The charity is led by the finance director Tom Hartley.", mention: "the finance director Tom Hartley", entity: "Tom Hartley", type: .person),
        // A name the parser split into two conjuncts (or a conjunct and a "flat" part of the name before) is one.
        .init(text: "Japan and South Korea agreed to share intelligence on North Korea.", mention: "South Korea", entity: "South Korea", type: .country),
        .init(text: "Sudan and South Sudan signed a border agreement on Friday.", mention: "South Sudan", entity: "South Sudan", type: .country),
    ]

    /// Cause 5: definite descriptions in object position, to the one actor introduced with that role or name.
    static let descriptions: [ActorCase] = [
        .init(text: "The Labour Party won the vote in May. Boris Johnson criticised the party.", mention: "the party", entity: "Labour Party", coreferent: true),
        .init(text: "The Labour Party and the Conservative Party won seats. Boris Johnson criticised the party.", mention: "the party", entity: nil),
    ]

    @Test(arguments: coreference) func pronounsAndTitlesResolveToEntities(_ c: ActorCase) throws { try Self.check(c) }
    @Test(arguments: typing) func namesAreTypedByTitlesTagsAndTables(_ c: ActorCase) throws { try Self.check(c) }
    @Test(arguments: boundaries) func namesAreCutFreeOfNeighbours(_ c: ActorCase) throws { try Self.check(c) }
    @Test(arguments: descriptions) func descriptionsResolveConservatively(_ c: ActorCase) throws { try Self.check(c) }

    @Test func aListOfTitledNamesGivesOneActorAndOneRoleEach() throws {
        let all = try Self.assertions("The minister will meet Italian Prime Minister Mario Rossi and German Chancellor Angela Merkel.")
        let met = Set(all.filter { $0.relation.lemma == "meet" }.compactMap(\.object?.entity))
        #expect(met == ["Mario Rossi", "Angela Merkel"])
        let roles = all.filter { $0.relation.lemma.hasSuffix(" of") }.map { "\($0.subject.entity ?? "") \($0.relation.lemma) \($0.object?.entity ?? "")" }
        #expect(roles.contains("Mario Rossi prime minister of Italy"))
        #expect(roles.contains("Angela Merkel chancellor of Germany"))
    }

    @Test func aTitledSpeakerWithoutAFullNameIsScopedToTheArticle() throws {
        let all = try Self.assertions("Mr Spicer said the White House criticised Russia.")
        let speakers = Set(all.compactMap(\.attribution?.entity))
        #expect(speakers.contains("Spicer (doc)"))
        #expect(!speakers.contains("Mr Spicer"))
    }

    @Test func noPronounBecomesANode() throws {
        let all = try Self.assertions("The weather was bad. He criticised Russia. She praised them.")
        for a in all {
            for argument in [a.subject] + (a.object.map { [$0] } ?? []) where PersonVocabulary.pronoun(argument.text) != nil {
                #expect(argument.entity == nil)
                #expect(argument.type == .concept)
            }
        }
    }
}
