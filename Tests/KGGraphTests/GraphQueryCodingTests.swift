import Foundation
import KGCore
import KGGraph
import Testing

/// Queries travel as JSON (server caches, saved requests): the evidence setting round-trips, and a query
/// encoded before it existed still decodes, asking for a sample.
@Suite struct GraphQueryCodingTests {
    @Test(arguments: [EvidenceDetail.sample, .all])
    func evidenceSettingRoundTrips(evidence: EvidenceDetail) throws {
        var filter = GraphFilter()
        filter.minimumEvidence = 2
        let query = GraphQuery(.neighbors(entity: "Russia", depth: 2, direction: .out), filter: filter, limit: 5,
                               evidence: evidence)
        let decoded = try JSONDecoder().decode(GraphQuery.self, from: JSONEncoder().encode(query))
        #expect(decoded == query)
        #expect(decoded.evidence == evidence)
    }

    @Test func aQueryEncodedWithoutAnEvidenceSettingAsksForASample() throws {
        var json = try #require(try JSONSerialization.jsonObject(
            with: JSONEncoder().encode(GraphQuery(.whole, limit: 3, evidence: .all))) as? [String: Any])
        #expect(json.removeValue(forKey: "evidence") as? String == "all")
        let decoded = try JSONDecoder().decode(GraphQuery.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(decoded == GraphQuery(.whole, limit: 3))
        #expect(decoded.evidence == .sample)
    }

    @Test func allEvidenceKeepsEverySentenceWhereASampleKeepsOne() throws {
        let russia = Entity(name: "Russia", type: .country)
        let ukraine = Entity(name: "Ukraine", type: .country)
        var graph = KnowledgeGraph()
        graph.insert(russia)
        graph.insert(ukraine)
        for index in 0..<5 {
            let evidence = Evidence(documentID: "d\(index)", sentenceIndex: 0, span: TextSpan(start: 0, end: 10),
                                    sentence: "Russia attacked Ukraine (\(index)).", relationText: "attacked",
                                    negated: index == 4, modality: nil, attribution: nil, date: "2024-01-0\(index + 1)",
                                    confidence: 0.5)
            graph.addEvidence(evidence, subject: russia.id, relation: "attack", object: ukraine.id)
        }
        let id = Edge.ID(subject: russia.id, relation: "attack", object: ukraine.id)
        for kind in [GraphQuery.Kind.whole, .contested, .neighbors(entity: "Ukraine", depth: 1, direction: .both)] {
            let sample = try graph.answer(GraphQuery(kind))
            let all = try graph.answer(GraphQuery(kind, evidence: .all))
            #expect(sample.graph.edges[id]?.isSampled == true, "\(kind)")
            #expect(all.graph.edges[id] == graph.edges[id], "\(kind)")
            #expect(sample.rows == all.rows, "\(kind)")
        }
    }
}
