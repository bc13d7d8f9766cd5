import KGCore
import KGGraph
import Testing

/// Objects that name nothing ("admitted what everybody knew", "wanted to") make no edges; named objects do.
@Suite struct EmptyObjectTests {
    static func assertion(object text: String, entity: String? = nil, type: EntityType = .concept) -> Assertion {
        Assertion(
            documentID: "d", sentenceIndex: 0, sentence: "s", sentenceSpan: TextSpan(start: 0, end: 40),
            subject: Argument(text: "Nicola Sturgeon", entity: nil, type: .person, span: TextSpan(start: 0, end: 15)),
            relation: RelationPhrase(lemma: "admit", text: "admitted"),
            object: Argument(text: text, entity: entity, type: type, span: TextSpan(start: 25, end: 25 + text.count)),
            confidence: 0.5)
    }

    @Test(arguments: ["what", "What", "to", "himself", "something", "us"])
    func objectsThatNameNothingMakeNoEdge(_ text: String) {
        let graph = KnowledgeGraph(assertions: [Self.assertion(object: text)],
                                   document: DocumentInfo(id: "d", sourcePath: "d", contentHash: "h"))
        #expect(graph.edgeCount == 0)
    }

    @Test func resolvedShortNamesStillMakeEdges() {
        let graph = KnowledgeGraph(
            assertions: [Self.assertion(object: "US", entity: "United States", type: .country),
                         Self.assertion(object: "the referendum")],
            document: DocumentInfo(id: "d", sourcePath: "d", contentHash: "h"))
        #expect(graph.edgeCount == 2)
    }
}

/// Only short names become aliases; glued clauses, lists and coreferent phrases do not.
@Suite struct AliasAdmissionTests {
    static func graph(subject text: String, coreferent: Bool = false) -> KnowledgeGraph {
        KnowledgeGraph(
            assertions: [Assertion(
                documentID: "d", sentenceIndex: 0, sentence: "s", sentenceSpan: TextSpan(start: 0, end: 80),
                subject: Argument(text: text, entity: "United States", type: .country,
                                  span: TextSpan(start: 0, end: text.count), coreferent: coreferent),
                relation: RelationPhrase(lemma: "sanction", text: "sanctioned"),
                object: Argument(text: "Russia", entity: "Russia", type: .country, span: TextSpan(start: 70, end: 76)),
                confidence: 0.5)],
            document: DocumentInfo(id: "d", sourcePath: "d", contentHash: "h"))
    }

    // "The Biden administration" was listed here; under issue 16 (aliases are names: no other entities, no
    // common-noun tails) it is a description naming Biden, so it moved to the list below.
    @Test(arguments: ["Washington", "the White House", "U.S."])
    func shortNamesBecomeAliases(_ text: String) {
        #expect(Self.graph(subject: text).entities["country:united states"]?.aliases == [text])
    }

    @Test(arguments: ["Washington (CNN)President Donald Trump", "the U.S., Mexico, Israel, Finland",
                      "the American people for electing Donald Trump as president", "Washington\nlawmakers",
                      "The Biden administration"])
    func gluedPhrasesDoNotBecomeAliases(_ text: String) {
        #expect(Self.graph(subject: text).entities["country:united states"]?.aliases == [])
    }

    @Test func coreferentPhrasesDoNotBecomeAliases() {
        #expect(Self.graph(subject: "the government", coreferent: true).entities["country:united states"]?.aliases == [])
    }
}
