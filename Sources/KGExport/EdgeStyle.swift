import Foundation
import KGCore
import KGGraph

/// How an edge looks: colour by the relation's polarity, width by evidence, dashes when evidence denies it.
public struct EdgeStyle: Sendable, Hashable {
    /// Whether an edge's evidence asserts it, denies it, or both (contested).
    public enum Stance: String, Sendable, Hashable, CaseIterable {
        /// Every piece of evidence asserts the relation.
        case asserted
        /// Some evidence asserts it and some denies it (`Edge.isContested`).
        case contested
        /// Every piece of evidence denies it ("Iran did not send drones").
        case denied

        /// The stance of `edge`'s evidence: contested exactly when `Edge.isContested`.
        public init(_ edge: Edge) {
            if edge.deniedCount == 0 {
                self = .asserted
            } else if edge.assertedCount == 0 {
                self = .denied
            } else {
                self = .contested
            }
        }
    }

    /// Line colour (hex RGB).
    public var color: String
    /// Label colour: a darker shade of the line, readable on white.
    public var fontColor: String

    /// Green for cooperative relations, red for conflictual, grey for neutral (colour-blind-safe enough when
    /// paired with labels; contrast ≥ 4.5:1 on white for the label colours).
    public static func style(for polarity: Polarity) -> EdgeStyle {
        switch polarity {
        case .cooperative: EdgeStyle(color: "#2e8b3e", fontColor: "#1e5e29")
        case .conflictual: EdgeStyle(color: "#d0342c", fontColor: "#9e231c")
        case .neutral: EdgeStyle(color: "#8a8a8a", fontColor: "#555555")
        }
    }

    /// `1 + log2(evidence count)`, two decimals; 1 for edges without evidence.
    public static func penWidth(evidenceCount: Int) -> Double {
        let width = 1 + log2(Double(max(evidenceCount, 1)))
        return (width * 100).rounded() / 100
    }
}
