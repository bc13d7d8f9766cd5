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
    }

    /// The strongest `maximumDrawnEdges` edges of `graph` (and `keeping`), trimmed further while they reach more
    /// than `maximumDrawnNodes` nodes.
    func drawable(_ graph: KnowledgeGraph, keeping: [String], maximumEdges: Int) -> KnowledgeGraph {
        var limit = min(maximumEdges, limits.maximumDrawnEdges)
        var drawn = graph.topEdges(limit: limit)
        while drawn.entityCount > limits.maximumDrawnNodes && limit > 1 {
            limit = max(1, limit * 3 / 4)
            drawn = graph.topEdges(limit: limit)
        }
        for id in keeping {
            if let entity = graph.entities[id] { drawn.insert(entity) }
        }
        return drawn
    }

    /// Lays `graph` out with Graphviz on the render queue; throws a 503 on timeout, a 500 if Graphviz fails.
    func svg(for graph: KnowledgeGraph, name: String, title: String?, keeping: [String] = [],
             maximumEdges: Int = .max) async throws -> Diagram
    {
        let drawn = drawable(graph, keeping: keeping, maximumEdges: maximumEdges)
        let options = Self.options(name: name, title: title)
        let data: Data
        do {
            data = try await queue.run { try GraphvizRenderer().render(drawn, options: options, format: .svg) }
        } catch let error as RenderError {
            let kind: ServerError.Kind = error.kind == .graphTooLarge ? .tooLarge : .internalError
            throw ServerError(kind, error.message, hint: error.hint)
        }
        return Diagram(svg: Self.inline(String(decoding: data, as: UTF8.self)), drawnEdges: drawn.edgeCount,
                       totalEdges: graph.edgeCount)
    }

    /// DOT options for a web diagram: nodes link to entity pages, edges to their evidence.
    static func options(name: String, title: String?) -> DOTOptions {
        DOTOptions(graphName: name, title: title)
    }

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
