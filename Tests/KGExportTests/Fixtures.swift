import KGCore
import KGGraph

/// Small graphs for the export tests.
enum Fixtures {
    static func evidence(
        doc: String = "doc-1", sentence: Int = 0, text: String = "Russia sanctioned Ukraine.",
        negated: Bool = false, date: String? = "2024-03-01", confidence: Double = 0.8
    ) -> Evidence {
        Evidence(
            documentID: doc, sentenceIndex: sentence, span: TextSpan(start: 0, end: 10), sentence: text,
            relationText: negated ? "did not sanction" : "sanctioned", negated: negated,
            modality: nil, attribution: nil, date: date, confidence: confidence)
    }

    /// Names that have broken DOT writers: quoting, escapes, markup, keywords, control characters.
    static let hostileNames: [String] = [
        "Say \"hi\"", "back\\slash", "ends with backslash\\", "\\N and \\G", "two\nlines", "cr\rreturn",
        "tab\there", "<script>alert(1)</script>", "AT&T", "Procter &amp; Gamble", "Zürich Ωmega 北京 🇺🇦",
        "", "node", "graph", "strict", "digraph", "subgraph", "edge", "a -> b; c", "{ } [ ] = , ;",
        "bell\u{07}char", "quote at end\"", "'single'", "</svg><svg onload=alert(1)>", "a > b", "50% off",
        "{name}", "x?y=1&z=<2>#frag",
    ]

    /// One `person` entity per hostile name, chained by edges, ids `hostile:<name>`; the first has a Wikidata
    /// id, the second a malformed one that must never become an IRI.
    static func hostileGraph() -> KnowledgeGraph {
        var entities = hostileNames.map { Entity(id: "hostile:\($0)", name: $0, type: .person, aliases: [$0 + " alias"]) }
        entities[0].wikidata = "Q42"
        entities[1].wikidata = "Q1> <http://evil.example/x"
        let edges = zip(entities, entities.dropFirst()).map { pair in
            Edge(
                subject: pair.0.id, relation: "meet \"with\" <b>&</b>", object: pair.1.id,
                evidence: [evidence(text: "He said \"\(pair.0.name)\" met \(pair.1.name) & left\\.")])
        }
        return KnowledgeGraph(entities: entities, edges: edges)
    }

    /// Russia → Ukraine edges with 1, 2, 4 and 8 pieces of evidence, and one denied edge.
    static func weightedGraph() -> KnowledgeGraph {
        var entities = [
            Entity(name: "Russia", type: .country), Entity(name: "Ukraine", type: .country),
            Entity(name: "NATO", type: .org), Entity(name: "Vladimir Putin", type: .person),
            Entity(name: "Wagner", type: .group), Entity(name: "Crimea", type: .location),
            Entity(name: "Iranian drones", type: .concept),
        ]
        entities[0].aliases = ["Moscow", "the Kremlin"]
        let ids = entities.map(\.id)
        func edge(_ s: Int, _ relation: String, _ o: Int, count: Int, denied: Int = 0) -> Edge {
            let evidence = (0..<count).map { i in
                Fixtures.evidence(doc: "doc-\(i)", sentence: i, negated: i < denied, date: "2024-03-0\(i % 9 + 1)")
            }
            return Edge(subject: ids[s], relation: relation, object: ids[o], evidence: evidence)
        }
        let edges = [
            edge(0, "attack", 1, count: 1),
            edge(0, "sanction", 2, count: 2),
            edge(3, "lead", 0, count: 4),
            edge(4, "fight in", 5, count: 8),
            edge(0, "buy", 6, count: 3, denied: 3),
            edge(2, "support", 1, count: 3, denied: 1),
        ]
        return KnowledgeGraph(entities: entities, edges: edges)
    }
}
