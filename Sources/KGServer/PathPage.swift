import KGGraph

/// `/path?from=…&to=…`: shortest paths between two entities, drawn and listed hop by hop with evidence.
enum PathPage {
    /// The form alone, for `/path` without both ends.
    static func form(from: String = "", to: String = "", maxLength: Int = 3, limits: ServerLimits) -> String {
        var out = "<form class=\"filters\" action=\"/path\" method=\"get\">\n"
        out += "<label>From <input type=\"search\" name=\"from\" list=\"entity-suggestions\" value=\"\(HTML.escape(from))\"></label>\n"
        out += "<label>To <input type=\"search\" name=\"to\" list=\"entity-suggestions\" value=\"\(HTML.escape(to))\"></label>\n"
        out += "<label>Max. hops <select name=\"max-length\">"
        for value in 1...limits.maximumPathLength {
            out += "<option\(value == maxLength ? " selected" : "")>\(value)</option>"
        }
        out += "</select></label>\n<button type=\"submit\">Find paths</button>\n</form>\n"
        return out
    }

    static func emptyForm(limits: ServerLimits) -> String {
        PageLayout.document(title: "Paths", body: "<h1>Paths between two entities</h1>\n" + form(limits: limits))
    }

    static func html(answer: PathAnswer, diagram: Result<DiagramRenderer.Diagram, ServerError>?, limits: ServerLimits)
        -> String
    {
        let from = answer.from.name
        let to = answer.to.name
        var body = "<h1>From \(HTML.link(HTML.entityURL(from), from)) to \(HTML.link(HTML.entityURL(to), to))</h1>\n"
        body += form(from: from, to: to, maxLength: answer.maxLength, limits: limits)
        guard !answer.paths.isEmpty else {
            body += "<p class=\"muted\">No path of at most \(answer.maxLength) hops joins them. Allow more hops, or loosen the filters.</p>\n"
            return PageLayout.document(title: "\(from) to \(to)", body: body)
        }
        let hops = answer.paths[0].length
        body += "<p>\(HTML.count(answer.paths.count, "shortest path")) of \(HTML.count(hops, "hop")).</p>\n"
        switch diagram {
        case .success(let drawn): body += "<div class=\"diagram\">\n\(drawn.svg)\n</div>\n"
        case .failure(let error): body += "<p class=\"notice\">The diagram could not be drawn: \(HTML.escape(error.message))</p>\n"
        case nil: break
        }
        body += "<ol class=\"paths\">\n"
        for path in answer.paths {
            body += "<li>"
            var hopsHTML: [String] = []
            for hop in path.hops {
                // Several relations may join the same two entities; each is a link to its evidence.
                let edges = hop.compactMap { answer.graph.edges[$0] }
                guard let strongest = edges.first else { continue }
                let subject = answer.graph.entities[strongest.subject]?.name ?? strongest.subject
                let object = answer.graph.entities[strongest.object]?.name ?? strongest.object
                let relations = edges.map { edge in
                    let from = answer.graph.entities[edge.subject]?.name ?? edge.subject
                    let to = answer.graph.entities[edge.object]?.name ?? edge.object
                    return HTML.link(HTML.evidenceURL(subject: from, object: to, relation: edge.relation), edge.relation)
                        + " <span class=\"muted\">(\(edge.evidenceCount))</span>"
                }
                var line = "\(HTML.link(HTML.entityURL(subject), subject)) — \(relations.joined(separator: ", ")) → "
                line += HTML.link(HTML.entityURL(object), object)
                if let example = strongest.evidence.first {
                    line += "<div class=\"meta\">“\(HTML.escape(example.sentence))”</div>"
                }
                hopsHTML.append(line)
            }
            body += hopsHTML.joined(separator: "<br>") + "</li>\n"
        }
        body += "</ol>\n"
        return PageLayout.document(title: "\(from) to \(to)", body: body)
    }
}
