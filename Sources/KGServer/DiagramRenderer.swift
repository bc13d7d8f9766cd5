import Foundation
import KGExport
import KGGraph

/// Draws graphs as SVG for pages: caps what goes into Graphviz, links nodes and edges to pages, and runs
/// the layout on the render queue.
struct DiagramRenderer: Sendable {
    let queue: RenderQueue
    let limits: ServerLimits

    /// The diagram and what was left out of it.
    struct Diagram: Sendable {
        /// Inline SVG (prolog and comments removed), ready to place in a page.
        var svg: String
        /// Edges drawn, and edges in the graph.
        var drawnEdges: Int
        var totalEdges: Int
        /// What the picture leaves out and how to get it (the selection's notes).
        var notes: [String]
    }

    /// What a page lets its reader switch on: concepts, role edges, country and organisation boxes.
    struct Choices: Sendable {
        var drawsConcepts = true
        var drawsRoles = true
        var clusters = false

        /// Actors first, roles folded into names: the entity page's default.
        static let readable = Choices(drawsConcepts: false, drawsRoles: false)
    }

    /// How a page's reader brings back what a diagram left out.
    static let switches = DiagramSelection.Switches(
        more: "raise “Edges drawn”", concepts: "tick “draw concepts”", roles: "tick “draw roles”")

    /// The shared selection rule (`DiagramSelection`) within the server's drawing caps.
    func drawable(_ graph: KnowledgeGraph, keeping: [String], maximumEdges: Int, choices: Choices,
                  totalEdges: Int? = nil) -> DiagramSelection
    {
        DiagramSelection.select(
            from: graph,
            options: .init(maximumEdges: min(maximumEdges, limits.maximumDrawnEdges), maximumNodes: limits.maximumDrawnNodes,
                           drawsConcepts: choices.drawsConcepts, drawsRoles: choices.drawsRoles, focus: Set(keeping)),
            totalEdges: totalEdges)
    }

    /// Lays `graph` out with Graphviz on the render queue; throws a 503 on timeout, a 500 if Graphviz fails.
    func svg(for graph: KnowledgeGraph, name: String, title: String?, keeping: [String] = [],
             maximumEdges: Int = .max, choices: Choices = Choices(), totalEdges: Int? = nil) async throws -> Diagram
    {
        let selection = drawable(graph, keeping: keeping, maximumEdges: maximumEdges, choices: choices,
                                 totalEdges: totalEdges)
        let drawn = selection.graph
        var options = Self.options(name: name, title: title)
            .drawing(selection, switches: Self.switches, clusters: choices.clusters)
        // Pages print the notes as text next to the switches they name.
        let notes = options.notes
        options.notes = []
        let drawing = options
        let data: Data
        do {
            data = try await queue.run { try GraphvizRenderer().render(drawn, options: drawing, format: .svg) }
        } catch let error as RenderError {
            let kind: ServerError.Kind = error.kind == .graphTooLarge ? .tooLarge : .internalError
            throw ServerError(kind, error.message, hint: error.hint)
        }
        return Diagram(svg: Self.inline(String(decoding: data, as: UTF8.self)), drawnEdges: drawn.edgeCount,
                       totalEdges: max(graph.edgeCount, totalEdges ?? 0), notes: notes)
    }

    /// DOT options for a web diagram: nodes link to entity pages, edges to their evidence.
    static func options(name: String, title: String?) -> DOTOptions {
        DOTOptions(graphName: name, title: title, links: links)
    }

    /// Node → its entity page, edge → its evidence; names are percent-encoded by `DOTLinks`.
    static let links = DOTLinks(
        nodeURL: "/entity/{name}", edgeURL: "/evidence?subject={subjectName}&object={objectName}&relation={relation}",
        target: "_top")

    /// The `<svg>` element alone: no XML prolog, DOCTYPE or comments (which repeat node names).
    static func inline(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        var out = ""
        var rest = svg[start.lowerBound...]
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }
}
