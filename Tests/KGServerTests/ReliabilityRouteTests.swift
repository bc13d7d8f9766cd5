import Foundation
import Hummingbird
import HummingbirdTesting
@testable import KGServer
import Testing

/// Regressions for the server-side defects of issue 14: a request that trapped the process, wrong methods,
/// the export cap, and shedding load instead of queueing it.
@Suite("Server reliability")
struct ReliabilityRouteTests {
    @Test(arguments: ["/evidence?subject=Russia&object=Moscow", "/api/evidence?subject=Iran&object=Tehran",
                      "/api/evidence?subject=Iran&object=Iran", "/evidence?subject=Moscow&object=the%20Kremlin"])
    func evidenceBetweenTwoNamesOfOneEntityAnswers400AndTheServerLivesOn(uri: String) async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("same entity"))
            let next = try await client.execute(uri: "/api/entities?search=Iran", method: .get)
            #expect(next.status == .ok)
        }
    }

    @Test(arguments: ["/", "/entity/Russia", "/api/entities", "/static/newsgraph.css"])
    func headAnswersLikeGetWithoutABody(uri: String) async throws {
        try await ServerFixture.withServer { client, _ in
            let get = try await client.execute(uri: uri, method: .get)
            let head = try await client.execute(uri: uri, method: .head)
            #expect(head.status == get.status)
            #expect(head.status == .ok)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.body.readableBytes == 0)
        }
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch])
    func otherMethodsAre405WithAllow(method: HTTPRequest.Method) async throws {
        try await ServerFixture.withServer { client, _ in
            let response = try await client.execute(uri: "/api/entities", method: method)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, HEAD")
        }
    }

    @Test func exportTakesLimitsUpToTheEdgeCapNotTheRowCap() async throws {
        try await ServerFixture.withServer { client, server in
            let limit = server.limits.maximumRows + 1
            #expect(limit <= server.limits.maximumEdges)
            let response = try await client.execute(uri: "/api/export?format=tsv&limit=\(limit)", method: .get)
            #expect(response.status == .ok)
            let table = try await client.execute(uri: "/api/entities?limit=\(limit)", method: .get)
            #expect(table.status == .contentTooLarge, "tables keep their row cap (beyond a cap is 413, as in LimitTests)")
        }
    }

    @Test func aFullGateRefusesAtOnceWith503() throws {
        let gate = LoadGate(capacity: 1)
        let inner = try gate.run { () throws(ServerError) -> ServerError? in
            do throws(ServerError) {
                return try gate.run { () throws(ServerError) -> ServerError? in nil }
            } catch {
                return error
            }
        }
        #expect(inner?.kind == .unavailable)
        #expect(inner?.statusCode == 503)
        // Once the first query is done there is room again.
        #expect(try gate.run { () throws(ServerError) -> Int in 1 } == 1)
    }

    @Test func unavailableAnswersCarryRetryAfter() {
        let error = ServerError(.unavailable, "busy")
        let response = GraphServer.retryingLater(GraphServer.json(["x": 1], status: .serviceUnavailable), error)
        #expect(response.headers[.retryAfter] == "1")
        let other = GraphServer.retryingLater(GraphServer.json(["x": 1], status: .badRequest), ServerError(.badRequest, "x"))
        #expect(other.headers[.retryAfter] == nil)
    }
}
