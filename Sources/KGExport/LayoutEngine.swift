import Foundation
import KGCore

/// The Graphviz layout programs newsgraph offers.
///
/// `dot` reads best for labelled actor diagrams but is slow on large or cyclic graphs; `sfdp` scales.
public enum LayoutEngine: String, Sendable, Hashable, Codable, CaseIterable {
    case dot, neato, sfdp, circo

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

    /// Most nodes `render(_:options:format:engine:)` accepts for this engine; beyond it layouts may take minutes.
    public var maximumNodes: Int {
        switch self {
        case .dot, .circo: 200
        case .neato: 1_000
        case .sfdp: 20_000
        }
    }

    /// Most edges `render(_:options:format:engine:)` accepts for this engine.
    public var maximumEdges: Int {
        switch self {
        case .dot, .circo: 800
        case .neato: 4_000
        case .sfdp: 60_000
        }
    }
}
