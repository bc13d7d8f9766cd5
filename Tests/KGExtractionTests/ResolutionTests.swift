import Testing
import KGCore
@testable import KGExtraction
import KGSyntax
import KGText

/// One mention in a sentence and the entity it must resolve to.
struct ResolutionCase: CustomStringConvertible, Sendable {
    var sentence: String
    /// The mention's words as written (the first occurrence in the sentence).
    var mention: String
    var entity: String?
    var type: EntityType
    var qualifier: String? = nil

    var description: String { "\"\(mention)\" in \"\(sentence)\" → \(entity ?? "nil") (\(type))" }
}

/// Mention → entity through the real tokenizer, tagger and parser and the bundled gazetteer: metonyms,
/// demonyms, short names, acronyms, government bodies, and names that must not be merged.
@Suite struct ResolutionTests {
    static let annotator = try? SyntaxAnnotator.loadDefault()
    static let gazetteer = try? Gazetteer.bundled()

    static let cases: [ResolutionCase] = [
        // Capitals and seats of power.
        .init(sentence: "Moscow condemned the sanctions.", mention: "Moscow", entity: "Russia", type: .country),
        .init(sentence: "The Kremlin rejected the proposal.", mention: "The Kremlin", entity: "Russia", type: .country),
        .init(sentence: "Washington imposed new sanctions on Iran.", mention: "Washington", entity: "United States", type: .country),
        .init(sentence: "The White House welcomed the decision.", mention: "The White House", entity: "United States", type: .country),
        // Either spelling of "Organization" is the organisation's name, never its members' continent or country.
        .init(sentence: "The Organisation of American States criticised Venezuela.", mention: "The Organisation of American States",
              entity: "Organization of American States", type: .org),
        .init(sentence: "The World Health Organisation criticised Venezuela.", mention: "The World Health Organisation",
              entity: "World Health Organization", type: .org),
        .init(sentence: "The Pentagon announced new aid.", mention: "The Pentagon", entity: "United States", type: .country),
        .init(sentence: "Downing Street criticised the plan.", mention: "Downing Street", entity: "United Kingdom", type: .country),
        .init(sentence: "Beijing warned Taiwan on Monday.", mention: "Beijing", entity: "China", type: .country),
        .init(sentence: "Beijing warned Taiwan on Monday.", mention: "Taiwan", entity: "Taiwan", type: .country),
        .init(sentence: "Tehran denied the report.", mention: "Tehran", entity: "Iran", type: .country),
        .init(sentence: "Kiev accused Moscow of shelling the city.", mention: "Kiev", entity: "Ukraine", type: .country),
        .init(sentence: "Kyiv welcomed the aid.", mention: "Kyiv", entity: "Ukraine", type: .country),
        .init(sentence: "Brussels fined the company.", mention: "Brussels", entity: "European Union", type: .org),
        .init(sentence: "Pyongyang launched a missile.", mention: "Pyongyang", entity: "North Korea", type: .country),
        .init(sentence: "Ankara summoned the ambassador.", mention: "Ankara", entity: "Turkey", type: .country),
        .init(sentence: "Tbilisi accused Moscow of occupying its land.", mention: "Tbilisi", entity: "Georgia", type: .country),
        // Short and official names.
        .init(sentence: "The US sanctioned three banks.", mention: "US", entity: "United States", type: .country),
        .init(sentence: "The U.S. sanctioned three banks.", mention: "U.S.", entity: "United States", type: .country),
        .init(sentence: "America rejoined the agreement.", mention: "America", entity: "United States", type: .country),
        .init(sentence: "The United States of America signed the treaty.", mention: "The United States of America", entity: "United States", type: .country),
        .init(sentence: "Britain expelled two diplomats.", mention: "Britain", entity: "United Kingdom", type: .country),
        .init(sentence: "The UK expelled two diplomats.", mention: "UK", entity: "United Kingdom", type: .country),
        .init(sentence: "Great Britain signed the treaty.", mention: "Great Britain", entity: "United Kingdom", type: .country),
        .init(sentence: "Burma released the prisoners.", mention: "Burma", entity: "Myanmar", type: .country),
        .init(sentence: "Myanmar released the prisoners.", mention: "Myanmar", entity: "Myanmar", type: .country),
        .init(sentence: "The Russian Federation vetoed the resolution.", mention: "The Russian Federation", entity: "Russia", type: .country),
        .init(sentence: "Turkiye blocked the bid.", mention: "Turkiye", entity: "Turkey", type: .country),
        .init(sentence: "The Islamic Republic of Iran rejected the offer.", mention: "The Islamic Republic of Iran", entity: "Iran", type: .country),
        .init(sentence: "Czechia sent tanks.", mention: "Czechia", entity: "Czech Republic", type: .country),
        // Names that look alike and must stay apart.
        .init(sentence: "The Democratic Republic of the Congo accused Rwanda.", mention: "The Democratic Republic of the Congo", entity: "Democratic Republic of the Congo", type: .country),
        .init(sentence: "DR Congo accused Rwanda of backing the rebels.", mention: "DR Congo", entity: "Democratic Republic of the Congo", type: .country),
        .init(sentence: "The Republic of the Congo signed the deal.", mention: "The Republic of the Congo", entity: "Republic of the Congo", type: .country),
        .init(sentence: "Congo signed the deal.", mention: "Congo", entity: "Congo", type: .country),
        .init(sentence: "Niger expelled the French ambassador.", mention: "Niger", entity: "Niger", type: .country),
        .init(sentence: "Nigeria expelled the French ambassador.", mention: "Nigeria", entity: "Nigeria", type: .country),
        .init(sentence: "Dominica signed the agreement.", mention: "Dominica", entity: "Dominica", type: .country),
        .init(sentence: "The Dominican Republic signed the agreement.", mention: "The Dominican Republic", entity: "Dominican Republic", type: .country),
        .init(sentence: "Guinea closed its borders.", mention: "Guinea", entity: "Guinea", type: .country),
        .init(sentence: "Guinea-Bissau closed its borders.", mention: "Guinea-Bissau", entity: "Guinea-Bissau", type: .country),
        .init(sentence: "Equatorial Guinea closed its borders.", mention: "Equatorial Guinea", entity: "Equatorial Guinea", type: .country),
        .init(sentence: "Papua New Guinea closed its borders.", mention: "Papua New Guinea", entity: "Papua New Guinea", type: .country),
        .init(sentence: "Sudan accused South Sudan of arming rebels.", mention: "Sudan", entity: "Sudan", type: .country),
        .init(sentence: "Sudan accused South Sudan of arming rebels.", mention: "South Sudan", entity: "South Sudan", type: .country),
        .init(sentence: "Georgia accused Russia of occupying its territory.", mention: "Georgia", entity: "Georgia", type: .country),
        .init(sentence: "Protesters marched in Atlanta, Georgia, on Monday.", mention: "Georgia", entity: "Georgia (US state)", type: .location),
        .init(sentence: "Georgia's governor signed the bill.", mention: "Georgia", entity: "Georgia (US state)", type: .location),
        .init(sentence: "Washington state sued the company.", mention: "Washington state", entity: "Washington (state)", type: .location),
        .init(sentence: "George Washington crossed the river.", mention: "George Washington", entity: "George Washington", type: .person),
        .init(sentence: "The Washington Post reported the story.", mention: "The Washington Post", entity: "Washington Post", type: .org),
        // Demonyms with a body noun: the country acts, the body is the qualifier.
        .init(sentence: "Russian troops shelled the city.", mention: "Russian troops", entity: "Russia", type: .country, qualifier: "troops"),
        .init(sentence: "Iranian officials denied the report.", mention: "Iranian officials", entity: "Iran", type: .country, qualifier: "officials"),
        .init(sentence: "British diplomats left the embassy.", mention: "British diplomats", entity: "United Kingdom", type: .country, qualifier: "diplomats"),
        .init(sentence: "American forces withdrew from the base.", mention: "American forces", entity: "United States", type: .country, qualifier: "forces"),
        .init(sentence: "Ukrainian soldiers repelled the attack.", mention: "Ukrainian soldiers", entity: "Ukraine", type: .country, qualifier: "soldiers"),
        .init(sentence: "Chinese authorities arrested the activist.", mention: "Chinese authorities", entity: "China", type: .country, qualifier: "authorities"),
        .init(sentence: "Nigerien soldiers guarded the border.", mention: "Nigerien soldiers", entity: "Niger", type: .country, qualifier: "soldiers"),
        .init(sentence: "Nigerian soldiers guarded the border.", mention: "Nigerian soldiers", entity: "Nigeria", type: .country, qualifier: "soldiers"),
        .init(sentence: "South Sudanese forces crossed the border.", mention: "South Sudanese forces", entity: "South Sudan", type: .country, qualifier: "forces"),
        // Some of a country's people, counted, are not the country (companies, banks, media and a people: see
        // SyntaxExtractorTests.aBodyThatActsForNoStateIsTheCountryOnlyAsATarget).
        .init(sentence: "Iranian state media accused Israel.", mention: "Iranian state media", entity: "Iran", type: .country, qualifier: "state media"),
        .init(sentence: "The Russian central bank cut rates.", mention: "The Russian central bank", entity: "Russia", type: .country, qualifier: "central bank"),
        .init(sentence: "Most Americans opposed the war.", mention: "Most Americans", entity: nil, type: .concept),
        .init(sentence: "Two Britons were arrested.", mention: "Two Britons", entity: nil, type: .concept),
        .init(sentence: "The Americans sent troops.", mention: "The Americans", entity: "United States", type: .country),
        // Government bodies: organisations of their own (part of the country, see SyntaxExtractor).
        .init(sentence: "The Russian Defense Ministry released a video.", mention: "The Russian Defense Ministry", entity: "Russian Defense Ministry", type: .org),
        .init(sentence: "Russian Aerospace Forces struck the depot.", mention: "Russian Aerospace Forces", entity: "Russian Aerospace Forces", type: .org),
        .init(sentence: "The US National Security Council met on Friday.", mention: "The US National Security Council", entity: "US National Security Council", type: .org),
        // International organisations and their acronyms.
        .init(sentence: "The UN condemned the attack.", mention: "UN", entity: "United Nations", type: .org),
        .init(sentence: "NATO expanded its presence.", mention: "NATO", entity: "NATO", type: .org),
        .init(sentence: "The IAEA inspected the site.", mention: "IAEA", entity: "International Atomic Energy Agency", type: .org),
        .init(sentence: "The EU imposed sanctions.", mention: "EU", entity: "European Union", type: .org),
        .init(sentence: "The World Bank approved a loan.", mention: "The World Bank", entity: "World Bank", type: .org),
        .init(sentence: "The ICC issued a warrant.", mention: "ICC", entity: "International Criminal Court", type: .org),
        .init(sentence: "The Red Cross delivered aid.", mention: "The Red Cross", entity: "International Committee of the Red Cross", type: .org),
        .init(sentence: "The UN Security Council adopted a resolution.", mention: "The UN Security Council", entity: "UN Security Council", type: .org),
        .init(sentence: "OPEC cut production.", mention: "OPEC", entity: "OPEC", type: .org),
        .init(sentence: "The African Union suspended Mali.", mention: "The African Union", entity: "African Union", type: .org),
        .init(sentence: "The World Health Organization declared an emergency.", mention: "The World Health Organization", entity: "World Health Organization", type: .org),
        // Unknown names: a one-word name is an organisation, or a place after "in"; people keep their names.
        .init(sentence: "Gazprom cut gas supplies.", mention: "Gazprom", entity: "Gazprom", type: .org),
        .init(sentence: "Fighting continued in Bakhmut.", mention: "Bakhmut", entity: "Bakhmut", type: .location),
        .init(sentence: "President Vladimir Putin signed the decree.", mention: "President Vladimir Putin", entity: "Vladimir Putin", type: .person),
        .init(sentence: "The President signed the decree.", mention: "The President", entity: nil, type: .concept),
        .init(sentence: "Russia condemned the White House on Monday.", mention: "White House", entity: "United States", type: .country),
        // Concepts stay concepts.
        .init(sentence: "The drones struck the city.", mention: "The drones", entity: nil, type: .concept),
    ]

    @Test func theTableHasAtLeastSixtyCases() {
        #expect(Self.cases.count >= 60)
    }

    @Test(arguments: cases)
    func resolvesMentionToEntity(_ c: ResolutionCase) throws {
        let annotator = try #require(Self.annotator, "the bundled models did not load")
        let gazetteer = try #require(Self.gazetteer, "the bundled gazetteer did not load")
        var sentences = SentenceSplitter().split(c.sentence)
        annotator.annotate(&sentences)
        let sentence = try #require(sentences.first)
        let tree = DependencyTree(sentence.words)
        let words = try #require(Self.span(of: c.mention, in: sentence.words), "mention not found in tokens")
        // The mention's head: the word whose own head lies outside the mention.
        let head = words.first { w in tree.head(of: w).map { !words.contains($0) } ?? true } ?? words[words.count - 1]
        let resolution = ArgumentResolver(tree: tree, gazetteer: gazetteer).resolve(Phrase(head: head, words: words))
        #expect(resolution.entity == c.entity)
        #expect(resolution.type == c.type)
        if let qualifier = c.qualifier { #expect(resolution.qualifier == qualifier) }
    }

    @Test func countriesCarryTheirWikidataIDs() throws {
        let gazetteer = try #require(Self.gazetteer)
        #expect(gazetteer.wikidata(for: "Russia") == "Q159")
        #expect(gazetteer.wikidata(for: "United States") == "Q30")
        #expect(gazetteer.wikidata(for: "Iran") == "Q794")
        #expect(gazetteer.wikidata(for: "Ukraine") == "Q212")
        #expect(gazetteer.wikidata(for: "Congo") == nil)
        #expect(gazetteer.wikidata(for: "Niger") != gazetteer.wikidata(for: "Nigeria"))
    }

    @Test func roleNounsAreKnownWithTheirHead() throws {
        let gazetteer = try #require(Self.gazetteer)
        #expect(gazetteer.roles["foreign minister"] == "minister")
        #expect(gazetteer.roles["secretary of state"] == "secretary")
        #expect(gazetteer.roles["president"] == "president")
    }

    /// Word indices of the first run of tokens spelling `mention`.
    static func span(of mention: String, in words: [Word]) -> [Int]? {
        let target = Tokenizer().tokenize(mention).map(\.form)
        guard !target.isEmpty, words.count >= target.count else { return nil }
        for start in 0...(words.count - target.count) where (0..<target.count).allSatisfy({ words[start + $0].form == target[$0] }) {
            return Array(start..<(start + target.count))
        }
        return nil
    }
}
