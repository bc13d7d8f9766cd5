import Foundation
import KGCore

extension TimelineChart {
    /// The chart as a standalone SVG document (`<svg id="<id>" class="timeline" …>`): bars are
    /// `rect.bar.<polarity>` with a `<title>` tooltip, the score a `polyline.score`; every text is escaped.
    public func svg() -> String {
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" id="\(TextEscaping.label(id))" class="timeline" \
            width="\(Self.number(width))" height="\(Self.number(height))" \
            viewBox="0 0 \(Self.number(width)) \(Self.number(height))" \
            font-family="Helvetica, Arial, sans-serif" role="img" aria-label="\(TextEscaping.label(title))">
            <title>\(TextEscaping.label(title))</title>
            <rect x="0" y="0" width="\(Self.number(width))" height="\(Self.number(height))" fill="white"/>

            """
        for mark in marks { out += Self.svg(mark) + "\n" }
        return out + "</svg>\n"
    }

    static func svg(_ mark: ChartMark) -> String {
        switch mark {
        case let .rect(x, y, width, height, fill, className, tooltip):
            let shape = "<rect class=\"\(TextEscaping.label(className))\" x=\"\(number(x))\" y=\"\(number(y))\" "
                + "width=\"\(number(width))\" height=\"\(number(height))\" fill=\"\(fill)\""
            guard let tooltip else { return shape + "/>" }
            return shape + "><title>\(TextEscaping.label(tooltip))</title></rect>"
        case let .line(x1, y1, x2, y2, stroke, width, dashed, className):
            return "<line class=\"\(TextEscaping.label(className))\" x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" "
                + "y2=\"\(number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(number(width))\""
                + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>"
        case let .text(x, y, text, size, anchor, color, bold, className):
            return "<text class=\"\(TextEscaping.label(className))\" x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" "
                + "text-anchor=\"\(anchor.rawValue)\" fill=\"\(color)\"" + (bold ? " font-weight=\"bold\"" : "")
                + ">\(TextEscaping.label(text))</text>"
        case let .polyline(points, stroke, width, className):
            let list = points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
            return "<polyline class=\"\(TextEscaping.label(className))\" points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" "
                + "stroke-width=\"\(number(width))\" stroke-linejoin=\"round\"/>"
        case let .dot(x, y, radius, fill, className, tooltip):
            let shape = "<circle class=\"\(TextEscaping.label(className))\" cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"\(number(radius))\" "
                + "fill=\"\(fill)\""
            guard let tooltip else { return shape + "/>" }
            return shape + "><title>\(TextEscaping.label(tooltip))</title></circle>"
        }
    }

    /// Two decimals at most, no exponent.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }
}
