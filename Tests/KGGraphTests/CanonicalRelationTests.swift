import KGCore
import KGGraph
import Testing

/// Edges are formed on canonical relation lemmas, so spellings and phrasings of one relation meet.
@Suite struct CanonicalRelationTests {
    static func assertion(_ lemma: String, negated: Bool = false, sentence: Int) -> Assertion {
        Assertion(
            documentID: "seed", sentenceIndex: sentence, sentence: "sentence \(sentence)",
            sentenceSpan: TextSpan(start: sentence * 100, end: sentence * 100 + 50),
            subject: Argument(text: "Tehran", entity: "Iran", type: .country,
                              span: TextSpan(start: sentence * 100, end: sentence * 100 + 6)),
            relation: RelationPhrase(lemma: lemma, text: lemma, negated: negated),
            object: Argument(text: "Russia", entity: "Russia", type: .country,
                             span: TextSpan(start: sentence * 100 + 30, end: sentence * 100 + 36)),
            confidence: 0.9)
    }

    static let document = DocumentInfo(id: "seed", sourcePath: "seed.txt", contentHash: "h")

    @Test func aDenialOfSendingAndAnAdmissionOfSupplyingAreOneContestedEdge() throws {
        let graph = KnowledgeGraph(assertions: [
            Self.assertion("send to", negated: true, sentence: 0), Self.assertion("supply to", sentence: 1),
        ], document: Self.document)
        #expect(graph.edgeCount == 1)
        let edge = try #require(graph.edges.values.first)
        #expect(edge.relation == "supply to")
        #expect(edge.isContested)
        #expect(edge.relationClass.category == .materialCooperation)
        #expect(Set(edge.evidence.map(\.relationText)) == ["send to", "supply to"], "evidence keeps the words")
    }

    @Test func relationFiltersAreWrittenAsTheGraphWritesRelations() {
        var filter = GraphFilter(relations: ["criticise", "Meet with"])
        #expect(filter.relations == ["criticize", "meet"])
        filter.relations = ["hold talks with"]
        #expect(filter.relations == ["talk with"])
    }

    @Test func britishAndAmericanSpellingsAreOneEdge() {
        let graph = KnowledgeGraph(assertions: [
            Self.assertion("criticise", sentence: 0), Self.assertion("criticize", sentence: 1),
            Self.assertion("meet with", sentence: 2), Self.assertion("meet", sentence: 3),
        ], document: Self.document)
        #expect(Set(graph.edges.keys.map(\.relation)) == ["criticize", "meet"])
        #expect(graph.edges.values.allSatisfy { $0.evidenceCount == 2 })
    }

    @Test func rolesAreTypedEdges() {
        var role = Self.assertion("defence minister of", sentence: 0)
        role.subject = Argument(text: "Ben Wallace", entity: "Ben Wallace", type: .person,
                                span: TextSpan(start: 0, end: 11))
        role.object = Argument(text: "British", entity: "United Kingdom", type: .country, span: TextSpan(start: 12, end: 19))
        let graph = KnowledgeGraph(assertions: [role], document: Self.document)
        let edge = graph.edges.values.first
        #expect(edge?.relation == "defense minister of")
        #expect(edge?.relationClass.category == .role)
    }

    @Test func storesRenameOnlyNonCanonicalRelationsInOneOrder() {
        let renaming = RelationRenaming(storedRelations: ["speak with", "meet", "criticise", "hold talks with", "meet"])
        #expect(renaming.renames.map { "\($0.from) -> \($0.to)" } == [
            "criticise -> criticize", "hold talks with -> talk with", "speak with -> talk with",
        ])
        #expect(RelationRenaming(storedRelations: ["meet", "talk with"]).renames.isEmpty)
    }
}
