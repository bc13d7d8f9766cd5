import KGCore
import KGGraph
import KGStore

/// Four dated documents with a contested edge, a concept and a hostile name, to ask every kind of query of,
/// in a store and in memory:
///
///     a 2024-01-10: US sanction Russia · Russia buy Iran · Iran supply Iranian drones
///     b 2024-02-10: Russia attack Ukraine · US sanction Russia · Belarus support Russia (denied)
///     c 2024-03-10: Germany condemn Russia · Russia attack Ukraine · Belarus support Russia
///     d 2024-04-10: <hostile org> praise Russia · Ukraine ask Germany
enum QueryFixture {
    static let russia = Entity(name: "Russia", type: .country, aliases: ["Moscow", "the Kremlin"])
    static let unitedStates = Entity(name: "United States", type: .country, aliases: ["Washington"])
    static let iran = Entity(name: "Iran", type: .country, aliases: ["Tehran"])
    static let ukraine = Entity(name: "Ukraine", type: .country, aliases: ["Kyiv"])
    static let belarus = Entity(name: "Belarus", type: .country, aliases: ["Minsk"])
    static let germany = Entity(name: "Germany", type: .country, aliases: ["Berlin"])
    static let drones = Entity(name: "Iranian drones", type: .concept)
    static let hostile = Entity(name: "Evil \"Corp\" <script>alert(1)</script>\nLtd", type: .org)

    typealias Fact = (subject: Entity, relation: String, object: Entity, negated: Bool)

    static func document(_ id: String, date: String, hash: String? = nil, _ facts: [Fact]) -> IngestItem {
        let info = DocumentInfo(id: id, title: "Title of \(id)", date: date, sourcePath: "\(id).txt",
                                contentHash: hash ?? id)
        var graph = KnowledgeGraph()
        for (index, fact) in facts.enumerated() {
            graph.insert(fact.subject)
            graph.insert(fact.object)
            let evidence = Evidence(
                documentID: id, sentenceIndex: index, span: TextSpan(start: index * 100, end: index * 100 + 40),
                sentence: "\(fact.subject.name) did \(fact.relation) \(fact.object.name) in \(id).",
                relationText: fact.relation, negated: fact.negated, modality: nil,
                attribution: index == 1 ? Attribution(text: "officials", entity: nil, verb: "say") : nil,
                date: date, confidence: 0.5, documentTitle: info.title)
            graph.addEvidence(evidence, subject: fact.subject.id, relation: fact.relation, object: fact.object.id)
        }
        return IngestItem(info: info, sentenceCount: facts.count, graph: graph)
    }

    static var items: [IngestItem] {
        [
            document("a", date: "2024-01-10", [
                (unitedStates, "sanction", russia, false), (russia, "buy", iran, false), (iran, "supply", drones, false),
            ]),
            document("b", date: "2024-02-10", [
                (russia, "attack", ukraine, false), (unitedStates, "sanction", russia, false),
                (belarus, "support", russia, true),
            ]),
            document("c", date: "2024-03-10", [
                (germany, "condemn", russia, false), (russia, "attack", ukraine, false),
                (belarus, "support", russia, false),
            ]),
            document("d", date: "2024-04-10", [(hostile, "praise", russia, false), (ukraine, "ask", germany, false)]),
        ]
    }

    /// The same graph in memory, merged in ingest order.
    static var graph: KnowledgeGraph { StoreFixture.merged(items) }

    /// A store holding the documents.
    static func store() throws -> GraphStore {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(items)
        return store
    }

    /// Periods and options to ask `changes` for: open and closed, cut short, with and without concepts, empty.
    static let changeWindows: [(since: String, until: String?, limit: Int, includeConcepts: Bool)] = [
        ("2024-03-01", nil, 10, false), ("2024-03-01", nil, 2, false), ("2024-01-01", "2024-01-31", 10, false),
        ("2024-01-01", nil, 10, true), ("2024-02-01", "2024-02-29", 10, false), ("2024-02-15", "2024-03-31", 1, true),
        ("0001-01-01", nil, 3, false), ("0001-01-01", nil, 20, true), ("2025-01-01", nil, 10, false),
    ]

    /// The report with aliases sorted (each store lists them in the order it stored them) and, unless
    /// `examples`, without the example sentences (the first stored, which depends on the order of ingest).
    static func canonical(_ report: ChangeReport, examples: Bool = true) -> ChangeReport {
        func sorted(_ entity: Entity) -> Entity {
            var entity = entity
            entity.aliases.sort()
            return entity
        }
        var report = report
        for index in report.newActors.indices { report.newActors[index].entity = sorted(report.newActors[index].entity) }
        for index in report.flips.indices {
            report.flips[index].subject = sorted(report.flips[index].subject)
            report.flips[index].object = sorted(report.flips[index].object)
        }
        for index in report.busiestPairs.indices {
            report.busiestPairs[index].first = sorted(report.busiestPairs[index].first)
            report.busiestPairs[index].second = sorted(report.busiestPairs[index].second)
        }
        if !examples { for index in report.newEdges.indices { report.newEdges[index].example = nil } }
        return report
    }

    /// The result with aliases sorted, so results equal up to alias order compare equal.
    static func canonical(_ result: QueryResult) -> QueryResult {
        func sorted(_ entity: Entity) -> Entity {
            var entity = entity
            entity.aliases.sort()
            return entity
        }
        var result = result
        result.graph = KnowledgeGraph(entities: result.graph.entities.values.map(sorted),
                                      edges: Array(result.graph.edges.values))
        result.anchors = result.anchors.map(sorted)
        result.entities = result.entities.map { row in
            var row = row
            row.entity = sorted(row.entity)
            return row
        }
        return result
    }
}
