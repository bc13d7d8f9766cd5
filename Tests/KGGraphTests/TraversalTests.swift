import KGCore
import KGGraph
import Testing

@Suite struct TraversalTests {
    let graph = GraphFixture.graph
    let us = GraphFixture.unitedStates.id
    let russia = GraphFixture.russia.id
    let iran = GraphFixture.iran.id
    let drones = GraphFixture.drones.id
    let belarus = GraphFixture.belarus.id
    let ukraine = GraphFixture.ukraine.id

    @Test func directionRawValuesAreTheCLISpellings() {
        #expect(Direction.allCases.map(\.rawValue) == ["out", "in", "both"])
        #expect(Direction(rawValue: "in") == .in)
    }

    @Test func depthZeroIsTheEntityAlone() {
        let sub = graph.subgraph(around: russia, depth: 0, direction: .both)
        #expect(Set(sub.entities.keys) == [russia])
        #expect(sub.edgeCount == 0)
    }

    @Test func unknownEntityGivesEmptyGraph() {
        #expect(graph.subgraph(around: "country:atlantis", depth: 2) == KnowledgeGraph())
    }

    @Test func outgoingDepthOneFollowsOnlyEdgesLeavingTheEntity() {
        let sub = graph.subgraph(around: russia, depth: 1, direction: .out)
        #expect(Set(sub.entities.keys) == [russia, iran, ukraine])
        #expect(Set(sub.edges.keys.map(\.relation)) == ["buy", "attack"])
    }

    @Test func incomingDepthOneFollowsOnlyEdgesArrivingAtTheEntity() {
        let sub = graph.subgraph(around: russia, depth: 1, direction: .in)
        #expect(Set(sub.entities.keys) == [russia, us])
        #expect(Set(sub.edges.keys.map(\.relation)) == ["sanction", "talk with"])
    }

    @Test func bothDirectionsAtDepthTwoReachTwoHops() {
        let one = graph.subgraph(around: russia, depth: 1, direction: .both)
        #expect(Set(one.entities.keys) == [russia, us, iran, ukraine])
        #expect(one.edgeCount == 4)
        let two = graph.subgraph(around: russia, depth: 2, direction: .both)
        #expect(Set(two.entities.keys) == [russia, us, iran, ukraine, drones, belarus])
        #expect(two.edgeCount == 6)
    }

    @Test func outgoingDepthTwoFollowsChains() {
        let sub = graph.subgraph(around: us, depth: 2, direction: .out)
        #expect(Set(sub.entities.keys) == [us, russia, iran, ukraine])
        // Iran's own outgoing edge is three hops from the United States.
        #expect(sub.edges[Edge.ID(subject: iran, relation: "supply", object: drones)] == nil)
    }

    @Test func subgraphKeepsAllEvidenceOfItsEdges() {
        let sub = graph.subgraph(around: russia, depth: 1, direction: .in)
        let sanction = Edge.ID(subject: us, relation: "sanction", object: russia)
        #expect(sub.edges[sanction]?.evidenceCount == 3)
        #expect(sub.evidenceCount == 4)
        #expect(sub.entities[russia]?.aliases == ["Moscow", "the Kremlin"])
    }

    @Test func topEdgesRanksByEvidenceThenId() {
        let top = graph.topEdges(limit: 3)
        // attack has 4, sanction 3; buy and supply tie at 2 and supply's subject id (country:iran) sorts first.
        #expect(Set(top.edges.keys.map(\.relation)) == ["attack", "sanction", "supply"])
        #expect(Set(top.entities.keys) == [us, russia, ukraine, iran, drones])
        #expect(top.edges[Edge.ID(subject: us, relation: "sanction", object: russia)]?.evidenceCount == 3)
    }

    @Test func topEdgesHandlesLimitsOutsideTheGraph() {
        #expect(graph.topEdges(limit: 0).edgeCount == 0)
        #expect(graph.topEdges(limit: -1).edgeCount == 0)
        #expect(graph.topEdges(limit: 100).edgeCount == graph.edgeCount)
    }
}
