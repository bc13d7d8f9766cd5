import Foundation
import KGCore
import KGGraph

/// Writes a `KnowledgeGraph` as Graphviz DOT text: nodes styled by entity type, edges coloured by the
/// relation's polarity, widened by evidence and dashed when evidence denies them, under a title and a legend.
///
/// Output is deterministic (entities and edges sorted by id) and every name, label and attribute is quoted
/// and escaped, so hostile names (quotes, backslashes, newlines, `<script>`, DOT keywords) cannot break it.
public struct DOTWriter: Sendable {
    /// Name, title, direction, labelling and link choices.
    public var options: DOTOptions

    /// A writer with the given options.
    public init(options: DOTOptions = DOTOptions()) {
        self.options = options
    }

    /// The whole DOT document for `graph`.
    public func write(_ graph: KnowledgeGraph) -> String {
        var out = ""
        let name = options.graphName.isEmpty ? "newsgraph" : options.graphName
        out += "digraph \(DOTEscaping.name(name)) {\n"
        var graphAttributes: [(String, String)] = [
            ("rankdir", quoted(options.rankDirection.rawValue)),
            ("fontname", quoted("Helvetica")),
            ("fontsize", quoted("14")),
            ("bgcolor", quoted("white")),
            ("pad", quoted("0.3")),
            ("nodesep", quoted("0.4")),
            ("ranksep", quoted("0.7")),
            // Edges under nodes: in dense force-directed layouts, lines drawn over labels made them unreadable.
            ("outputorder", quoted("edgesfirst")),
        ]
        let caption = DOTLegend(options: options, graph: graph)
        if let label = caption.htmlLabel() {
            graphAttributes += [("label", label), ("labelloc", quoted("t")), ("labeljust", quoted("l"))]
        }
        out += "\tgraph [\(list(graphAttributes))];\n"
        out += "\tnode [fontname=\"Helvetica\", fontsize=\"11\", penwidth=\"1.2\", margin=\"0.15,0.06\"];\n"
        out += "\tedge [fontname=\"Helvetica\", fontsize=\"9\", arrowsize=\"0.7\"];\n"

        let incident = NodeSummary.summaries(of: graph)
        var clustered: [String: [Entity]] = [:]
        for entity in graph.sortedEntities {
            if let group = options.clusters[entity.id] {
                clustered[group, default: []].append(entity)
                continue
            }
            let attributes = nodeAttributes(entity, summary: incident[entity.id])
            out += "\t\(DOTEscaping.name(entity.id)) [\(list(attributes))];\n"
        }
        for group in clustered.keys.sorted() {
            out += "\tsubgraph \(DOTEscaping.name("cluster:" + group)) {\n"
            let caption = options.clusterNames[group] ?? group
            out += "\t\tgraph [\(list(clusterAttributes(caption)))];\n"
            for entity in clustered[group] ?? [] {
                let attributes = nodeAttributes(entity, summary: incident[entity.id])
                out += "\t\t\(DOTEscaping.name(entity.id)) [\(list(attributes))];\n"
            }
            out += "\t}\n"
        }
        let known = Set(graph.entities.keys)
        let dangling = Set(graph.edges.values.flatMap { [$0.subject, $0.object] }).subtracting(known).sorted()
        for id in dangling {
            out += "\t\(DOTEscaping.name(id)) [\(list(danglingAttributes(id)))];\n"
        }
        for edge in graph.sortedEdges {
            let attributes = edgeAttributes(edge, in: graph)
            out += "\t\(DOTEscaping.name(edge.subject)) -> \(DOTEscaping.name(edge.object)) [\(list(attributes))];\n"
        }
        out += "}\n"
        return out
    }

    /// `1 + log2(evidence count)`, two decimals, as DOT text; 1 for edges without evidence.
    static func penWidth(evidenceCount: Int) -> String {
        String(EdgeStyle.penWidth(evidenceCount: evidenceCount))
    }

    /// Whitespace runs collapsed to one space, cut at `limit` characters with an ellipsis.
    static func truncated(_ sentence: String, to limit: Int) -> String {
        let words = sentence.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let flat = words.joined(separator: " ")
        guard flat.count > max(limit, 1) else { return flat }
        return flat.prefix(max(limit, 1) - 1).trimmingTrailingSpaces() + "…"
    }

    /// A CSS class token: lowercase ASCII letters and digits, other runs as one `-`; "other" when empty.
    static func classToken(_ relation: String) -> String {
        var out = ""
        for scalar in relation.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "other" : out
    }

    // MARK: - Helpers

    /// A country's or organisation's box: its name at the top left, a light dashed frame.
    func clusterAttributes(_ caption: String) -> [(String, String)] {
        [("label", DOTEscaping.text(caption)), ("labeljust", quoted("l")), ("style", quoted("rounded,dashed")),
         ("color", quoted("#b0b0b0")), ("fontcolor", quoted("#555555")), ("fontsize", quoted("11"))]
    }

    func quoted(_ plain: String) -> String { DOTEscaping.name(plain) }

    func list(_ attributes: [(String, String)]) -> String {
        attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
    }

    /// `URL` and `target` for a link; Graphviz's SVG writer wraps the shape (or edge) in an `<a>`.
    func linkAttributes(_ url: String?) -> [(String, String)] {
        guard let url else { return [] }
        var attributes = [("URL", DOTEscaping.attribute(url))]
        if let target = options.links.target { attributes.append(("target", DOTEscaping.attribute(target))) }
        return attributes
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var view = self
        while view.last == " " { view.removeLast() }
        return view
    }
}
