/// One drawing instruction of a chart, in SVG's coordinates (points, y growing downwards), so one list of
/// marks can be written as SVG by us or handed to Graphviz for PNG.
enum ChartMark: Sendable, Hashable {
    /// Where a text's `x` is: its start, middle or end.
    enum Anchor: String, Sendable, Hashable { case start, middle, end }

    case rect(x: Double, y: Double, width: Double, height: Double, fill: String, className: String, tooltip: String?)
    case line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double, dashed: Bool,
              className: String)
    case text(x: Double, y: Double, text: String, size: Double, anchor: Anchor, color: String, bold: Bool,
              className: String)
    case polyline(points: [(Double, Double)], stroke: String, width: Double, className: String)
    case dot(x: Double, y: Double, radius: Double, fill: String, className: String, tooltip: String?)

    static func == (lhs: ChartMark, rhs: ChartMark) -> Bool { lhs.key == rhs.key }
    func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// A textual identity, since tuples in `polyline` are not Hashable.
    private var key: String { "\(self)" }
}
