import Foundation
import KGGraph
import KGPostgres
import KGTestSupport
import Testing

/// What a user sees when the server is not there, refuses the login or goes away: a clear error naming the
/// server, never the password, and nothing committed lost.
@Suite(.enabled(if: PostgresFixture.isAvailable, PostgresFixture.absence))
struct PostgresConnectionErrorTests {
    static let secret = "not-the-password-4711"

    func failure(_ url: String, environment: [String: String] = ["HOME": "/nonexistent"]) -> PostgresStoreError? {
        do {
            _ = try PostgresStore(location: PostgresLocation(url: url, environment: environment))
            return nil
        } catch {
            return error as? PostgresStoreError
        }
    }

    @Test func aRefusedConnectionNamesTheServer() throws {
        let port = try PostgresFixture.unusedPort()
        let error = try #require(failure("postgresql://ana:\(Self.secret)@127.0.0.1:\(port)/news?sslmode=disable"))
        #expect(error.kind == .cannotConnect)
        #expect(error.message.contains("postgresql://ana@127.0.0.1:\(port)/news"))
        #expect(!error.description.contains(Self.secret))
    }

    @Test func aWrongPasswordIsAnAuthenticationError() throws {
        let cluster = try PostgresFixture.cluster()
        let error = try #require(failure(cluster.url(database: "postgres", password: Self.secret)))
        #expect(error.kind == .authentication)
        #expect(error.message.contains("127.0.0.1:\(cluster.port)"))
        #expect(!error.description.contains(Self.secret))
    }

    @Test func aMissingPasswordSaysWhereOneCanComeFrom() throws {
        let cluster = try PostgresFixture.cluster()
        let error = try #require(failure(cluster.url(database: "postgres", password: nil)))
        #expect(error.kind == .authentication)
        #expect(error.hint?.contains("PGPASSWORD") == true)
        let viaEnvironment = try PostgresLocation(
            url: cluster.url(database: "postgres", password: nil),
            environment: ["PGPASSWORD": ThrowawayCluster.superuserPassword, "HOME": "/nonexistent"])
        #expect(throws: Never.self) { _ = try PostgresStore(location: viaEnvironment) }
    }

    @Test func aMissingDatabaseSaysHowToCreateIt() throws {
        let cluster = try PostgresFixture.cluster()
        let error = try #require(failure(cluster.url(database: "no_such_graph")))
        #expect(error.kind == .cannotConnect)
        #expect(error.hint?.contains("createdb no_such_graph") == true)
    }

    @Test func sslmodeRequireFailsOnAServerWithoutTLS() throws {
        let cluster = try PostgresFixture.cluster()
        let error = try #require(failure(cluster.url(database: "postgres", query: "sslmode=require")))
        #expect(error.kind == .cannotConnect)
        #expect(!error.description.contains(ThrowawayCluster.superuserPassword))
        // prefer falls back to a plain connection.
        #expect(failure(cluster.url(database: "postgres", query: "sslmode=prefer")) == nil)
    }

    @Test func aReadOnlyRoleServesQueriesAndCannotIngest() throws {
        let cluster = try PostgresFixture.cluster()
        let (name, url) = try PostgresFixture.newDatabase()
        _ = try PostgresStore(location: PostgresLocation(url: url)).ingest(QueryFixture.items)
        let role = "reader_\(name.suffix(12))"
        try cluster.sql("CREATE ROLE \(role) LOGIN PASSWORD 'reader-pass'")
        try cluster.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role)", database: name)
        let readerURL = cluster.url(database: name, user: role, password: "reader-pass")
        let reader = try PostgresStore(location: PostgresLocation(url: readerURL), readOnly: true)
        let query = GraphQuery(.neighbors(entity: "Russia", depth: 1, direction: .both))
        #expect(QueryFixture.canonical(try reader.answer(query)) == QueryFixture.canonical(try QueryFixture.graph.answer(query)))
        let writer = try PostgresStore(location: PostgresLocation(url: readerURL))
        var changed = QueryFixture.items[0]
        changed.info.contentHash = "changed"
        #expect { try writer.ingest([changed]) } throws: { error in (error as? PostgresStoreError)?.kind == .readOnly }
    }

    @Test func aServerThatDisappearsMidIngestLosesNothingCommitted() throws {
        let cluster = try ThrowawayCluster.start()
        let name = try cluster.createDatabase()
        // A short answer timeout: a statement sent to the stopped server must fail within it, not wait forever.
        let location = try PostgresLocation(url: cluster.url(database: name, query: "sslmode=disable&timeout=5"))
        #expect(location.answerTimeoutSeconds == 5)
        let store = try PostgresStore(location: location)
        _ = try store.ingest(Array(QueryFixture.items.prefix(2)))
        try cluster.stopServer()
        #expect { try store.ingest(Array(QueryFixture.items.suffix(2))) } throws: { error in
            guard let error = error as? PostgresStoreError else { return false }
            return error.kind == .connectionLost && error.message.contains(location.description)
                && !error.description.contains(ThrowawayCluster.superuserPassword)
        }
        try cluster.startServer()
        let reopened = try PostgresStore(location: location)
        #expect(try reopened.stats().documents == 2)
        let rest = try reopened.ingest(QueryFixture.items)
        #expect(rest.documentsAdded == 2 && rest.documentsUnchanged == 2)
        #expect(try reopened.stats() == QueryFixture.store().stats())
    }
}
