import KGCore
import KGGraph

/// `/path?from=…&to=…`: shortest paths between two entities, drawn and listed hop by hop with evidence.
enum PathPage {
    /// The form alone, for `/path` without both ends.
    static func form(from: String = "", to: String = "", maxLength: Int = 3, limits: ServerLimits) -> String {
        var out = "<form class=\"filters\" action=\"/path\" method=\"get\">\n"
        out += "<label>From <input type=\"search\" name=\"from\" list=\"entity-suggestions\" value=\"\(TextEscaping.html(from))\"></label>\n"
        out += "<label>To <input type=\"search\" name=\"to\" list=\"entity-suggestions\" value=\"\(TextEscaping.html(to))\"></label>\n"
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
        case .failure(let error): body += "<p class=\"notice\">The diagram could not be drawn: \(TextEscaping.html(error.message))</p>\n"
        case nil: break
        }
        body += "<ol class=\"paths\">\n"
        for path in answer.paths {
            body += "<li>"
            var hopsHTML: [String] = []
            for hop in path.hops {
                // Several relations may join the two entities, in either direction: one line per direction.
                let edges = hop.compactMap { answer.graph.edges[$0] }
                var directions: [(subject: String, object: String, edges: [Edge])] = []
                for edge in edges {
                    if let index = directions.firstIndex(where: { $0.subject == edge.subject && $0.object == edge.object }) {
                        directions[index].edges.append(edge)
                    } else {
                        directions.append((edge.subject, edge.object, [edge]))
                    }
                }
                var lines: [String] = []
                for (subjectID, objectID, group) in directions {
                    let subject = answer.graph.entities[subjectID]?.name ?? subjectID
                    let object = answer.graph.entities[objectID]?.name ?? objectID
                    let relations = group.map { edge in
                        HTML.link(HTML.evidenceURL(subject: subject, object: object, relation: edge.relation), edge.relation)
                            + " <span class=\"muted\">(\(edge.evidenceCount))</span>"
                    }
                    lines.append("\(HTML.link(HTML.entityURL(subject), subject)) — \(relations.joined(separator: ", ")) → "
                                 + HTML.link(HTML.entityURL(object), object))
                }
                var line = lines.joined(separator: "<br>")
                if let example = edges.first?.evidence.first {
                    line += "<div class=\"meta\">“\(TextEscaping.html(example.sentence))”</div>"
                }
                hopsHTML.append(line)
            }
            body += hopsHTML.joined(separator: "<br>") + "</li>\n"
        }
        body += "</ol>\n"
        return PageLayout.document(title: "\(from) to \(to)", body: body)
    }
}
