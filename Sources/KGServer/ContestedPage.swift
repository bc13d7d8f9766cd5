import KGGraph

/// `/contested`: edges some sources assert and others deny.
enum ContestedPage {
    static func html(graph: KnowledgeGraph) -> String {
        var body = "<h1>Contested relations</h1>\n"
        body += "<p class=\"muted\">Relations that some sentences assert and others deny; follow a count to read both sides.</p>\n"
        body += RelationTable.html(RelationTable.ranked(graph), in: graph)
        return PageLayout.document(title: "Contested", body: body)
    }
}
