import Foundation
import KGCore
import KGExport
import KGGraph
import Testing

/// Diagrams drawn through `DiagramSelection`: role lines in node labels, country boxes, notes, the canvas cap.
@Suite struct DiagramDrawingTests {
    static let russia = Entity(name: "Russia", type: .country)
    static let lavrov = Entity(name: "Sergey Lavrov", type: .person)
    static let nato = Entity(name: "NATO", type: .org)
    static let switches = DiagramSelection.Switches(more: "--limit N", concepts: "--show-concepts", roles: "--show-roles")

    static var graph: KnowledgeGraph {
        func edge(_ s: Entity, _ relation: String, _ o: Entity, _ count: Int = 1) -> Edge {
            Edge(subject: s.id, relation: relation, object: o.id, evidence: (0..<count).map { Fixtures.evidence(sentence: $0) })
        }
        return KnowledgeGraph(entities: [russia, lavrov, nato], edges: [
            edge(lavrov, "foreign minister of", russia, 3), edge(lavrov, "criticize", nato, 2), edge(nato, "warn", russia),
        ])
    }

    @Test func foldsRolesIntoLabelsAndGroupsPeopleByCountry() throws {
        let selection = DiagramSelection.select(from: Self.graph, options: .init(focus: [Self.russia.id]))
        let options = DOTOptions(title: "Russia").drawing(selection, switches: Self.switches, clusters: true)
        let dot = DOTWriter(options: options).write(selection.graph)
        #expect(dot.contains(#"label="Sergey Lavrov\nforeign minister, Russia""#), "\(dot)")
        #expect(!dot.contains("\"foreign minister of\""), "the role is not an edge")
        #expect(dot.contains(#"subgraph "cluster:country:russia""#), "Lavrov and Russia share a box")
        #expect(dot.contains("role and membership edge shown in names"))
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(selection.graph, options: options)))
        #expect(svg.all.contains { $0.classes.contains("cluster") })
        let texts = svg.all.filter { $0.name == "text" }.map(\.text)
        #expect(texts.contains("foreign minister, Russia"))
        #expect(texts.contains { $0.contains("(--show-roles)") })
    }

    @Test func drawsRolesAsEdgesWhenAsked() throws {
        let selection = DiagramSelection.select(from: Self.graph, options: .init(drawsRoles: true))
        let dot = DOTWriter(options: DOTOptions().drawing(selection, switches: Self.switches, clusters: false)).write(selection.graph)
        #expect(dot.contains(#"label="foreign minister of (3)""#))
        #expect(!dot.contains("cluster"))
    }

    @Test func scalesLargePicturesDownToTheCanvas() throws {
        // A 60-node chain laid out left to right is far wider than 2,000 pixels at natural size.
        let entities = (0..<60).map { Entity(name: "Country number \($0)", type: .country) }
        let edges = zip(entities, entities.dropFirst()).map { Edge(subject: $0.id, relation: "warn", object: $1.id,
                                                                   evidence: [Fixtures.evidence()]) }
        let graph = KnowledgeGraph(entities: entities, edges: edges)
        func size(_ options: DOTOptions) throws -> (Int, Int) {
            let png = [UInt8](try GraphvizRenderer().render(graph, options: options, format: .png).prefix(24))
            func int(_ at: Int) -> Int { png[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            return (int(16), int(20))
        }
        var natural = DOTOptions()
        natural.maximumCanvasPixels = nil
        #expect(try size(natural).0 > 2_000)
        let capped = try size(DOTOptions())
        #expect(capped.0 <= 2_000 && capped.1 <= 2_000, "\(capped)")
    }
}
