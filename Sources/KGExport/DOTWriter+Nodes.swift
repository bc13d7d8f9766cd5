import KGCore
import KGGraph

extension DOTWriter {
    /// Id, classes, label, tooltip (type, aliases, relation and sentence counts, an example), link and style.
    func nodeAttributes(_ entity: Entity, summary: NodeSummary?) -> [(String, String)] {
        let style = EntityStyle.style(for: entity.type)
        var tooltip = "\(entity.name) (\(entity.type.rawValue))"
        let aliases = entity.aliases.filter { $0 != entity.name }.sorted()
        if !aliases.isEmpty { tooltip += "\nalso: " + aliases.joined(separator: ", ") }
        if let roles = options.nodeLines[entity.id], !roles.isEmpty { tooltip += "\n" + roles.joined(separator: "\n") }
        if let summary {
            tooltip += "\n\(summary.edges) relation\(summary.edges == 1 ? "" : "s"), "
                + "\(summary.evidence) sentence\(summary.evidence == 1 ? "" : "s")"
            if options.exampleSentenceLength > 0, let example = summary.strongest.flatMap(exampleEvidence) {
                tooltip += "\n“\(Self.truncated(example.sentence, to: options.exampleSentenceLength))”"
            }
        }
        let link = options.links.nodeURL.map {
            DOTLinks.expand($0, with: ["id": entity.id, "name": entity.name, "type": entity.type.rawValue])
        }
        let focused = options.focusEntityIDs.contains(entity.id)
        let classes = ["entity", entity.type.rawValue, entity.type.isActor ? "actor" : "thing"] + (focused ? ["focus"] : [])
        var attributes = [
            ("id", DOTEscaping.attribute(options.links.idPrefix + entity.id)),
            ("class", quoted(classes.joined(separator: " "))),
            ("label", DOTEscaping.text(([entity.name] + (options.nodeLines[entity.id] ?? [])).joined(separator: "\n"))),
            ("tooltip", DOTEscaping.tooltip(tooltip)),
        ] + linkAttributes(link) + styleAttributes(style)
        if focused { attributes += [("penwidth", quoted("2.8")), ("fontsize", quoted("14"))] }
        return attributes
    }

    /// A node an edge names but the graph does not describe (a trimmed subgraph's border).
    func danglingAttributes(_ id: String) -> [(String, String)] {
        [
            ("id", DOTEscaping.attribute(options.links.idPrefix + id)),
            ("class", quoted("entity unknown")),
            ("label", DOTEscaping.text(id)),
            ("tooltip", DOTEscaping.tooltip("\(id) (not in this graph)")),
        ] + styleAttributes(.unknown)
    }

    private func styleAttributes(_ style: EntityStyle) -> [(String, String)] {
        [
            ("shape", quoted(style.shape)),
            ("style", quoted(style.style)),
            ("fillcolor", quoted(style.fillColor)),
            ("color", quoted(style.color)),
            ("fontcolor", quoted(style.fontColor)),
        ]
    }
}
