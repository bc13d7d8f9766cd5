import KGCore
import KGGraph

/// Dumps a graph as GraphML (http://graphml.graphdrawing.org), which Gephi, yEd, Cytoscape and NetworkX open.
///
/// Every attribute is declared as a `<key>` with its type; nodes carry name (also as `label`, which Gephi
/// shows), type, aliases and Wikidata id; edges carry relation (also as `label`), category, polarity, counts,
/// dates and one example sentence. Node ids are the entity keys; text is XML-escaped and characters XML 1.0
/// cannot hold become U+FFFD.
public struct GraphMLWriter: Sendable {
    /// A writer.
    public init() {}

    /// One `<key>` declaration: id, what it annotates, its name and type.
    struct Key {
        let id: String
        let domain: String
        let name: String
        let type: String
    }

    static let keys: [Key] = [
        Key(id: "label", domain: "node", name: "label", type: "string"),
        Key(id: "name", domain: "node", name: "name", type: "string"),
        Key(id: "type", domain: "node", name: "type", type: "string"),
        Key(id: "aliases", domain: "node", name: "aliases", type: "string"),
        Key(id: "wikidata", domain: "node", name: "wikidata", type: "string"),
        Key(id: "elabel", domain: "edge", name: "label", type: "string"),
        Key(id: "relation", domain: "edge", name: "relation", type: "string"),
        Key(id: "category", domain: "edge", name: "category", type: "string"),
        Key(id: "polarity", domain: "edge", name: "polarity", type: "string"),
        Key(id: "evidence", domain: "edge", name: "evidence_count", type: "int"),
        Key(id: "asserted", domain: "edge", name: "asserted", type: "int"),
        Key(id: "denied", domain: "edge", name: "denied", type: "int"),
        Key(id: "contested", domain: "edge", name: "contested", type: "boolean"),
        Key(id: "weight", domain: "edge", name: "weight", type: "double"),
        Key(id: "first", domain: "edge", name: "first_date", type: "string"),
        Key(id: "last", domain: "edge", name: "last_date", type: "string"),
        Key(id: "example", domain: "edge", name: "example", type: "string"),
    ]

    /// The whole document as one string.
    public func write(_ graph: KnowledgeGraph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Streams the document into `output`, one node or edge at a time.
    public func write<Output: TextOutputStream>(_ graph: KnowledgeGraph, to output: inout Output) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for key in Self.keys {
            output.write("  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n")
        }
        output.write("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n")
        var written = Set<String>()
        for entity in graph.sortedEntities {
            written.insert(entity.id)
            var data = [("label", entity.name), ("name", entity.name), ("type", entity.type.rawValue)]
            let aliases = entity.aliases.filter { $0 != entity.name }.sorted()
            if !aliases.isEmpty { data.append(("aliases", aliases.joined(separator: "; "))) }
            if let wikidata = entity.wikidata { data.append(("wikidata", wikidata)) }
            output.write(element("node", id: entity.id, data: data))
        }
        // GraphML requires both ends of an edge to be nodes of the graph.
        let dangling = Set(graph.edges.values.flatMap { [$0.subject, $0.object] }).subtracting(written).sorted()
        for id in dangling {
            output.write(element("node", id: id, data: [("label", id), ("name", id)]))
        }
        for (index, edge) in graph.sortedEdges.enumerated() {
            output.write(element(
                "edge", id: "e\(index)", source: edge.subject, target: edge.object, data: edgeData(edge)))
        }
        output.write("  </graph>\n</graphml>\n")
    }

    private func edgeData(_ edge: Edge) -> [(String, String)] {
        let relationClass = edge.relationClass
        var data = [
            ("elabel", edge.relation), ("relation", edge.relation),
            ("category", relationClass.category.rawValue), ("polarity", relationClass.polarity.rawValue),
            ("evidence", String(edge.evidenceCount)), ("asserted", String(edge.assertedCount)),
            ("denied", String(edge.deniedCount)), ("contested", edge.isContested ? "true" : "false"),
            ("weight", String(Double(edge.evidenceCount))),
        ]
        if let first = edge.firstDate { data.append(("first", first)) }
        if let last = edge.lastDate { data.append(("last", last)) }
        if let example = edge.evidence.max(by: { $0.confidence < $1.confidence }) {
            data.append(("example", example.sentence))
        }
        return data
    }

    private func element(
        _ name: String, id: String, source: String? = nil, target: String? = nil, data: [(String, String)]
    ) -> String {
        var out = "    <\(name) id=\"\(TextEscaping.xml(id))\""
        if let source { out += " source=\"\(TextEscaping.xml(source))\"" }
        if let target { out += " target=\"\(TextEscaping.xml(target))\"" }
        out += ">"
        for (key, value) in data {
            out += "<data key=\"\(key)\">\(TextEscaping.xml(value))</data>"
        }
        return out + "</\(name)>\n"
    }
}
