import Foundation
import KGCore
import KGGraph
import Testing
@testable import KGExport

@Suite("DOT links for web pages")
struct DOTLinksTests {
    static let links = DOTLinks(
        nodeURL: "/entity/{name}", edgeURL: "/evidence?subject={subject}&object={object}&relation={relation}",
        target: "_top", idPrefix: "ng-")

    @Test func placeholdersArePercentEncodedAndTemplatesStayURLs() {
        #expect(DOTLinks.expand("/entity/{name}", with: ["name": "Vladimir Putin"]) == "/entity/Vladimir%20Putin")
        #expect(DOTLinks.expand("/e/{name}", with: ["name": "a/b?c=d&e#f\"<>\\"]) == "/e/a%2Fb%3Fc%3Dd%26e%23f%22%3C%3E%5C")
        #expect(DOTLinks.expand("/e/{name}", with: ["name": "Zürich"]) == "/e/Z%C3%BCrich")
        #expect(DOTLinks.expand("/e/{name}", with: ["name": "{name}"]) == "/e/%7Bname%7D", "values are not re-expanded")
        #expect(DOTLinks.expand("/x?a={unknown}&b={name", with: ["name": "n"]) == "/x?a=%7Bunknown%7D&b=%7Bname")
        #expect(DOTLinks.expand("/my page/\"{id}\"", with: ["id": "1"]) == "/my%20page/%221%22")
    }

    /// The URL each node of the hostile graph should link to.
    static func nodeURL(_ name: String) -> String { "/entity/" + DOTLinks.percentEncoded(name) }

    @Test func hostileNamesGiveWorkingLinksIdsAndTooltipsInSVG() throws {
        let graph = Fixtures.hostileGraph()
        let title = "<script>alert(1)</script> & </svg>\n\u{07}\\N"
        let dot = DOTWriter(options: DOTOptions(title: title, subtitle: "</svg>", links: Self.links)).write(graph)
        let data = try GraphvizRenderer().render(dot: dot, format: .svg)
        let raw = String(decoding: data, as: UTF8.self)
        #expect(!raw.contains("<script>") && !raw.contains("<svg onload"), "markup in names stays text")
        #expect(raw.components(separatedBy: "</svg>").count == 2, "exactly one closing </svg>")
        let svg = try #require(SVGDocument(data), "SVG is not well-formed XML")
        #expect(svg.texts.contains("<script>alert(1)</script> & </svg> \u{2407}\\N"), "title stays text: \(svg.texts.prefix(2))")
        #expect(svg.texts.contains("</svg>"))

        let nodes = svg.groups("node")
        #expect(nodes.count == Fixtures.hostileNames.count)
        for node in nodes {
            #expect(node.attributes["id"]?.hasPrefix("ng-hostile:") == true, "id \(node.attributes["id"] ?? "nil")")
        }
        let hrefs = Set(nodes.flatMap { $0.descendants.compactMap { $0.attributes["xlink:href"] } })
        for name in Fixtures.hostileNames {
            #expect(hrefs.contains(Self.nodeURL(name)), "no link for \(name.debugDescription)")
        }
        let anchors = svg.all.filter { $0.name == "a" }
        #expect(!anchors.isEmpty && anchors.allSatisfy { $0.attributes["target"] == "_top" })

        let edges = svg.groups("edge")
        #expect(edges.count == Fixtures.hostileNames.count - 1)
        let first = graph.sortedEdges[0]
        let expectedEdgeURL = "/evidence?subject=\(DOTLinks.percentEncoded(first.subject))"
            + "&object=\(DOTLinks.percentEncoded(first.object))&relation=\(DOTLinks.percentEncoded(first.relation))"
        let edgeHrefs = Set(edges.flatMap { $0.descendants.compactMap { $0.attributes["xlink:href"] } })
        #expect(edgeHrefs.contains(expectedEdgeURL), "edge links: \(edgeHrefs.sorted().prefix(2))")
        #expect(edges.allSatisfy { $0.attributes["id"]?.hasPrefix("ng-edge:hostile:") == true })
    }

    @Test func tooltipsCarryEvidenceCountsAndAnExampleSentence() throws {
        let graph = Fixtures.weightedGraph()
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(graph, options: DOTOptions(links: Self.links))))
        let russia = try #require(svg.groups("node").first { $0.attributes["id"] == "ng-country:russia" })
        let nodeTip = russia.descendants.compactMap { $0.attributes["xlink:title"] }.first ?? ""
        // Russia: attack (1), sanction (2), lead (4), buy (3) = 4 relations, 10 sentences; strongest is "lead".
        #expect(nodeTip.contains("4 relations, 10 sentences"), "tooltip \(nodeTip.debugDescription)")
        #expect(nodeTip.contains("“Russia sanctioned Ukraine.”"))
        #expect(russia.descendants.contains { $0.attributes["xlink:href"] == "/entity/Russia" })

        let fight = try #require(svg.groups("edge").first { $0.attributes["id"] == "ng-edge:group:wagner|fight in|location:crimea" })
        let edgeTip = fight.descendants.compactMap { $0.attributes["xlink:title"] }.first ?? ""
        #expect(edgeTip.contains("8 sentences") && edgeTip.contains("“Russia sanctioned Ukraine.”"), "tooltip \(edgeTip.debugDescription)")
        let href = fight.descendants.compactMap { $0.attributes["xlink:href"] }.first
        #expect(href == "/evidence?subject=group%3Awagner&object=location%3Acrimea&relation=fight%20in")
    }

    @Test func exampleLengthZeroQuotesNoSentence() {
        let dot = DOTWriter(options: DOTOptions(exampleSentenceLength: 0)).write(Fixtures.weightedGraph())
        #expect(!dot.contains("Russia sanctioned Ukraine"))
        #expect(dot.contains("8 sentences"))
    }

    @Test func withoutLinksThereAreNoAnchorsWithHrefs() throws {
        let svg = try #require(SVGDocument(try GraphvizRenderer().render(Fixtures.weightedGraph())))
        #expect(!svg.all.contains { $0.attributes["xlink:href"] != nil })
        #expect(svg.groups("node").contains { $0.attributes["id"] == "country:russia" }, "no prefix by default")
    }
}
