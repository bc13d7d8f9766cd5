import Foundation
import KGCore
import KGGraph
import Testing
@testable import KGExport

@Suite("DOTWriter")
struct DOTWriterTests {
    /// Graphviz's copy of a node name: backslashes doubled, control characters other than LF/TAB as pictures.
    static func graphvizName(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            switch scalar.value {
            case 0x5C: out += "\\\\"
            case 0x0A, 0x09: out.unicodeScalars.append(scalar)
            case 0x00...0x1F: out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func hostileNamesRenderAndKeepTheirTitles() throws {
        let graph = Fixtures.hostileGraph()
        let dot = DOTWriter(options: DOTOptions(graphName: "hostile \"graph\"", title: "Title <&> \\ \"q\"")).write(graph)
        let svgData = try GraphvizRenderer().render(dot: dot, format: .svg, engine: .dot)
        let svg = try #require(SVGDocument(svgData), "SVG is not well-formed XML")
        let raw = String(decoding: svgData, as: UTF8.self)
        #expect(!raw.contains("<script>"), "markup in names must be escaped in SVG")

        #expect(svg.groups("node").count == Fixtures.hostileNames.count)
        #expect(svg.groups("edge").count == Fixtures.hostileNames.count - 1)
        for name in Fixtures.hostileNames {
            let id = "hostile:\(name)"
            // Graphviz's SVG writer passes entity-like text in names through, so a literal "&amp;" reads as "&".
            let title = Self.graphvizName(id).replacingOccurrences(of: "&amp;", with: "&")
            let node = svg.node(titled: title)
            #expect(node != nil, "no node titled \(title.debugDescription)")
            guard let node else { continue }
            #expect(node.classes == ["node", "entity", "person", "actor"])
            // Graphviz undoes the doubled backslashes in `id`s; XML turns tabs and newlines in attributes to spaces.
            let expectedID = Self.graphvizName(id).replacingOccurrences(of: "\\\\", with: "\\").replacingOccurrences(of: "\n", with: " ")
                .replacingOccurrences(of: "\t", with: " ")
            #expect(node.attributes["id"] == expectedID)
            let tooltip = node.descendants.compactMap { $0.attributes["xlink:title"] }.first ?? ""
            let shown = name.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r", with: "\n")
                .replacingOccurrences(of: "\u{07}", with: "\u{2407}").replacingOccurrences(of: "\\", with: "\u{29F5}")
            #expect(tooltip.hasPrefix(shown + " (person)"), "tooltip \(tooltip.debugDescription) of \(name.debugDescription)")
            // The label shows the name itself, line by line.
            let expectedLines = name.replacingOccurrences(of: "\r", with: "\n")
                .replacingOccurrences(of: "\t", with: " ")
                .replacingOccurrences(of: "\u{07}", with: "\u{2407}")
                .split(separator: "\n").map(String.init)
            let texts = node.descendants.filter { $0.name == "text" }.map(\.text)
            #expect(texts == expectedLines, "label of \(name.debugDescription)")
        }
    }

    @Test func graphIsNamedAndTitled() throws {
        let dot = DOTWriter(options: DOTOptions(graphName: "strict", title: "Week 12")).write(Fixtures.weightedGraph())
        #expect(dot.hasPrefix("digraph \"strict\" {"))
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(dot: dot)))
        #expect(svg.groups("graph").first?.title == "strict")
        #expect(svg.texts.contains("Week 12"))

        let unnamed = DOTWriter(options: DOTOptions(graphName: "")).write(Fixtures.weightedGraph())
        #expect(unnamed.hasPrefix("digraph \"newsgraph\" {"), "an empty name falls back, never anonymous")
    }

    @Test func nodesAreStyledByType() throws {
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(Fixtures.weightedGraph())))
        let russia = try #require(svg.node(titled: "country:russia"))
        #expect(russia.attributes["id"] == "country:russia")
        #expect(russia.classes == ["node", "entity", "country", "actor"])
        let fills = Dictionary(grouping: svg.groups("node")) { $0.classes.dropFirst(2).first ?? "" }
            .mapValues { groups in Set(groups.flatMap { $0.descendants.compactMap { $0.attributes["fill"] } }) }
        #expect(fills["country"]?.contains("#c6dbef") == true)
        #expect(fills["concept"]?.contains("#f7f7f7") == true)
        #expect(Set(EntityType.allCases.map { EntityStyle.style(for: $0).fillColor }).count == EntityType.allCases.count)
        // The tooltip names the type and the aliases.
        let tooltip = russia.descendants.compactMap { $0.attributes["xlink:title"] }.first ?? ""
        #expect(tooltip.contains("Russia (country)") && tooltip.contains("Moscow, the Kremlin"))
    }

    @Test func edgePenWidthGrowsWithEvidence() throws {
        #expect(DOTWriter.penWidth(evidenceCount: 1) == "1.0")
        #expect(DOTWriter.penWidth(evidenceCount: 2) == "2.0")
        #expect(DOTWriter.penWidth(evidenceCount: 3) == "2.58")
        #expect(DOTWriter.penWidth(evidenceCount: 8) == "4.0")
        #expect(DOTWriter.penWidth(evidenceCount: 0) == "1.0")

        let graph = Fixtures.weightedGraph()
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(graph)))
        func strokeWidth(_ subject: String, _ relation: String, _ object: String) -> Double? {
            let id = "edge:\(subject)|\(relation)|\(object)"
            guard let edge = svg.groups("edge").first(where: { $0.attributes["id"] == id }),
                  let path = edge.descendants.first(where: { $0.name == "path" })
            else { return nil }
            return Double(path.attributes["stroke-width"] ?? "1")
        }
        let widths = [
            strokeWidth("country:russia", "attack", "country:ukraine"),
            strokeWidth("country:russia", "sanction", "org:nato"),
            strokeWidth("person:vladimir putin", "lead", "country:russia"),
            strokeWidth("group:wagner", "fight in", "location:crimea"),
        ]
        #expect(widths.allSatisfy { $0 != nil }, "every edge found by its id: \(widths)")
        let values = widths.compactMap { $0 }
        #expect(values == values.sorted() && Set(values).count == values.count, "widths \(values) grow strictly")
    }

    @Test func deniedAndContestedEdgesAreDashedAndCounted() throws {
        let graph = Fixtures.weightedGraph()
        let dot = DOTWriter().write(graph)
        let lines = dot.split(separator: "\n")
        let buyLine = try #require(lines.first { $0.contains("label=\"not buy (3)\"") }, "all-denied edges read 'not …'")
        #expect(buyLine.contains("style=\"dashed\"") && buyLine.contains("arrowhead=\"tee\""))
        let buy = RelationTaxonomy.classify("buy")
        #expect(buyLine.contains("class=\"relation denied \(buy.polarity.rawValue) cat-\(buy.category.rawValue) rel-buy\""))
        let supportLine = try #require(lines.first { $0.contains("label=\"support (3, 1 denied)\"") })
        #expect(supportLine.contains("style=\"dashed\""), "one denial in three is contested: dashed too")
        #expect(supportLine.contains("relation contested") && !supportLine.contains("tee"))
        let attackLine = try #require(lines.first { $0.contains("label=\"attack\"") })
        #expect(!attackLine.contains("dashed") && attackLine.contains("relation asserted conflictual cat-\(RelationTaxonomy.classify("attack").category.rawValue)"))

        let svg = try #require(SVGDocument(try GraphvizRenderer().render(dot: dot)))
        let dashed = svg.groups("edge").filter { group in
            group.descendants.contains { $0.name == "path" && $0.attributes["stroke-dasharray"] != nil }
        }
        #expect(Set(dashed.flatMap(\.classes)).isSuperset(of: ["denied", "contested"]))
        #expect(dashed.count == 2)

        let plain = DOTWriter(options: DOTOptions(showsCounts: false)).write(graph)
        #expect(plain.contains("label=\"not buy\"") && !plain.contains("buy (3)"))
        #expect(plain.contains("label=\"support (contested)\""))
    }

    @Test func plannedAndHypotheticalEdgesAreDottedAndLabelled() throws {
        var planned = Fixtures.evidence(text: "Russia will sanction Ukraine.")
        planned.modality = "will"
        var threatened = Fixtures.evidence(doc: "doc-2", text: "Russia threatened to sanction Ukraine.")
        threatened.modality = "threaten to"
        var willAgain = Fixtures.evidence(doc: "doc-3", text: "Russia will sanction Ukraine soon.")
        willAgain.modality = "will"
        let graph = KnowledgeGraph(
            entities: [Entity(name: "Russia", type: .country), Entity(name: "Ukraine", type: .country)],
            edges: [
                Edge(subject: "country:russia", relation: "sanction", object: "country:ukraine", evidence: [planned, threatened, willAgain]),
                Edge(subject: "country:ukraine", relation: "sanction", object: "country:russia", evidence: [planned, Fixtures.evidence()]),
            ])
        let lines = DOTWriter().write(graph).split(separator: "\n")
        let modal = try #require(lines.first { $0.contains("label=\"sanction [will] (3)\"") }, "the most frequent modality is shown")
        #expect(modal.contains("style=\"dotted\"") && modal.contains(" modal\""))
        // One sentence stating it as a fact is enough to draw it as one.
        let stated = try #require(lines.first { $0.contains("label=\"sanction (2)\"") })
        #expect(!stated.contains("dotted") && !stated.contains("modal"))
    }

    @Test func edgesAreColouredByPolarity() throws {
        var graph = Fixtures.weightedGraph()
        graph.insert(Edge(subject: "org:nato", relation: "meet", object: "country:ukraine", evidence: [Fixtures.evidence()]))
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(graph)))
        func strokes(_ polarity: Polarity) -> Set<String> {
            Set(svg.groups("edge").filter { $0.classes.contains(polarity.rawValue) }
                .flatMap { $0.descendants.filter { $0.name == "path" }.compactMap { $0.attributes["stroke"] } })
        }
        #expect(strokes(.conflictual) == [EdgeStyle.style(for: .conflictual).color], "attack and sanction are red")
        #expect(strokes(.cooperative) == [EdgeStyle.style(for: .cooperative).color], "meet is green")
        #expect(strokes(.neutral) == [EdgeStyle.style(for: .neutral).color])
        let colours = Set(Polarity.allCases.map { EdgeStyle.style(for: $0).color })
        #expect(colours.count == 3)
    }

    @Test func titleSubtitleAndLegendDescribeWhatIsDrawn() throws {
        let options = DOTOptions(title: "Russia <&> \"you\"", subtitle: "12 articles")
        let dot = DOTWriter(options: options).write(Fixtures.weightedGraph())
        #expect(dot.contains("label=<<TABLE"), "an HTML-like graph label")
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(dot: dot)))
        let texts = svg.texts
        #expect(texts.contains("Russia <&> \"you\""))
        #expect(texts.contains("12 articles"))
        for type in ["country", "organisation", "person", "group", "location", "thing"] {
            #expect(texts.contains(type), "legend names \(type)")
        }
        let present = Set(Fixtures.weightedGraph().edges.values.map { $0.relationClass.polarity })
        for polarity in Polarity.allCases {
            #expect(texts.contains(polarity.rawValue) == present.contains(polarity), "legend lists \(polarity) only if drawn")
        }
        let attackOnly = Fixtures.weightedGraph().subgraph(
            edges: [Edge.ID(subject: "country:russia", relation: "attack", object: "country:ukraine")])
        let small = try #require(SVGDocument(try GraphvizRenderer().render(attackOnly)))
        #expect(small.texts.contains("conflictual") && !small.texts.contains("cooperative") && !small.texts.contains("person"),
                "only the types and polarities drawn: \(small.texts)")
        #expect(texts.contains { $0.contains("denied or contested") })
        #expect(svg.groups("node").count == 7, "the legend adds no nodes")

        let bare = DOTWriter(options: DOTOptions(showsLegend: false)).write(Fixtures.weightedGraph())
        #expect(!bare.contains("<TABLE"), "no title, no legend: no caption at all")
    }

    @Test func focusEntityIsEmphasised() throws {
        let options = DOTOptions(focusEntityIDs: ["country:russia"])
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(Fixtures.weightedGraph(), options: options)))
        let russia = try #require(svg.node(titled: "country:russia"))
        #expect(russia.classes.contains("focus"))
        #expect(svg.groups("node").filter { $0.classes.contains("focus") }.count == 1)
    }

    @Test func edgeLabelsCanBeLeftOutButTooltipsStay() throws {
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(
            Fixtures.weightedGraph(), options: DOTOptions(showsEdgeLabels: false, showsLegend: false))))
        let edgeTexts = svg.groups("edge").flatMap { $0.descendants.filter { $0.name == "text" } }
        #expect(edgeTexts.isEmpty)
        #expect(svg.groups("edge").allSatisfy { $0.descendants.contains { $0.attributes["xlink:title"] != nil } })
    }

    @Test func edgeTooltipQuotesATruncatedExample() throws {
        let long = String(repeating: "word ", count: 100) + "end."
        let edge = Edge(
            subject: "country:a", relation: "warn", object: "country:b",
            evidence: [Fixtures.evidence(text: long), Fixtures.evidence(doc: "doc-2", text: "Short one.", confidence: 0.9)])
        let graph = KnowledgeGraph(
            entities: [Entity(name: "A", type: .country), Entity(name: "B", type: .country)], edges: [edge])
        let dot = DOTWriter(options: DOTOptions(exampleSentenceLength: 40)).write(graph)
        #expect(dot.contains("“Short one.”"), "the most confident sentence is quoted")
        #expect(DOTWriter.truncated(long, to: 40).count == 40)
        #expect(DOTWriter.truncated(long, to: 40).hasSuffix("…"))
        #expect(DOTWriter.truncated("a\n  b", to: 40) == "a b")
    }

    @Test func outputIsDeterministic() {
        let graph = Fixtures.weightedGraph()
        let reversed = KnowledgeGraph(
            entities: graph.sortedEntities.reversed(), edges: graph.sortedEdges.reversed())
        #expect(DOTWriter().write(graph) == DOTWriter().write(reversed))
    }

    @Test func danglingEndpointsGetAPlainNode() throws {
        let graph = KnowledgeGraph(
            entities: [Entity(name: "A", type: .country)],
            edges: [Edge(subject: "country:a", relation: "meet", object: "person:gone", evidence: [Fixtures.evidence()])])
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(graph)))
        #expect(svg.node(titled: "person:gone")?.classes == ["node", "entity", "unknown"])
    }

    @Test func relationClassTokensAreCSSSafe() {
        #expect(DOTWriter.classToken("talk with") == "talk-with")
        #expect(DOTWriter.classToken("<b>&\"x\"") == "b-x")
        #expect(DOTWriter.classToken("北京") == "other")
    }
}
