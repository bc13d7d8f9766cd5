import KGCore
import KGGraph
import Testing

@Suite struct LookupTests {
    let graph = GraphFixture.graph

    @Test(arguments: ["Russia", "russia", "  RUSSIA ", "moscow", "The Kremlin", "the  kremlin"])
    func findsEntityByNameOrAliasIgnoringCaseAndSpacing(name: String) {
        #expect(graph.entity(named: name)?.id == GraphFixture.russia.id)
    }

    @Test func unknownOrEmptyNameFindsNothing() {
        #expect(graph.entity(named: "Rusia") == nil)
        #expect(graph.entity(named: "   ") == nil)
    }

    @Test func prefersCanonicalNameOverAliasAndActorOverConcept() {
        let georgiaCountry = Entity(name: "Georgia", type: .country)
        let georgiaConcept = Entity(name: "Georgia", type: .concept)
        let person = Entity(name: "Jane Doe", type: .person, aliases: ["Georgia"])
        let graph = KnowledgeGraph(entities: [person, georgiaConcept, georgiaCountry], edges: [])
        #expect(graph.entities(named: "georgia").map(\.id) == [georgiaCountry.id, georgiaConcept.id, person.id])
    }

    @Test func amongActorsOfOneNameTheBetterConnectedWins() {
        // The tagger typed a few mentions of a well-known person as an organisation of the same name; the name
        // must still lead to the person with the relations, whichever key sorts first ("org:" before "person:").
        let person = Entity(name: "Rex Tillerson", type: .person)
        let mistyped = Entity(name: "Rex Tillerson", type: .org)
        let graph = KnowledgeGraph(entities: [mistyped, person, GraphFixture.russia, GraphFixture.iran], edges: [
            GraphFixture.edge(person, "meet", GraphFixture.russia, evidence: 1),
            GraphFixture.edge(person, "criticise", GraphFixture.iran, evidence: 1),
            GraphFixture.edge(mistyped, "visit", GraphFixture.russia, evidence: 1),
        ])
        #expect(graph.entities(named: "rex tillerson").map(\.id) == [person.id, mistyped.id])
    }

    @Test func suggestsCloseNames() {
        #expect(graph.closestNames(to: "Rusia") == ["Russia"])
        #expect(graph.closestNames(to: "Belaruss") == ["Belarus"])
        #expect(graph.closestNames(to: "Moskow") == ["Moscow"])
        #expect(graph.closestNames(to: "United") == ["United States"])
        #expect(graph.closestNames(to: "Zimbabwe").isEmpty)
    }

    @Test func suggestionsAreOrderedByDistanceThenAlphabetically() {
        let names = ["Iraq", "Iran", "Irak", "Italy", "Oman"]
        #expect(NameSuggester.closestNames(to: "Iraj", among: names, limit: 3) == ["Irak", "Iran", "Iraq"])
        #expect(NameSuggester.closestNames(to: "Iraj", among: names, limit: 1) == ["Irak"])
        #expect(NameSuggester.closestNames(to: "Iraj", among: names, limit: 0).isEmpty)
    }

    @Test func suggestionsCountNamesEqualUpToCaseOnce() {
        #expect(NameSuggester.closestNames(to: "Rusia", among: ["russia", "Russia", "RUSSIA"]) == ["RUSSIA"])
    }

    @Test func editDistanceIsLevenshtein() {
        func d(_ a: String, _ b: String) -> Int {
            NameSuggester.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(d("kitten", "sitting") == 3)
        #expect(d("", "abc") == 3)
        #expect(d("rusia", "russia") == 1)
        #expect(d("same", "same") == 0)
    }
}
