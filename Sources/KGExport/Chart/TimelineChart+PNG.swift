import Foundation
import KGCore

extension TimelineChart {
    /// The chart as PNG, drawn by Graphviz in-process from the same marks as the SVG: each mark becomes a node
    /// pinned where it goes (the `nop2` layout keeps positions as given), lines become edges between pinned
    /// points.
    public func png() throws(RenderError) -> Data {
        try GraphvizRenderer().renderPinned(dot: dot(), format: .png)
    }

    /// The marks as DOT with every node pinned (points, y upwards as Graphviz counts).
    func dot() -> String {
        var out = "digraph \"timeline\" {\n"
        out += "\tgraph [bb=\"0,0,\(Self.number(width)),\(Self.number(height))\", bgcolor=\"white\", pad=\"0\", "
            + "splines=\"line\", outputorder=\"edgesfirst\", fontname=\"Helvetica\"];\n"
        out += "\tnode [label=\"\", fontname=\"Helvetica\", penwidth=\"0\", margin=\"0\"];\n"
        out += "\tedge [dir=\"none\", arrowhead=\"none\"];\n"
        var counter = 0
        func name() -> String {
            counter += 1
            return "m\(counter)"
        }
        func pos(_ x: Double, _ y: Double) -> String { "\"\(Self.number(x)),\(Self.number(height - y))\"" }
        func point(_ x: Double, _ y: Double) -> String {
            let id = name()
            out += "\t\(id) [shape=\"point\", width=\"0.01\", style=\"invis\", pos=\(pos(x, y))];\n"
            return id
        }
        // Corners, so the drawing spans the whole canvas.
        _ = point(0, 0)
        _ = point(width, height)
        for mark in marks {
            switch mark {
            case let .rect(x, y, w, h, fill, _, _):
                out += "\t\(name()) [shape=\"box\", style=\"filled\", fixedsize=\"true\", fillcolor=\"\(fill)\", "
                    + "color=\"\(fill)\", width=\"\(Self.number(w / 72))\", height=\"\(Self.number(max(h, 0.5) / 72))\", "
                    + "pos=\(pos(x + w / 2, y + h / 2))];\n"
            case let .line(x1, y1, x2, y2, stroke, width, dashed, _):
                let (a, b) = (point(x1, y1), point(x2, y2))
                out += "\t\(a) -> \(b) [color=\"\(stroke)\", penwidth=\"\(Self.number(width))\""
                    + (dashed ? ", style=\"dashed\"" : "") + "];\n"
            case let .text(x, y, text, size, anchor, color, bold, _):
                // Graphviz centres a node's label: shift by about half the text's width for start and end anchors.
                let estimated = Double(text.count) * size * (bold ? 0.62 : 0.52)
                let centre = switch anchor {
                case .start: x + estimated / 2
                case .middle: x
                case .end: x - estimated / 2
                }
                let label = bold ? "<<B>\(TextEscaping.label(text))</B>>" : DOTEscaping.text(text)
                out += "\t\(name()) [shape=\"plaintext\", label=\(label), fontsize=\"\(Self.number(size))\", "
                    + "fontcolor=\"\(color)\", width=\"0\", height=\"0\", pos=\(pos(centre, y - size * 0.35))];\n"
            case let .polyline(points, stroke, width, _):
                let ids = points.map { point($0.0, $0.1) }
                for (a, b) in zip(ids, ids.dropFirst()) {
                    out += "\t\(a) -> \(b) [color=\"\(stroke)\", penwidth=\"\(Self.number(width))\"];\n"
                }
            case let .dot(x, y, radius, fill, _, _):
                out += "\t\(name()) [shape=\"circle\", style=\"filled\", fixedsize=\"true\", fillcolor=\"\(fill)\", "
                    + "color=\"\(fill)\", width=\"\(Self.number(2 * radius / 72))\", pos=\(pos(x, y))];\n"
            }
        }
        return out + "}\n"
    }
}
