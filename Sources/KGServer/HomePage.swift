import KGCore
import KGGraph
import KGStore

/// `/`: what the corpus holds, a search box, and the most connected entities.
enum HomePage {
    static func html(stats: StoreStats, top: [EntitySummary], changes: ChangeReport? = nil) -> String {
        var body = "<h1>Explore the news graph</h1>\n"
        body += "<div class=\"stats\">"
        for (value, noun, plural) in [(stats.documents, "article", "articles"), (stats.sentences, "sentence", "sentences"),
                                      (stats.entities, "entity", "entities"), (stats.edges, "relation", "relations"),
                                      (stats.evidence, "piece of evidence", "pieces of evidence")]
        {
            body += "<div class=\"stat\"><b>\(value)</b> \(value == 1 ? noun : plural)</div>"
        }
        body += "</div>\n"
        body += """
            <form class="filters" action="/search" method="get">
            <label>Find an entity <input type="search" name="q" list="entity-suggestions" placeholder="e.g. Russia" size="30"></label>
            <button type="submit">Show its network</button>
            </form>
            <p><a href="/contested">Contested relations</a> — asserted by some sources and denied by others.
            <a href="/path">Find paths</a> between two entities.</p>

            """
        if top.isEmpty {
            body += "<h2>Most connected entities</h2>\n"
            body += "<p class=\"muted\">The graph is empty: ingest some articles first (<code>newsgraph ingest</code>).</p>\n"
            return PageLayout.document(title: "Home", body: body)
        }
        if let changes { body += ChangesPanel.html(changes) }
        // Actors are what readers look for; concepts ("these allegations") get a shorter list of their own.
        body += "<h2>Most connected entities</h2>\n" + list(top.filter(\.type.isActor).prefix(30))
        let concepts = top.filter { !$0.type.isActor }.prefix(12)
        if !concepts.isEmpty { body += "<h2>Most connected concepts</h2>\n" + list(concepts) }
        return PageLayout.document(title: "Home", body: body)
    }

    private static func list(_ entities: some Sequence<EntitySummary>) -> String {
        var out = "<ul class=\"entities\">\n"
        for entity in entities {
            out += "<li>\(HTML.link(HTML.entityURL(entity.name), entity.name)) "
            out += "<span class=\"tag\">\(TextEscaping.html(entity.type.rawValue))</span> "
            out += "<span class=\"muted\">\(HTML.count(entity.degree, "relation"))</span></li>\n"
        }
        return out + "</ul>\n"
    }

    /// `/search?q=`: the entities matching a text that names none exactly.
    static func matches(_ text: String, _ entities: [EntitySummary], error: ServerError) -> String {
        var body = "<h1>No entity named “\(TextEscaping.html(text))”</h1>\n"
        if let hint = error.hint { body += "<p class=\"hint\">\(TextEscaping.html(hint))</p>\n" }
        if !entities.isEmpty {
            body += "<h2>Entities whose names contain it</h2>\n<ul class=\"entities\">\n"
            for entity in entities {
                body += "<li>\(HTML.link(HTML.entityURL(entity.name), entity.name)) "
                body += "<span class=\"tag\">\(TextEscaping.html(entity.type.rawValue))</span></li>\n"
            }
            body += "</ul>\n"
        }
        return PageLayout.document(title: "Search", body: body, searchValue: text)
    }
}
