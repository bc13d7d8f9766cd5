import KGCore
import KGGraph

/// A small hand-made graph: A → B → C → D, E → A, plus a parallel relation A → B and a concept.
///
///     E --accuse--> A --sanction--> B --supply--> C --attack--> D
///                   A --talk with--> B
enum GraphFixture {
    static func evidence(_ document: String, _ sentence: Int) -> Evidence {
        Evidence(
            documentID: document, sentenceIndex: sentence, span: TextSpan(start: sentence * 10, end: sentence * 10 + 5),
            sentence: "Sentence \(sentence).", relationText: "did", negated: false, modality: nil,
            attribution: nil, date: "2024-01-0\(sentence % 9 + 1)", confidence: 0.5)
    }

    static let russia = Entity(name: "Russia", type: .country, aliases: ["Moscow", "the Kremlin"])
    static let unitedStates = Entity(name: "United States", type: .country, aliases: ["Washington"])
    static let iran = Entity(name: "Iran", type: .country, aliases: ["Tehran"])
    static let ukraine = Entity(name: "Ukraine", type: .country)
    static let belarus = Entity(name: "Belarus", type: .country, aliases: ["Minsk"])
    static let drones = Entity(name: "Iranian drones", type: .concept)

    static func edge(_ s: Entity, _ relation: String, _ o: Entity, evidence count: Int, document: String = "d1")
        -> Edge
    {
        Edge(subject: s.id, relation: relation, object: o.id,
             evidence: (0..<count).map { evidence(document, $0) })
    }

    static var graph: KnowledgeGraph {
        KnowledgeGraph(
            entities: [russia, unitedStates, iran, ukraine, belarus, drones],
            edges: [
                edge(unitedStates, "sanction", russia, evidence: 3),
                edge(unitedStates, "talk with", russia, evidence: 1),
                edge(russia, "buy", iran, evidence: 2),
                edge(iran, "supply", drones, evidence: 2),
                edge(belarus, "support", unitedStates, evidence: 1),
                edge(russia, "attack", ukraine, evidence: 4),
            ])
    }
}
