import KGCore
import KGGraph

/// The home page's "What changed" panel: the last days of the data's new actors, busiest pairs (linking to
/// their pair timeline), flipped balances and new relations, from the store's `changes(since:…)`.
enum ChangesPanel {
    static func html(_ report: ChangeReport) -> String {
        var out = "<section id=\"changes\" class=\"changes\">\n"
        out += "<h2>What changed since \(TextEscaping.html(report.since))</h2>\n"
        out += "<p class=\"muted\">By the articles' dates: \(HTML.count(report.newActorCount, "new actor")), "
            + "\(HTML.count(report.newEdgeCount, "new relation")), \(HTML.count(report.flips.count, "flipped balance")). "
            + "The same with <code>newsgraph changes --since \(TextEscaping.html(report.since))</code>.</p>\n"
        out += "<div class=\"columns\">\n"
        out += "<div><h3>Busiest pairs</h3>\n"
        out += list(report.busiestPairs.map { pair in
            let url = HTML.entityURL(pair.first.name, [("with", pair.second.name)]) + "#timeline"
            return HTML.link(url, "\(pair.first.name) – \(pair.second.name)")
                + " <span class=\"muted\">\(HTML.count(pair.evidenceCount, "sentence")), "
                + "\(pair.balance.cooperative) cooperative, \(pair.balance.conflictual) conflictual</span>"
        }, id: "busiest-pairs")
        out += "</div>\n<div><h3>New actors</h3>\n"
        out += list(report.newActors.map { actor in
            HTML.link(HTML.entityURL(actor.entity.name), actor.entity.name)
                + " <span class=\"tag\">\(TextEscaping.html(actor.entity.type.rawValue))</span>"
                + " <span class=\"muted\">from \(TextEscaping.html(actor.firstDate)), \(HTML.count(actor.evidenceCount, "sentence"))</span>"
        }, id: "new-actors")
        out += "</div>\n<div><h3>Flipped</h3>\n"
        out += list(report.flips.map { flip in
            let pair = HTML.link(HTML.entityURL(flip.subject.name, [("with", flip.object.name)]) + "#timeline",
                                 "\(flip.subject.name) – \(flip.object.name)")
            switch flip.kind {
            case .stance:
                return pair + " <span class=\"muted\">\(TextEscaping.html(flip.relation ?? "")): asserted/denied "
                    + "\(flip.before.asserted)/\(flip.before.denied) → \(flip.since.asserted)/\(flip.since.denied)</span>"
            case .polarity:
                return pair + " <span class=\"muted\">cooperative/conflictual \(flip.before.cooperative)/\(flip.before.conflictual)"
                    + " → \(flip.since.cooperative)/\(flip.since.conflictual)</span>"
            }
        }, id: "flips")
        out += "</div>\n<div><h3>New relations</h3>\n"
        out += list(report.newEdges.map { row in
            HTML.link(HTML.evidenceURL(subject: row.subjectName, object: row.objectName, relation: row.id.relation),
                      "\(row.subjectName) — \(row.id.relation) → \(row.objectName)")
                + " <span class=\"muted\">\(HTML.count(row.evidenceCount, "sentence"))</span>"
        }, id: "new-relations")
        out += "</div>\n</div>\n</section>\n"
        return out
    }

    /// Items (already HTML) as a list, or a muted "none".
    private static func list(_ items: [String], id: String) -> String {
        guard !items.isEmpty else { return "<p class=\"muted\" id=\"\(id)\">None.</p>\n" }
        return "<ul class=\"entities\" id=\"\(id)\">\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
    }
}
