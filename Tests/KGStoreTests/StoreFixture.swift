import Foundation
import KGCore
import KGGraph
import KGStore

/// Small documents built by hand, and helpers to compare graphs and make scratch directories.
enum StoreFixture {
    static let russia = Entity(name: "Russia", type: .country, aliases: ["Moscow", "the Kremlin"])
    static let unitedStates = Entity(name: "United States", type: .country, aliases: ["Washington"])
    static let iran = Entity(name: "Iran", type: .country, aliases: ["Tehran"])
    static let ukraine = Entity(name: "Ukraine", type: .country, aliases: ["Kyiv"])
    static let belarus = Entity(name: "Belarus", type: .country, aliases: ["Minsk"])
    static let germany = Entity(name: "Germany", type: .country, aliases: ["Berlin"])
    static let drones = Entity(name: "Iranian drones", type: .concept)

    typealias Triple = (subject: Entity, relation: String, object: Entity)

    /// A document whose n-th triple is asserted by its n-th sentence.
    static func item(_ id: String, hash: String = "v1", _ triples: [Triple]) -> IngestItem {
        let info = DocumentInfo(id: id, title: "Title of \(id)", date: "2024-03-0\(id.count % 9 + 1)",
                                sourcePath: "\(id).txt", contentHash: hash)
        var graph = KnowledgeGraph()
        for (index, triple) in triples.enumerated() {
            graph.insert(triple.subject)
            graph.insert(triple.object)
            let attribution = index % 2 == 1
                ? Attribution(text: "Washington", entity: "United States", verb: "claim") : nil
            let evidence = Evidence(
                documentID: id, sentenceIndex: index, span: TextSpan(start: index * 100, end: index * 100 + 40),
                sentence: "\(triple.subject.name) \(triple.relation) \(triple.object.name) (\(hash)).",
                relationText: triple.relation, negated: index % 3 == 2, modality: index % 2 == 0 ? nil : "will",
                attribution: attribution, date: info.date, confidence: 0.25 + Double(index) / 10,
                documentTitle: info.title)
            graph.addEvidence(evidence, subject: triple.subject.id, relation: triple.relation,
                              object: triple.object.id)
        }
        return IngestItem(info: info, sentenceCount: triples.count + 2, graph: graph)
    }

    static var d1: IngestItem {
        item("d1", [(unitedStates, "sanction", russia), (russia, "buy", iran), (iran, "supply", drones)])
    }
    static var d2: IngestItem {
        item("d2", [(russia, "attack", ukraine), (unitedStates, "sanction", russia), (belarus, "support", russia)])
    }
    static var d2Changed: IngestItem {
        item("d2", hash: "v2", [(russia, "attack", ukraine), (ukraine, "ask", germany)])
    }
    static var d3: IngestItem {
        item("d3", [(germany, "condemn", russia), (russia, "attack", ukraine)])
    }

    /// The graph the items make when merged in memory.
    static func merged(_ items: [IngestItem]) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for item in items {
            for entity in item.graph.sortedEntities { graph.insert(entity) }
            for edge in item.graph.sortedEdges { graph.insert(edge) }
        }
        return graph
    }

    /// The graph with aliases and evidence sorted, so graphs equal up to ordering compare equal.
    static func canonical(_ graph: KnowledgeGraph) -> KnowledgeGraph {
        let entities = graph.entities.values.map { entity -> Entity in
            var entity = entity
            entity.aliases.sort()
            return entity
        }
        let edges = graph.edges.values.map { edge -> Edge in
            var edge = edge
            edge.evidence.sort {
                ($0.documentID, $0.sentenceIndex, $0.span) < ($1.documentID, $1.sentenceIndex, $1.span)
            }
            return edge
        }
        return KnowledgeGraph(entities: entities, edges: edges)
    }

    /// A fresh directory under the system's temporary directory; the caller removes it.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `body` with a database path in a scratch directory that is removed afterwards.
    static func withDatabasePath<T>(_ body: (String) throws -> T) throws -> T {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory.appendingPathComponent("graph.sqlite").path)
    }
}
