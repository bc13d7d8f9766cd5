import KGStore

/// `/`: what the corpus holds, a search box, and the most connected entities.
enum HomePage {
    static func html(stats: StoreStats, top: [EntitySummary]) -> String {
        var body = "<h1>Explore the news graph</h1>\n"
        body += "<div class=\"stats\">"
        for (label, value) in [("articles", stats.documents), ("sentences", stats.sentences), ("entities", stats.entities),
                               ("relations", stats.edges), ("evidence", stats.evidence)]
        {
            body += "<div class=\"stat\"><b>\(value)</b>\(label)</div>"
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
        body += "<h2>Most connected entities</h2>\n"
        if top.isEmpty {
            body += "<p class=\"muted\">The graph is empty: ingest some articles first (<code>newsgraph ingest</code>).</p>\n"
        } else {
            body += "<ul class=\"entities\">\n"
            for entity in top {
                body += "<li>\(HTML.link(HTML.entityURL(entity.name), entity.name)) "
                body += "<span class=\"tag\">\(HTML.escape(entity.type.rawValue))</span> "
                body += "<span class=\"muted\">\(entity.degree) relations</span></li>\n"
            }
            body += "</ul>\n"
        }
        return PageLayout.document(title: "Home", body: body)
    }

    /// `/search?q=`: the entities matching a text that names none exactly.
    static func matches(_ text: String, _ entities: [EntitySummary], error: ServerError) -> String {
        var body = "<h1>No entity named “\(HTML.escape(text))”</h1>\n"
        if let hint = error.hint { body += "<p class=\"hint\">\(HTML.escape(hint))</p>\n" }
        if !entities.isEmpty {
            body += "<h2>Entities whose names contain it</h2>\n<ul class=\"entities\">\n"
            for entity in entities {
                body += "<li>\(HTML.link(HTML.entityURL(entity.name), entity.name)) "
                body += "<span class=\"tag\">\(HTML.escape(entity.type.rawValue))</span></li>\n"
            }
            body += "</ul>\n"
        }
        return PageLayout.document(title: "Search", body: body, searchValue: text)
    }
}
