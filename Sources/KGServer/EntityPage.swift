import KGCore
import KGGraph

/// `/entity/{name}`: an entity's ego network drawn and tabled, with the filters that produced it.
enum EntityPage {
    static func html(
        answer: NeighborsAnswer, parameters: QueryParameters, diagram: Result<DiagramRenderer.Diagram, ServerError>,
        limits: ServerLimits, rows: Int, timeline: String = ""
    ) -> String {
        let center = answer.center
        var body = "<h1 class=\"entity\">\(TextEscaping.html(center.name)) <span class=\"tag\">\(TextEscaping.html(center.type.rawValue))</span></h1>\n"
        let aliases = center.aliases.filter { $0 != center.name }
        if !aliases.isEmpty {
            // Busy entities collect hundreds of aliases (many of them extraction noise): show a few, fold the rest.
            let shown = aliases.prefix(8).map(TextEscaping.html).joined(separator: ", ")
            body += "<div class=\"aliases muted\">Also called: \(shown)"
            if aliases.count > 8 {
                body += " <details><summary>and \(aliases.count - 8) more</summary>"
                    + aliases.dropFirst(8).map(TextEscaping.html).joined(separator: ", ") + "</details>"
            }
            body += "</div>\n"
        }
        body += filterForm(center: center, parameters: parameters, limits: limits)
        let edges = RelationTable.ranked(answer.graph)
        body += "<h2>Network within \(answer.depth) hop\(answer.depth == 1 ? "" : "s")</h2>\n"
        switch diagram {
        case .success(let drawn):
            if !drawn.notes.isEmpty {
                body += "<p class=\"muted diagram-notes\">" + drawn.notes.map { TextEscaping.html($0) }.joined(separator: "; ")
                    + ". The table below lists every relation.</p>\n"
            }
            body += "<p class=\"muted\">Click a node to re-centre on it, an edge to read its evidence.</p>\n"
            body += "<div class=\"diagram\">\n\(drawn.svg)\n</div>\n"
        case .failure(let error):
            body += "<p class=\"notice\">The diagram could not be drawn: \(TextEscaping.html(error.message))"
            if let hint = error.hint { body += " — \(TextEscaping.html(hint))" }
            body += "</p>\n"
        }
        body += "<h2>Relations (\(answer.totalEdges))</h2>\n"
        body += RelationTable.html(Array(edges.prefix(rows)), in: answer.graph)
        let shown = min(edges.count, rows)
        if answer.totalEdges > shown {
            body += "<p class=\"muted\">The \(shown) nearest and strongest are listed; \(answer.totalEdges - shown) more match. "
            if shown < limits.maximumRows {
                let more = parameters.replacing("limit", with: String(limits.maximumRows))
                    .pairs.filter { $0.name != "entity" }.map { ($0.name, Optional($0.value)) }
                body += HTML.link(HTML.entityURL(center.name, more), "List up to \(limits.maximumRows)") + ", or narrow "
            } else {
                body += "Narrow "
            }
            body += "the filters to see others.</p>\n"
        }
        body += timeline
        body += """
            <h2>Paths from here</h2>
            <form class="filters" action="/path" method="get">
            <input type="hidden" name="from" value="\(TextEscaping.html(center.name))">
            <label>To <input type="search" name="to" list="entity-suggestions" placeholder="another entity"></label>
            <button type="submit">Find paths</button>
            </form>

            """
        return PageLayout.document(title: center.name, body: body)
    }

    /// The GET form that reloads this page with other filters; every current value is kept.
    static func filterForm(center: Entity, parameters: QueryParameters, limits: ServerLimits) -> String {
        let depth = Int(parameters.string("depth") ?? "") ?? 1
        var out = "<form class=\"filters\" action=\"\(TextEscaping.html(HTML.entityURL(center.name)))\" method=\"get\">\n"
        out += "<label>Depth <select name=\"depth\">"
        for value in 1...limits.maximumDepth {
            out += "<option\(value == depth ? " selected" : "")>\(value)</option>"
        }
        out += "</select></label>\n"
        out += select("direction", "Direction", [("both", "both"), ("out", "outgoing"), ("in", "incoming")], parameters)
        out += select("category", "Category", [("", "any")] + RelationCategory.allCases.map { ($0.rawValue, $0.title) },
                      parameters)
        out += select("polarity", "Polarity", [("", "any")] + Polarity.allCases.map { ($0.rawValue, $0.rawValue) }, parameters)
        out += "<label>From <input type=\"date\" name=\"from-date\" value=\"\(TextEscaping.html(parameters.string("from-date") ?? ""))\"></label>\n"
        out += "<label>To <input type=\"date\" name=\"to-date\" value=\"\(TextEscaping.html(parameters.string("to-date") ?? ""))\"></label>\n"
        out += "<label>Min. evidence <input type=\"number\" name=\"min-evidence\" min=\"1\" size=\"4\" value=\"\(TextEscaping.html(parameters.string("min-evidence") ?? "1"))\"></label>\n"
        out += "<label>Edges drawn <input type=\"number\" name=\"max-edges\" min=\"1\" max=\"\(limits.maximumDrawnEdges)\" value=\"\(TextEscaping.html(parameters.string("max-edges") ?? String(limits.defaultDrawnEdges)))\"></label>\n"
        if let limit = parameters.string("limit") {
            out += "<input type=\"hidden\" name=\"limit\" value=\"\(TextEscaping.html(limit))\">"
        }
        let concepts = (try? parameters.flag("include-concepts", default: true)) ?? true
        out += "<input type=\"hidden\" name=\"include-concepts\" value=\"0\">"
        out += "<label class=\"check\"><input type=\"checkbox\" name=\"include-concepts\" value=\"1\"\(concepts ? " checked" : "")> include concepts</label>\n"
        for (name, label) in [("concepts", "draw concepts"), ("roles", "draw roles"), ("clusters", "boxes by country")] {
            let on = (try? parameters.flag(name, default: false)) ?? false
            out += "<label class=\"check\"><input type=\"checkbox\" name=\"\(name)\" value=\"1\"\(on ? " checked" : "")> \(label)</label>\n"
        }
        out += "<button type=\"submit\">Apply</button>\n</form>\n"
        return out
    }

    private static func select(_ name: String, _ label: String, _ options: [(String, String)], _ parameters: QueryParameters)
        -> String
    {
        let current = parameters.string(name) ?? ""
        var out = "<label>\(label) <select name=\"\(name)\">"
        for (value, text) in options {
            out += "<option value=\"\(TextEscaping.html(value))\"\(value == current ? " selected" : "")>\(TextEscaping.html(text))</option>"
        }
        return out + "</select></label>\n"
    }
}
