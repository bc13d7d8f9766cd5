import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed SVG file as a small element tree, so tests assert on titles, ids and classes, never on bytes.
final class SVGDocument {
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""

        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// This element and all below it, depth first.
        var descendants: [Element] { [self] + children.flatMap(\.descendants) }

        /// Text of the first `<title>` child.
        var title: String? { children.first { $0.name == "title" }?.text }

        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    let root: Element

    /// Parses `data`, or returns nil when it is not well-formed XML.
    init?(_ data: Data) {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        self.root = root
    }

    var all: [Element] { root.descendants }

    /// Every `<g>` of the given Graphviz kind ("graph", "node", "edge").
    func groups(_ kind: String) -> [Element] {
        all.filter { $0.name == "g" && $0.classes.first == kind }
    }

    /// The node group whose `<title>` is `name`.
    func node(titled name: String) -> Element? {
        groups("node").first { $0.title == name }
    }

    /// Every `<text>` line in document order.
    var texts: [String] { all.filter { $0.name == "text" }.map(\.text) }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let element = Element(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
