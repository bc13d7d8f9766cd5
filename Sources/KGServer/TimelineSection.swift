import KGCore
import KGExport
import KGGraph

/// The entity page's "Over time" section: the entity's timeline chart and, for a neighbour the reader picks,
/// the pair's; the numbers behind both are at `/api/timeline`.
enum TimelineSection {
    static func html(center: Entity, timeline: TimelineResult, pair: Result<TimelineResult, ServerError>?,
                     neighbours: [Entity], parameters: QueryParameters) -> String
    {
        let period = timeline.timeline.period
        let chosen = parameters.string("with") ?? ""
        var out = "<h2 id=\"timeline\">Over time</h2>\n"
        out += "<form class=\"filters\" action=\"\(TextEscaping.html(HTML.entityURL(center.name)))#timeline\" method=\"get\">\n"
        for (name, value) in parameters.pairs where !["by", "with", "entity"].contains(name) {
            out += "<input type=\"hidden\" name=\"\(TextEscaping.html(name))\" value=\"\(TextEscaping.html(value))\">"
        }
        out += "<label>By <select name=\"by\">"
        for option in TimelinePeriod.allCases {
            out += "<option\(option == period ? " selected" : "")>\(option.rawValue)</option>"
        }
        out += "</select></label>\n<label>Relations with <select name=\"with\" id=\"timeline-with\"><option value=\"\">(pick a neighbour)</option>"
        for neighbour in neighbours {
            let selected = Entity.normalize(neighbour.name) == Entity.normalize(chosen) ? " selected" : ""
            out += "<option value=\"\(TextEscaping.html(neighbour.name))\"\(selected)>\(TextEscaping.html(neighbour.name))</option>"
        }
        out += "</select></label>\n<button type=\"submit\">Show</button>\n</form>\n"
        out += "<div class=\"chart\">\n\(TimelineChart(timeline).svg())</div>\n"
        switch pair {
        case .success(let result)?:
            var chart = TimelineChart(result)
            chart.id = "pair-timeline-chart"
            out += "<div class=\"chart\">\n\(chart.svg())</div>\n"
        case .failure(let error)?:
            out += "<p class=\"notice\">No pair timeline: \(TextEscaping.html(error.message))"
            if let hint = error.hint { out += " — \(TextEscaping.html(hint))" }
            out += "</p>\n"
        case nil:
            break
        }
        let api = HTML.url("/api/timeline", [("entity", center.name), ("with", pair == nil ? nil : chosen),
                                              ("by", period.rawValue)])
        out += "<p class=\"muted\">Bars count sentences per \(period.rawValue): cooperative and neutral above the line, "
            + "conflictual and denied below; the line is the Goldstein-like score. "
            + "\(HTML.link(api, "The numbers as JSON")).</p>\n"
        return out
    }

    /// The centre's actor neighbours in `graph`, most evidence with the centre first.
    static func neighbours(of center: Entity, in graph: KnowledgeGraph, limit: Int = 40) -> [Entity] {
        var evidence: [String: Int] = [:]
        for edge in graph.edges.values where edge.subject == center.id || edge.object == center.id {
            let other = edge.subject == center.id ? edge.object : edge.subject
            guard other != center.id, graph.entities[other]?.type.isActor == true else { continue }
            evidence[other, default: 0] += edge.evidenceCount
        }
        return evidence.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).compactMap { graph.entities[$0.key] }
    }
}
