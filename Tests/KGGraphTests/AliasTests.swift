import KGCore
import KGGraph
import Testing

/// Aliases are names of their entity: no roles, other entities, determiners, quantifiers or tails.
@Suite struct AliasTests {
    static func aliases(of text: String, entity: String, type: EntityType) -> [String] {
        let argument = Argument(text: text, entity: entity, type: type, span: TextSpan(start: 0, end: text.count))
        let object = Argument(text: "Ukraine", entity: "Ukraine", type: .country, span: TextSpan(start: 50, end: 57))
        let assertion = Assertion(
            documentID: "d", sentenceIndex: 0, sentence: text, sentenceSpan: TextSpan(start: 0, end: 60),
            subject: argument, relation: RelationPhrase(lemma: "criticize", text: "criticised"), object: object, confidence: 0.9)
        let graph = KnowledgeGraph(assertions: [assertion], document: DocumentInfo(id: "d", sourcePath: "-", contentHash: ""))
        return graph.entities[Entity.key(name: entity, type: type)]?.aliases ?? []
    }

    static let notAliases: [(String, String, EntityType)] = [
        ("German Chancellor Angela Merkel", "Germany", .country),
        ("the Russian President", "Russia", .country),
        ("A Russian diplomat", "Russia", .country),
        ("the UK's highest court", "United Kingdom", .country),
        ("Russian forces", "Russia", .country),
        ("Several Iranian officials", "Iran", .country),
        // Tails and glue left by the parse: a possessive's apostrophe, an article, a day, a cut word, an age.
        ("Jeff Sessions'", "Jeff Sessions", .person),
        ("Jeff Sessions '", "Jeff Sessions", .person),
        ("The Jeff Sessions", "Jeff Sessions", .person),
        ("Angela Merkel Friday", "Angela Merkel", .person),
        ("White House -a-Lago", "United States", .country),
        ("The 21-year-old American", "United States", .country),
        // A clause opener or a day glued in front, a list, a score, a plural office.
        ("Tuesday Turkey", "Turkey", .country),
        ("Even Japan", "Japan", .country),
        ("Only the U.S.", "United States", .country),
        ("We Americans", "United States", .country),
        ("South Korea and Japan", "South Korea", .country),
        ("Russia 3-2", "Russia", .country),
        ("Russian Foreign Ministers", "Russia", .country),
        // A person's alias is a form of that person's name, not a neighbour's words or another name.
        ("Guys Trump", "Donald Trump", .person),
        ("Aerospace Force", "Vladimir Putin", .person),
    ]

    @Test(arguments: notAliases)
    func descriptionsAreNotAliases(_ c: (String, String, EntityType)) {
        #expect(Self.aliases(of: c.0, entity: c.1, type: c.2).isEmpty)
    }

    static let names: [(String, String, EntityType)] = [
        ("the Kremlin", "Russia", .country),
        ("Moscow", "Russia", .country),
        ("Bank of England", "Bank of England (UK)", .org),
        ("Bashar al-Assad", "Assad", .person),
        ("Mr Trump", "Donald Trump", .person),
        ("Trump", "Donald Trump", .person),
        ("Sergei Lavrov", "Sergey Lavrov", .person),
        ("Donald J. Trump", "Donald Trump", .person),
        ("Trinidad and Tobago", "Republic of Trinidad and Tobago", .country),
        ("the G20", "G20", .org),
    ]

    @Test(arguments: names)
    func namesAreAliases(_ c: (String, String, EntityType)) {
        #expect(Self.aliases(of: c.0, entity: c.1, type: c.2) == [c.0])
    }
}
