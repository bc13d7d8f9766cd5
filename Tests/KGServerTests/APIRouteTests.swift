import Foundation
import Hummingbird
import HummingbirdTesting
import KGServer
import Testing

@Suite("JSON API")
struct APIRouteTests {
    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(response.text.utf8))
    }

    @Test func entitiesSearchesNamesAndAliasesMostConnectedFirst() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/api/entities?search=mosc", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let answer = try #require(try Self.json(response) as? [String: Any])
            let entities = try #require(answer["entities"] as? [[String: Any]])
            #expect(entities.map { $0["name"] as? String } == ["Russia"])
            let all = try #require(try Self.json(try await client.execute(uri: "/api/entities?limit=2", method: .get)) as? [String: Any])
            let top = try #require(all["entities"] as? [[String: Any]])
            #expect(top.count == 2)
            #expect(top.first?["name"] as? String == "Russia")
        }
    }

    @Test func neighborsAnswersTheEgoNetworkWithFilters() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/api/neighbors?entity=Russia&polarity=conflictual", method: .get)
            #expect(response.status == .ok)
            let answer = try #require(try Self.json(response) as? [String: Any])
            #expect((answer["center"] as? [String: Any])?["id"] as? String == "country:russia")
            let edges = try #require(answer["edges"] as? [[String: Any]])
            #expect(!edges.isEmpty)
            #expect(edges.allSatisfy { $0["polarity"] as? String == "conflictual" })
        }
    }

    @Test func pathAnswersHopsInOrder() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/api/path?from=Washington&to=Tehran", method: .get)
            #expect(response.status == .ok)
            let answer = try #require(try Self.json(response) as? [String: Any])
            let paths = try #require(answer["paths"] as? [[[[String: Any]]]])
            #expect(paths.count == 1)
            #expect(paths.first?.map { hop in hop.map { $0["relation"] as? String } } == [["sanction"], ["buy"]])
            #expect((paths.first?.last?.first?["evidence"] as? [Any])?.count == 2, "each hop carries its sentences")
        }
    }

    @Test func evidenceAnswersEverySentenceWithAttributionAndNegation() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/api/evidence?subject=Russia&object=Iran", method: .get)
            #expect(response.status == .ok)
            let answer = try #require(try Self.json(response) as? [String: Any])
            let edges = try #require(answer["edges"] as? [[String: Any]])
            let evidence = try #require(edges.first?["evidence"] as? [[String: Any]])
            #expect(evidence.count == 2)
            #expect(evidence.contains { $0["negated"] as? Bool == true })
            #expect(evidence.contains { ($0["attribution"] as? [String: Any])?["verb"] as? String == "claim" })
        }
    }

    @Test func hostileNamesSurviveJSONIntact() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/api/neighbors?entity=Mallory", method: .get)
            #expect(response.status == .ok)
            let answer = try #require(try Self.json(response) as? [String: Any])
            #expect((answer["center"] as? [String: Any])?["name"] as? String == ServerFixture.script.name)
        }
    }

    @Test(arguments: ["tsv", "csv", "jsonl", "ntriples", "turtle", "graphml", "dot", "svg"])
    func exportWritesEachFormat(format: String) async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/api/export?format=\(format)&entity=Russia", method: .get)
            #expect(response.status == .ok)
            let text = response.text
            switch format {
            case "tsv": #expect(text.hasPrefix("subject\tsubject_type\trelation"))
            case "csv": #expect(text.hasPrefix("subject,subject_type,relation"))
            case "jsonl": #expect(text.split(separator: "\n").allSatisfy { $0.hasPrefix("{") })
            case "ntriples": #expect(text.split(separator: "\n").allSatisfy { $0.hasSuffix(" .") })
            case "turtle": #expect(text.contains("@prefix"))
            case "graphml": #expect(text.contains("<graphml"))
            case "dot": #expect(text.hasPrefix("digraph"))
            default: #expect(SVGText.texts(in: text)?.contains("Russia") == true)
            }
        }
    }

    @Test func exportCarriesEverySentenceOfEachEdge() async throws {
        try await ServerFixture.withServer { client, _ in
            func sanctionEvidence(_ uri: String) async throws -> Int? {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok)
                for line in response.text.split(separator: "\n") {
                    let edge = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                    if edge["relation"] as? String == "sanction" { return (edge["evidence"] as? [Any])?.count }
                }
                return nil
            }
            // The United States sanction Russia in two sentences; query answers carry one example of them.
            let aroundRussia = try await sanctionEvidence("/api/export?format=jsonl&entity=Russia")
            let whole = try await sanctionEvidence("/api/export?format=jsonl")
            #expect(aroundRussia == 2)
            #expect(whole == 2)
        }
    }

    @Test(arguments: [
        ("/api/neighbors", "entity"),
        ("/api/neighbors?entity=Russia&depth=two", "depth"),
        ("/api/neighbors?entity=Russia&polarity=friendly", "polarity"),
        ("/api/path?from=Russia", "to"),
        ("/api/evidence?subject=Russia&object=Iran&from-date=2017-13-01", "from-date"),
        ("/api/entities?type=planet", "type"),
        ("/api/export?format=xlsx", "format"),
        ("/api/neighbors?entity=Russia&min-evidence=%zz", "percent"),
    ])
    func invalidParametersAreBadRequestsNamingTheParameter(uri: String, parameter: String) async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .badRequest)
            let answer = try #require(try Self.json(response) as? [String: Any])
            #expect((answer["error"] as? String)?.contains(parameter) == true, "\(answer)")
            #expect(answer["status"] as? Int == 400)
        }
    }

    @Test func unknownEntityIsNotFoundInJSON() async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/api/neighbors?entity=Atlantis", method: .get)
            #expect(response.status == .notFound)
            let answer = try #require(try Self.json(response) as? [String: Any])
            #expect((answer["error"] as? String)?.contains("Atlantis") == true)
        }
    }
}
