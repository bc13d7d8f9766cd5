import Foundation
import KGCore

/// The Graphviz layout programs newsgraph offers.
///
/// `dot` reads best for labelled actor diagrams but is slow on large or cyclic graphs; `sfdp` scales.
public enum LayoutEngine: String, Sendable, Hashable, Codable, CaseIterable {
    /// Layered (hierarchical); the most readable labelled diagrams, slow beyond a few hundred nodes.
    case dot
    /// Spring model; good for small, undirected-looking graphs.
    case neato
    /// Multiscale force-directed; the one that scales to thousands of nodes.
    case sfdp
    /// Circular; for small graphs around one actor.
    case circo

    /// The engine with that name (case-insensitive), or a `RenderError` listing the choices.
    public init(parsing name: String) throws(RenderError) {
        let folded = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let engine = LayoutEngine(rawValue: folded) else {
            let choices = LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")
            throw RenderError(
                kind: .unknownLayoutEngine, message: "unknown layout engine '\(name)'",
                hint: "use one of: \(choices)")
        }
        self = engine
    }

    /// The engine that reads best for a graph of this size: `dot` (left to right, labelled) up to
    /// `readableNodes`/`readableEdges`, beyond that `sfdp` with overlap removal.
    public static func suggested(nodes: Int, edges: Int) -> LayoutEngine {
        nodes <= readableNodes && edges <= readableEdges ? .dot : .sfdp
    }

    /// Largest graph `suggested(nodes:edges:)` gives to `dot`: about where a labelled diagram stops being readable.
    public static let readableNodes = 100
    /// Most edges `suggested(nodes:edges:)` gives to `dot`.
    public static let readableEdges = 150

    /// Most nodes `render(_:options:format:engine:)` accepts for this engine; beyond it layouts may take minutes.
    ///
    /// Measured on a 2-core machine with hub-shaped, labelled news graphs: `dot` (with the renderer's fast
    /// settings) 200 nodes/400 edges 0.3–1.6 s but 800 edges 6–13 s; `circo` 150/300 12 s, 200/800 326 s;
    /// `neato` 1,000/3,000 6 s; `sfdp` 200/800 0.15–0.4 s.
    public var maximumNodes: Int {
        switch self {
        case .dot: 200
        case .circo: 100
        case .neato: 1_000
        case .sfdp: 20_000
        }
    }

    /// Most edges `render(_:options:format:engine:)` accepts for this engine.
    public var maximumEdges: Int {
        switch self {
        case .dot: 500
        case .circo: 200
        case .neato: 3_000
        case .sfdp: 60_000
        }
    }
}
