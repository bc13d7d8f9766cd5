import KGCore
import KGGraph
import Testing

/// The one selection rule behind every diagram: actors first, roles folded, strongest edges with a spread.
@Suite struct DiagramSelectionTests {
    static let russia = Entity(name: "Russia", type: .country)
    static let lavrov = Entity(name: "Sergey Lavrov", type: .person)
    static let nato = Entity(name: "NATO", type: .org)
    static let drones = Entity(name: "Iranian drones", type: .concept)

    static func edge(_ s: Entity, _ relation: String, _ o: Entity, _ count: Int) -> Edge {
        GraphFixture.edge(s, relation, o, evidence: count)
    }

    /// Russia's ego network: a role, a membership, a concept and interactions with five countries.
    static var network: KnowledgeGraph {
        let countries = ["Ukraine", "Syria", "Turkey", "Iran", "China"].map { Entity(name: $0, type: .country) }
        var edges = [
            edge(lavrov, "foreign minister of", russia, 6),
            edge(lavrov, "criticize", nato, 2),
            edge(russia, "member of", Entity(name: "BRICS", type: .org), 3),
            edge(russia, "supply", drones, 9),
            edge(nato, "criticize", russia, 1),
        ]
        // Ukraine gets five strong fights, the others one weaker edge each, of other categories.
        for count in [12, 11, 10, 9, 8] { edges.append(edge(russia, "attack \(count)", countries[0], count)) }
        edges.append(edge(russia, "attack", countries[0], 13))
        edges.append(edge(russia, "support", countries[1], 5))
        edges.append(edge(countries[2], "talk with", russia, 4))
        edges.append(edge(russia, "buy", countries[3], 4))
        edges.append(edge(countries[4], "criticize", russia, 3))
        let entities = [russia, lavrov, nato, drones, Entity(name: "BRICS", type: .org)] + countries
        return KnowledgeGraph(entities: entities, edges: edges)
    }

    static let switches = DiagramSelection.Switches(more: "--limit N", concepts: "--show-concepts", roles: "--show-roles")

    @Test func keepsActorInteractionsAndFoldsRolesIntoNames() {
        let selection = DiagramSelection.select(from: Self.network, options: .init(focus: [Self.russia.id]))
        let relations = Set(selection.graph.edges.values.map(\.relation))
        #expect(!relations.contains("foreign minister of") && !relations.contains("member of"), "roles are not drawn")
        #expect(!relations.contains("supply"), "the concept edge is not drawn")
        #expect(relations.contains("criticize") && relations.contains("support"))
        #expect(selection.omitted.conceptEdges == 1)
        #expect(selection.omitted.roleEdges == 2)
        #expect(selection.omitted.weakerEdges == 0)
        #expect(selection.roles[Self.lavrov.id] == ["foreign minister, Russia"])
        #expect(selection.roles[Self.russia.id] == nil, "countries hold no roles; their membership is not a label")
        #expect(selection.groups[Self.lavrov.id] == Self.russia.id, "Lavrov is grouped with Russia")
        #expect(selection.graph.edges.values.allSatisfy { !DiagramSelection.isRoleEdge($0) })
    }

    @Test func saysWhatItLeftOutAndWhichSwitchBringsItBack() {
        let selection = DiagramSelection.select(
            from: Self.network, options: .init(maximumEdges: 4, focus: [Self.russia.id]), totalEdges: 40)
        let notes = selection.notes(switches: Self.switches)
        // 12 drawable candidates of 15 edges: 4 drawn, 8 weaker, and 25 more the caller never read.
        #expect(notes.count == 3)
        #expect(notes[0] == "4 strongest of 37 relations drawn, spread over categories and neighbours (--limit N for more)")
        #expect(notes[1] == "1 edge to concepts not drawn (--show-concepts)")
        #expect(notes[2] == "2 role and membership edges shown in names, not drawn (--show-roles)")
        #expect(DiagramSelection.select(from: KnowledgeGraph(), options: .init()).note(switches: Self.switches) == nil)
    }

    @Test func spreadsTheBudgetOverNeighboursAndCategories() {
        let selection = DiagramSelection.select(from: Self.network, options: .init(maximumEdges: 5, focus: [Self.russia.id]))
        let edges = selection.graph.edges.values
        #expect(edges.count == 5)
        #expect(edges.contains { $0.relation == "attack" }, "the strongest edge is kept")
        let neighbours = Set(edges.flatMap { [$0.subject, $0.object] }).subtracting([Self.russia.id])
        #expect(neighbours.count >= 4, "not five edges to Ukraine: \(neighbours.sorted())")
        // Strongest first alone would have taken Ukraine's five fights.
        #expect(edges.filter { $0.object == Entity.key(name: "Ukraine", type: .country) }.count <= 2)
    }

    @Test func respectsTheNodeBudgetAndAlwaysDrawsTheFocus() {
        let selection = DiagramSelection.select(
            from: Self.network, options: .init(maximumEdges: 50, maximumNodes: 3, focus: [Self.russia.id]))
        #expect(selection.graph.entityCount <= 3)
        #expect(selection.graph.entities[Self.russia.id] != nil)
        #expect(selection.graph.edgeCount >= 2)
    }

    @Test func switchesBringBackConceptsRolesAndEverything() {
        let all = DiagramSelection.select(
            from: Self.network,
            options: .init(maximumEdges: 2, drawsEverything: true, drawsConcepts: true, drawsRoles: true))
        #expect(all.graph.edgeCount == Self.network.edgeCount)
        #expect(all.omitted.isEmpty)
        #expect(all.roles.isEmpty, "roles drawn as edges are not repeated in names")
        #expect(all.groups[Self.lavrov.id] == Self.russia.id, "grouping still works")
    }

    @Test(arguments: [
        ("foreign minister of", "Russia", "foreign minister, Russia"),
        ("spokesman of", "the Kremlin", "spokesman, the Kremlin"),
        ("part of", "Russia", "part of Russia"),
        ("member of", "NATO", "member of NATO"),
    ])
    func foldsARoleIntoALine(relation: String, object: String, line: String) {
        let edge = Edge(subject: "person:x", relation: relation, object: "org:y")
        #expect(DiagramSelection.roleLine(edge, objectName: object) == line)
    }

    @Test func ignoresDeniedRoles() {
        var denied = Self.edge(Self.lavrov, "foreign minister of", Self.russia, 2)
        denied.evidence = denied.evidence.map { var e = $0; e.negated = true; return e }
        let graph = KnowledgeGraph(entities: [Self.lavrov, Self.russia, Self.nato],
                                   edges: [denied, Self.edge(Self.lavrov, "criticize", Self.nato, 1)])
        let selection = DiagramSelection.select(from: graph)
        #expect(selection.roles[Self.lavrov.id] == nil)
    }
}
