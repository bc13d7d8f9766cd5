import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Hummingbird
import HummingbirdTesting
import KGServer
import Testing

@Suite("Pages")
struct PageRouteTests {
    static let hostileTexts = ["<script>alert", "<img src=x", "</svg><img"]

    /// Fails when raw hostile markup from the fixture reached the page unescaped.
    static func expectNoRawMarkup(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in hostileTexts {
            #expect(!page.contains(text), "raw \(text) in page", sourceLocation: sourceLocation)
        }
    }

    @Test func homeShowsStatsSearchAndMostConnectedEntities() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("<b>2</b> articles"))
            #expect(page.contains("list=\"entity-suggestions\""))
            #expect(page.contains("href=\"/entity/Russia\""))
            #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            Self.expectNoRawMarkup(page)
            #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        }
    }

    @Test func entityPageDrawsLinkedNetworkAndTable() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/entity/Russia", method: .get)
            #expect(response.status == .ok)
            let page = response.text
            let svg = try #require(ServerFixture.inlineSVG(page))
            #expect(svg.contains("<title>country:russia</title>"))
            #expect(svg.contains("xlink:href=\"/entity/Russia\""), "nodes link to their entity pages")
            #expect(svg.contains("xlink:href=\"/evidence?subject=United%20States&amp;object=Russia&amp;relation=sanction\""),
                    "edges link to their evidence")
            #expect(page.contains("<tr class=\"edge\">"))
            #expect(page.contains("href=\"/evidence?subject=United%20States&amp;object=Russia&amp;relation=sanction\""))
            #expect(page.contains("name=\"min-evidence\""))
            #expect(!page.contains("<?xml"))
        }
    }

    @Test func entityPageFindsAliasesAndAppliesFilters() async throws {
        try await ServerFixture.withServer { client, _ in
            let alias = try await client.execute(uri: "/entity/the%20kremlin", method: .get)
            #expect(alias.status == .ok)
            #expect(alias.text.contains("<h1 class=\"entity\">Russia"))
            let filtered = try await client.execute(uri: "/entity/Russia?min-evidence=2&include-concepts=0", method: .get)
            #expect(filtered.status == .ok)
            #expect(filtered.text.contains("Relations (2)"))
            #expect(!filtered.text.contains(">attack</a>"))
        }
    }

    @Test(arguments: [ServerFixture.script.name, ServerFixture.svgBreaker.name, ServerFixture.quoted.name])
    func hostileEntityNamesRenderAsTextInHTMLAndSVG(name: String) async throws {
        try await ServerFixture.withServer { client, _ in
            let uri = "/entity/" + (name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .ok)
            let page = response.text
            Self.expectNoRawMarkup(page)
            // The diagram and the timeline chart (which names the entity in its title): two closing tags, no more.
            #expect(page.components(separatedBy: "</svg>").count == 3, "exactly two closing </svg>")
            let svg = try #require(ServerFixture.inlineSVG(page))
            let texts = try #require(SVGText.texts(in: svg), "inline SVG is well-formed XML")
            #expect(texts.contains(name), "the name is drawn as text")
        }
    }

    @Test func unknownEntityIsNotFoundWithSuggestions() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/entity/Rusia", method: .get)
            #expect(response.status == .notFound)
            #expect(response.text.contains("Russia"))
        }
    }

    @Test func searchRedirectsToTheEntityOrListsMatches() async throws {
        try await ServerFixture.withServer { client, _ in
            let found = try await client.execute(uri: "/search?q=washington", method: .get)
            #expect(found.status == .seeOther)
            #expect(found.headers[.location] == "/entity/United%20States")
            let partial = try await client.execute(uri: "/search?q=iranian+dr", method: .get)
            #expect(partial.status == .notFound)
            #expect(partial.text.contains("href=\"/entity/Iranian%20drones\""))
        }
    }

    @Test func evidencePageShowsSentencesWithTitleDateAttributionAndNegation() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/evidence?subject=Russia&object=Iran&relation=buy", method: .get)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("Russia bought drones from Iran"))
            #expect(page.contains("<mark class=\"attribution\">the White House</mark>"))
            #expect(page.contains("did <mark class=\"negation\">not</mark> buy"))
            #expect(page.contains("Title &lt;i&gt;of&lt;/i&gt; doc-a"))
            #expect(page.contains("<time>2017-03-01</time>"))
        }
    }

    @Test func evidencePageEscapesHostileSentences() async throws {
        try await ServerFixture.withServer { client, _ in
            let subject = ServerFixture.script.name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            let response = try await client.execute(uri: "/evidence?subject=\(subject)&object=Russia", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("attacked Russia &lt;/svg&gt; &quot;quoted&quot; &amp; more."))
            Self.expectNoRawMarkup(response.text)
        }
    }

    @Test func pathPageDrawsAndListsHopsWithEvidence() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/path?from=United+States&to=Iranian+drones", method: .get)
            #expect(response.status == .ok)
            let page = response.text
            #expect(page.contains("1 shortest path of 3 hops"))
            #expect(ServerFixture.inlineSVG(page) != nil)
            #expect(page.contains("Iran supplied Iranian drones."))
            let form = try await client.execute(uri: "/path", method: .get)
            #expect(form.status == .ok)
        }
    }

    @Test func contestedPageListsEdgesAssertedAndDenied() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/contested", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains(">buy</a><span class=\"tag contested\">"))
            #expect(!response.text.contains(">sanction</a>"))
        }
    }

    @Test func staticAssetsAreServed() async throws {
        try await ServerFixture.withServer { client, _ in
            let css = try await client.execute(uri: "/static/newsgraph.css", method: .get)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType]?.hasPrefix("text/css") == true)
            let script = try await client.execute(uri: "/static/newsgraph.js", method: .get)
            #expect(script.text.contains("/api/entities"))
        }
    }
}

/// The text of every `<title>` and `<text>` element of an SVG, or nil when it is not well-formed XML.
final class SVGText: NSObject, XMLParserDelegate {
    private var texts: [String] = []
    private var current: String?

    static func texts(in svg: String) -> [String]? {
        let collector = SVGText()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        return parser.parse() ? collector.texts : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "title" || name == "text" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if let text = current, name == "title" || name == "text" { texts.append(text) }
        current = nil
    }
}
