import KGCore
import KGGraph

/// The caption above a diagram, as one Graphviz HTML-like graph label: the title (the query), a subtitle
/// (articles and relations behind it), and a legend of the entity types and relation styles the graph uses.
///
/// A graph label rather than legend nodes, so every layout engine places it the same way (above the graph)
/// and the SVG's node and edge groups stay exactly the graph's.
struct DOTLegend {
    let options: DOTOptions
    let graph: KnowledgeGraph

    /// The `label` attribute value (`<…>`), or nil when there is nothing to say.
    func htmlLabel() -> String? {
        var rows: [String] = []
        if let title = options.title, !title.isEmpty {
            rows.append(##"<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="18"><B>\##(TextEscaping.label(title))</B></FONT></TD></TR>"##)
        }
        if let subtitle = options.subtitle, !subtitle.isEmpty {
            rows.append(##"<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="11" COLOR="#555555">\##(TextEscaping.label(subtitle))</FONT></TD></TR>"##)
        }
        for note in options.notes where !note.isEmpty {
            rows.append(##"<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="10" COLOR="#6a6a6a">\##(TextEscaping.label(note))</FONT></TD></TR>"##)
        }
        if options.showsLegend, let legend = legendLine() {
            rows.append(##"<TR><TD ALIGN="LEFT">\##(legend)</TD></TR>"##)
            // Keeps the top rank of the drawing from touching the legend.
            rows.append(##"<TR><TD HEIGHT="8"></TD></TR>"##)
        }
        guard !rows.isEmpty else { return nil }
        return ##"<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">"## + rows.joined() + "</TABLE>>"
    }

    /// One line of coloured runs: entity types present (a square in the node's border colour), then relation
    /// polarities present, dashes for denied or contested relations, and what width means.
    ///
    /// One text line rather than a row of table cells: Graphviz stretches nested table cells to the width of
    /// a long title, which spread the swatches across the whole picture.
    private func legendLine() -> String? {
        let types = Set(graph.entities.values.map(\.type)).sorted { a, b in
            (EntityType.allCases.firstIndex(of: a) ?? 0) < (EntityType.allCases.firstIndex(of: b) ?? 0)
        }
        guard !types.isEmpty || !graph.edges.isEmpty else { return nil }
        var runs: [String] = []
        func run(_ text: String, colour: String, size: Int = 10) {
            runs.append(##"<FONT POINT-SIZE="\##(size)" COLOR="\##(colour)">\##(text)</FONT>"##)
        }
        for type in types {
            let style = EntityStyle.style(for: type)
            run("■ ", colour: style.color, size: 12)
            run(Self.typeName(type), colour: style.fontColor)
            run("&#160;&#160;&#160;&#160; ", colour: "#555555")
        }
        let polarities = Set(graph.edges.values.map { $0.relationClass.polarity })
        for polarity in Polarity.allCases where polarities.contains(polarity) {
            let style = EdgeStyle.style(for: polarity)
            run("━━ ", colour: style.color, size: 12)
            run(polarity.rawValue, colour: style.fontColor)
            run("&#160;&#160;&#160;&#160; ", colour: "#555555")
        }
        let stances = Set(graph.edges.values.map(EdgeStyle.Stance.init))
        if stances.contains(.contested) || stances.contains(.denied) {
            run("╍╍ ", colour: "#555555", size: 12)
            run("denied or contested", colour: "#555555")
            run("&#160;&#160;&#160;&#160; ", colour: "#555555")
        }
        if !graph.edges.isEmpty {
            run("thicker = more sentences", colour: "#555555")
        }
        return runs.joined()
    }

    private static func typeName(_ type: EntityType) -> String {
        switch type {
        case .org: "organisation"
        case .concept: "thing"
        default: type.rawValue
        }
    }
}
