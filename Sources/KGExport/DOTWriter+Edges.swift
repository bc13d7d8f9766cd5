import KGCore
import KGGraph

extension DOTWriter {
    /// The SVG id of an edge (before `DOTLinks.idPrefix`): `edge:<subject>|<relation>|<object>`.
    public static func edgeID(_ edge: Edge) -> String {
        "edge:\(edge.subject)|\(edge.relation)|\(edge.object)"
    }

    /// The visible label: "relation (count)", "not relation" when all evidence denies it, the number of
    /// denials when some does, and the modality in brackets when no sentence states it as a fact ("sanction
    /// [will]").
    func edgeLabel(_ edge: Edge) -> String {
        let stance = EdgeStyle.Stance(edge)
        var label = stance == .denied ? "not \(edge.relation)" : edge.relation
        if let modality = edge.unstatedModality { label += " [\(modality)]" }
        let count = edge.evidenceCount
        switch stance {
        case .contested:
            label += options.showsCounts ? " (\(count), \(edge.deniedCount) denied)" : " (contested)"
        case .asserted, .denied:
            if options.showsCounts && count > 1 { label += " (\(count))" }
        }
        return label
    }

    /// Id, classes (`relation <stance> <polarity> cat-<category> rel-<relation>`), label, tooltip, link and style.
    func edgeAttributes(_ edge: Edge, in graph: KnowledgeGraph) -> [(String, String)] {
        let stance = EdgeStyle.Stance(edge)
        let relationClass = edge.relationClass
        let style = EdgeStyle.style(for: relationClass.polarity)
        let link = options.links.edgeURL.map {
            DOTLinks.expand($0, with: [
                "subject": edge.subject, "object": edge.object, "relation": edge.relation,
                "subjectName": graph.entities[edge.subject]?.name ?? edge.subject,
                "objectName": graph.entities[edge.object]?.name ?? edge.object,
            ])
        }
        let classes = [
            "relation", stance.rawValue, relationClass.polarity.rawValue, "cat-\(relationClass.category.rawValue)",
            "rel-\(Self.classToken(edge.relation))",
        ] + (edge.unstatedModality == nil ? [] : ["modal"])
        var attributes: [(String, String)] = [
            ("id", DOTEscaping.attribute(options.links.idPrefix + Self.edgeID(edge))),
            ("class", quoted(classes.joined(separator: " "))),
        ]
        if options.showsEdgeLabels { attributes.append(("label", DOTEscaping.text(edgeLabel(edge)))) }
        attributes += [
            ("tooltip", DOTEscaping.tooltip(tooltip(edge, in: graph))),
            ("penwidth", quoted(Self.penWidth(evidenceCount: edge.evidenceCount))),
            ("color", quoted(style.color)),
            ("fontcolor", quoted(style.fontColor)),
        ]
        attributes += linkAttributes(link)
        if stance != .asserted {
            attributes.append(("style", quoted("dashed")))
        } else if edge.unstatedModality != nil {
            // Planned, threatened, hypothetical: dotted, never drawn like something that happened.
            attributes.append(("style", quoted("dotted")))
        }
        if stance == .denied { attributes.append(("arrowhead", quoted("tee"))) }
        return attributes
    }

    private func tooltip(_ edge: Edge, in graph: KnowledgeGraph) -> String {
        let subject = graph.entities[edge.subject]?.name ?? edge.subject
        let object = graph.entities[edge.object]?.name ?? edge.object
        let count = edge.evidenceCount
        let relationClass = edge.relationClass
        var text = "\(subject) — \(edge.relation) → \(object)\n"
        text += "\(relationClass.category.title), \(relationClass.polarity.rawValue)\n"
        text += "\(count) sentence\(count == 1 ? "" : "s")"
        if edge.deniedCount > 0 { text += " (\(edge.assertedCount) asserted, \(edge.deniedCount) denied)" }
        if let first = edge.firstDate, let last = edge.lastDate {
            text += first == last ? ", \(first)" : ", \(first) to \(last)"
        }
        if options.exampleSentenceLength > 0, let example = exampleEvidence(edge) {
            text += "\n“\(Self.truncated(example.sentence, to: options.exampleSentenceLength))”"
        }
        return text
    }

    /// The most confident sentence of the edge's majority stance; ties go to the earliest document.
    func exampleEvidence(_ edge: Edge) -> Evidence? {
        let wantNegated = edge.deniedCount > edge.assertedCount
        let candidates = edge.evidence.filter { $0.negated == wantNegated }
        return (candidates.isEmpty ? edge.evidence : candidates).min { a, b in
            let ca = a.confidence.isNaN ? -1 : a.confidence
            let cb = b.confidence.isNaN ? -1 : b.confidence
            if ca != cb { return ca > cb }
            return (a.documentID, a.sentenceIndex, a.span.start) < (b.documentID, b.sentenceIndex, b.span.start)
        }
    }
}
