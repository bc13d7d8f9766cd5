import KGCore
import KGGraph

/// The table of relations that entity, path and contested pages share: who, what, whom, how often, when.
enum RelationTable {
    /// Rows for `edges` (already in display order), each linking both entities and the evidence.
    static func html(_ edges: [Edge], in graph: KnowledgeGraph) -> String {
        guard !edges.isEmpty else { return "<p class=\"muted\">No relations match.</p>\n" }
        var out = """
            <table class="relations">
            <thead><tr><th>Subject</th><th>Relation</th><th>Object</th><th class="num">Sentences</th>\
            <th class="num">Asserted</th><th class="num">Denied</th><th>Polarity</th><th>Category</th>\
            <th>First</th><th>Last</th></tr></thead>
            <tbody>

            """
        for edge in edges {
            let subject = graph.entities[edge.subject]?.name ?? edge.subject
            let object = graph.entities[edge.object]?.name ?? edge.object
            let relationClass = edge.relationClass
            let evidence = HTML.evidenceURL(subject: subject, object: object, relation: edge.relation)
            var relation = HTML.link(evidence, edge.relation)
            if edge.isContested {
                relation += "<span class=\"tag contested\">contested</span>"
            } else if edge.deniedCount > 0 {
                relation += "<span class=\"tag denied\">denied</span>"
            }
            out += "<tr class=\"edge\">"
            out += "<td>\(HTML.link(HTML.entityURL(subject), subject))</td>"
            out += "<td>\(relation)</td>"
            out += "<td>\(HTML.link(HTML.entityURL(object), object))</td>"
            out += "<td class=\"num\">\(HTML.link(evidence, String(edge.evidenceCount)))</td>"
            out += "<td class=\"num\">\(edge.assertedCount)</td><td class=\"num\">\(edge.deniedCount)</td>"
            out += "<td class=\"polarity-\(relationClass.polarity.rawValue)\">\(relationClass.polarity.rawValue)</td>"
            out += "<td>\(TextEscaping.html(relationClass.category.title))</td>"
            out += "<td>\(TextEscaping.html(edge.firstDate ?? "–"))</td><td>\(TextEscaping.html(edge.lastDate ?? "–"))</td>"
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out
    }

    /// Edges by evidence count, most first, ties by id.
    static func ranked(_ graph: KnowledgeGraph) -> [Edge] {
        graph.edges.values.sorted { ($1.evidenceCount, $0.id) < ($0.evidenceCount, $1.id) }
    }
}
