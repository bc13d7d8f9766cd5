import Foundation
import KGCore
import KGGraph

/// Writes a `KnowledgeGraph` as Graphviz DOT text: styled nodes by entity type, edges weighted by evidence.
///
/// Output is deterministic (entities and edges sorted by id) and every name, label and attribute is quoted
/// and escaped, so hostile names (quotes, backslashes, newlines, `<script>`, DOT keywords) cannot break it.
public struct DOTWriter: Sendable {
    /// Name, title, direction and labelling choices.
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
            ("pad", quoted("0.2")),
            ("nodesep", quoted("0.35")),
            ("ranksep", quoted("0.6")),
        ]
        if let title = options.title {
            graphAttributes += [("label", DOTEscaping.text(title)), ("labelloc", quoted("t"))]
        }
        out += "\tgraph [\(list(graphAttributes))];\n"
        out += "\tnode [fontname=\"Helvetica\", fontsize=\"11\", penwidth=\"1.2\", margin=\"0.15,0.06\"];\n"
        out += "\tedge [fontname=\"Helvetica\", fontsize=\"9\", arrowsize=\"0.7\"];\n"

        let incident = NodeSummary.summaries(of: graph)
        for entity in graph.sortedEntities {
            let attributes = nodeAttributes(entity, summary: incident[entity.id])
            out += "\t\(DOTEscaping.name(entity.id)) [\(list(attributes))];\n"
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

    // MARK: - Nodes

    private func nodeAttributes(_ entity: Entity, summary: NodeSummary?) -> [(String, String)] {
        let style = EntityStyle.style(for: entity.type)
        var tooltip = "\(entity.name) (\(entity.type.rawValue))"
        let aliases = entity.aliases.filter { $0 != entity.name }.sorted()
        if !aliases.isEmpty { tooltip += "\nalso: " + aliases.joined(separator: ", ") }
        if let summary {
            tooltip += "\n\(summary.edges) relation\(summary.edges == 1 ? "" : "s"), "
                + "\(summary.evidence) sentence\(summary.evidence == 1 ? "" : "s")"
            if let example = summary.strongest.flatMap(exampleEvidence) {
                tooltip += "\n“\(Self.truncated(example.sentence, to: options.exampleSentenceLength))”"
            }
        }
        let link = options.links.nodeURL.map {
            DOTLinks.expand($0, with: ["id": entity.id, "name": entity.name, "type": entity.type.rawValue])
        }
        return [
            ("id", DOTEscaping.attribute(options.links.idPrefix + entity.id)),
            ("class", quoted("entity \(entity.type.rawValue)")),
            ("label", DOTEscaping.text(entity.name)),
            ("tooltip", DOTEscaping.tooltip(tooltip)),
        ] + linkAttributes(link) + styleAttributes(style)
    }

    private func danglingAttributes(_ id: String) -> [(String, String)] {
        [
            ("id", DOTEscaping.attribute(options.links.idPrefix + id)),
            ("class", quoted("entity unknown")),
            ("label", DOTEscaping.text(id)),
            ("tooltip", DOTEscaping.tooltip("\(id) (not in this graph)")),
        ] + styleAttributes(.unknown)
    }

    /// `URL` and `target` for a link; Graphviz's SVG writer wraps the shape (or edge) in an `<a>`.
    private func linkAttributes(_ url: String?) -> [(String, String)] {
        guard let url else { return [] }
        var attributes = [("URL", DOTEscaping.attribute(url))]
        if let target = options.links.target { attributes.append(("target", DOTEscaping.attribute(target))) }
        return attributes
    }

    private func styleAttributes(_ style: EntityStyle) -> [(String, String)] {
        [
            ("shape", quoted(style.shape)),
            ("style", quoted(style.style)),
            ("fillcolor", quoted(style.fillColor)),
            ("color", quoted(style.color)),
            ("fontcolor", quoted(style.fontColor)),
        ]
    }

    // MARK: - Edges

    /// Whether most of an edge's evidence asserts it, some denies it, or most denies it.
    enum Polarity: String {
        case asserted, contested, denied

        init(_ edge: Edge) {
            if edge.deniedCount > edge.assertedCount {
                self = .denied
            } else if edge.deniedCount > 0 {
                self = .contested
            } else {
                self = .asserted
            }
        }
    }

    private func edgeAttributes(_ edge: Edge, in graph: KnowledgeGraph) -> [(String, String)] {
        let count = edge.evidenceCount
        let polarity = Polarity(edge)
        var label = edge.relation
        if options.showsCounts && count > 1 { label += " (\(count))" }
        let colour = polarity == .denied ? "#b03a2e" : polarity == .contested ? "#8c6d1f" : "#555555"
        let link = options.links.edgeURL.map {
            DOTLinks.expand($0, with: [
                "subject": edge.subject, "object": edge.object, "relation": edge.relation,
                "subjectName": graph.entities[edge.subject]?.name ?? edge.subject,
                "objectName": graph.entities[edge.object]?.name ?? edge.object,
            ])
        }
        var attributes: [(String, String)] = [
            ("id", DOTEscaping.attribute(options.links.idPrefix + Self.edgeID(edge))),
            ("class", quoted("relation \(polarity.rawValue) rel-\(Self.classToken(edge.relation))")),
            ("label", DOTEscaping.text(label)),
            ("tooltip", DOTEscaping.tooltip(tooltip(edge, in: graph))),
            ("penwidth", quoted(Self.penWidth(evidenceCount: count))),
            ("color", quoted(colour)),
            ("fontcolor", quoted(colour)),
        ] + linkAttributes(link)
        if polarity == .denied { attributes.append(("style", quoted("dashed"))) }
        return attributes
    }

    /// The SVG id of an edge (before `DOTLinks.idPrefix`): `edge:<subject>|<relation>|<object>`.
    public static func edgeID(_ edge: Edge) -> String {
        "edge:\(edge.subject)|\(edge.relation)|\(edge.object)"
    }

    /// `1 + log2(evidence count)`, two decimals; 1 for edges without evidence.
    static func penWidth(evidenceCount: Int) -> String {
        let width = 1 + log2(Double(max(evidenceCount, 1)))
        return String((width * 100).rounded() / 100)
    }

    private func tooltip(_ edge: Edge, in graph: KnowledgeGraph) -> String {
        let subject = graph.entities[edge.subject]?.name ?? edge.subject
        let object = graph.entities[edge.object]?.name ?? edge.object
        let count = edge.evidenceCount
        var text = "\(subject) — \(edge.relation) → \(object)\n"
        text += "\(count) sentence\(count == 1 ? "" : "s")"
        if edge.deniedCount > 0 { text += " (\(edge.assertedCount) asserted, \(edge.deniedCount) denied)" }
        if let first = edge.firstDate, let last = edge.lastDate {
            text += first == last ? ", \(first)" : ", \(first) to \(last)"
        }
        if let example = exampleEvidence(edge) {
            text += "\n“\(Self.truncated(example.sentence, to: options.exampleSentenceLength))”"
        }
        return text
    }

    /// The most confident sentence of the edge's majority polarity; ties go to the earliest document.
    private func exampleEvidence(_ edge: Edge) -> Evidence? {
        let wantNegated = Polarity(edge) == .denied
        let candidates = edge.evidence.filter { $0.negated == wantNegated }
        return (candidates.isEmpty ? edge.evidence : candidates).min { a, b in
            let ca = a.confidence.isNaN ? -1 : a.confidence
            let cb = b.confidence.isNaN ? -1 : b.confidence
            if ca != cb { return ca > cb }
            return (a.documentID, a.sentenceIndex, a.span.start) < (b.documentID, b.sentenceIndex, b.span.start)
        }
    }

    /// Whitespace runs collapsed to one space, cut at `limit` characters with an ellipsis.
    static func truncated(_ sentence: String, to limit: Int) -> String {
        let words = sentence.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        let flat = words.joined(separator: " ")
        guard flat.count > max(limit, 1) else { return flat }
        return flat.prefix(max(limit, 1) - 1).trimmingTrailingSpaces() + "…"
    }

    /// A CSS class token for a relation: lowercase ASCII letters and digits, other runs as one `-`.
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

    private func quoted(_ plain: String) -> String { DOTEscaping.name(plain) }

    private func list(_ attributes: [(String, String)]) -> String {
        attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var view = self
        while view.last == " " { view.removeLast() }
        return view
    }
}
