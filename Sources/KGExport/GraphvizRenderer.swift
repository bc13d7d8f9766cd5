import CGraphviz
import Foundation
import KGGraph

/// Renders DOT text to SVG, PNG or PDF with libgvc, in-process.
///
/// Every instance shares one Graphviz context and one process-wide lock, so calls from many threads or tasks
/// are safe; they run one at a time. The API is synchronous: from async code, a long layout blocks the
/// calling thread until it finishes (layouts cannot be interrupted).
public struct GraphvizRenderer: Sendable {
    /// Creates a renderer; Graphviz itself starts on first use.
    public init() {}

    /// Lays `dot` out with `engine` and writes it as `format`; `.dot` only checks that the text parses.
    ///
    /// `maximumCanvasPixels` scales a larger drawing down to that many pixels a side (a PNG's pixels at its
    /// 144 dpi, an SVG's or PDF's at a browser's 96 px per inch), unless the DOT text sets its own `size`.
    public func render(
        dot: String, format: RenderFormat = .svg, engine: LayoutEngine = .dot, maximumCanvasPixels: Int? = nil
    ) throws(RenderError) -> Data {
        let output = try render(
            dot: dot, formatName: format.graphvizName, engineName: engine.rawValue, layout: format != .dot,
            canvasInches: maximumCanvasPixels.map { Double($0) / (format == .png ? Self.pngDPI : 96) })
        return output ?? Data(dot.utf8)
    }

    /// Renders DOT whose nodes all carry their positions (`pos`, in points), keeping them where they are:
    /// Graphviz's `nop2` layout, for charts drawn by us.
    public func renderPinned(dot: String, format: RenderFormat) throws(RenderError) -> Data {
        let output = try render(dot: dot, formatName: format.graphvizName, engineName: "nop2", layout: format != .dot)
        return output ?? Data(dot.utf8)
    }

    /// Dots per inch of PNG output: Graphviz's 72 dpi default looks blurry on today's screens.
    static let pngDPI = 144.0

    /// Writes `graph` as DOT and renders it, refusing graphs too large for `engine` to lay out in reasonable time
    /// (`LayoutEngine.maximumNodes`/`maximumEdges`; `.dot` output needs no layout and has no limit).
    public func render(
        _ graph: KnowledgeGraph, options: DOTOptions = DOTOptions(), format: RenderFormat = .svg,
        engine: LayoutEngine = .dot
    ) throws(RenderError) -> Data {
        let nodes = graph.entityCount
        let edges = graph.edgeCount
        if format != .dot, nodes > engine.maximumNodes || edges > engine.maximumEdges {
            throw RenderError(
                kind: .graphTooLarge,
                message: "the graph has \(nodes) nodes and \(edges) edges; the '\(engine.rawValue)' layout "
                    + "handles at most \(engine.maximumNodes) nodes and \(engine.maximumEdges) edges in reasonable time",
                hint: engine == .sfdp
                    ? "render a smaller subgraph (around one entity, or only the strongest edges)"
                    : "use the sfdp layout engine, or render a smaller subgraph (around one entity, or the strongest edges)")
        }
        return try render(dot: DOTWriter(options: options).write(graph), format: format, engine: engine,
                          maximumCanvasPixels: options.maximumCanvasPixels)
    }

    /// Starts Graphviz if needed and checks that layouts work; throws with a fix when they do not.
    public func checkAvailability() throws(RenderError) {
        try GraphvizSession.shared.withContext { (_: OpaquePointer) throws(RenderError) in }
    }

    /// The version libgvc reports about itself, e.g. "2.43.0".
    public func graphvizVersion() throws(RenderError) -> String {
        try GraphvizSession.shared.withContext { (context: OpaquePointer) throws(RenderError) -> String in
            guard let version = gvcVersion(context) else { return "unknown" }
            return String(cString: version)
        }
    }

    /// The libgvc round trip: agmemread → gvLayout → gvRenderData → gvFreeRenderData → gvFreeLayout → agclose.
    ///
    /// Takes names rather than enums so tests can check how unknown names from Graphviz are reported.
    /// Returns nil when `layout` is false (parse check only).
    func render(dot: String, formatName: String, engineName: String, layout: Bool, canvasInches: Double? = nil)
        throws(RenderError) -> Data?
    {
        let session = GraphvizSession.shared
        return try session.withContext { (context: OpaquePointer) throws(RenderError) -> Data? in
            let (parsed, messages) = session.parse(dot)
            guard let graph = parsed else {
                let detail = messages.first ?? "the input holds no graph"
                throw RenderError(
                    kind: .invalidDOT, message: "Graphviz could not parse the DOT input: \(detail)",
                    hint: "check the DOT syntax (quotes, braces, semicolons) around that line",
                    graphvizMessages: messages)
            }
            defer { agclose(graph) }
            guard layout else { return nil }
            session.resetMessages()
            Self.applyEngineDefaults(graph, engineName: engineName)
            if formatName == RenderFormat.png.graphvizName {
                ng_set_graph_attribute_if_absent(graph, "dpi", "144")
            }
            if let canvasInches {
                let side = String(format: "%.2f", canvasInches)
                ng_set_graph_attribute_if_absent(graph, "size", "\(side),\(side)")
            }
            let laidOut = gvLayout(context, graph, engineName) == 0
            // Safe even after a failed layout; must run before agclose (defers run in reverse order).
            defer { _ = gvFreeLayout(context, graph) }
            guard laidOut else { throw Self.layoutError(engineName: engineName, messages: session.takeMessages()) }
            var bytes: UnsafeMutablePointer<CChar>?
            var length = 0
            let status = ng_gvRenderData(context, graph, formatName, &bytes, &length)
            defer { if let bytes { gvFreeRenderData(bytes) } }
            guard status == 0, let bytes else {
                throw Self.renderError(formatName: formatName, messages: session.takeMessages())
            }
            _ = session.takeMessages()
            return Data(bytes: bytes, count: length)
        }
    }

    /// Nodes or edges beyond which `dot` gets its cheaper settings (`fastDOTSettings`).
    static let fastDOTThreshold = (nodes: 60, edges: 150)

    /// `dot` settings that cut a 300-node labelled layout from about 68 s to about 1.3 s (../shared/GRAPHVIZ.md):
    /// fewer network-simplex and crossing-minimisation passes, straight edges.
    static let fastDOTSettings = [
        ("nslimit", "2"), ("nslimit1", "2"), ("mclimit", "0.2"), ("remincross", "false"),
        ("searchsize", "20"), ("splines", "false"),
    ]

    /// Settings that keep layouts readable and bounded, unless the DOT text chose its own.
    private static func applyEngineDefaults(_ graph: UnsafeMutablePointer<Agraph_t>, engineName: String) {
        switch engineName {
        case LayoutEngine.sfdp.rawValue, LayoutEngine.neato.rawValue:
            ng_set_graph_attribute_if_absent(graph, "overlap", "prism")
        case LayoutEngine.dot.rawValue:
            guard agnnodes(graph) > fastDOTThreshold.nodes || agnedges(graph) > fastDOTThreshold.edges else { return }
            for (name, value) in fastDOTSettings {
                ng_set_graph_attribute_if_absent(graph, name, value)
            }
        default:
            break
        }
    }

    private static func layoutError(engineName: String, messages: [String]) -> RenderError {
        if let unknown = messages.first(where: { $0.contains("not recognized") }) {
            let choices = unknown.components(separatedBy: "Use one of:").dropFirst().first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            return RenderError(
                kind: choices.isEmpty ? .graphvizUnavailable : .unknownLayoutEngine,
                message: "unknown layout engine '\(engineName)'"
                    + (choices.isEmpty ? " (Graphviz lists no layout engines at all)" : "; use one of: \(choices)"),
                hint: choices.isEmpty ? "run `dot -c` as root to register Graphviz's plugins" : nil,
                graphvizMessages: messages)
        }
        let detail = messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
        return RenderError(
            kind: .layoutFailed, message: "Graphviz's '\(engineName)' layout failed\(detail)",
            hint: "try another layout engine, or a smaller graph", graphvizMessages: messages)
    }

    private static func renderError(formatName: String, messages: [String]) -> RenderError {
        if messages.contains(where: { $0.contains("not recognized") || $0.contains("unavailable") }) {
            return RenderError(
                kind: .unknownFormat,
                message: "this Graphviz cannot write '\(formatName)': " + messages.joined(separator: "; "),
                hint: "use svg, or install Graphviz's cairo plugin for png and pdf (then run `dot -c` as root)",
                graphvizMessages: messages)
        }
        let detail = messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")
        return RenderError(
            kind: .renderFailed, message: "Graphviz could not write '\(formatName)'\(detail)",
            graphvizMessages: messages)
    }
}
