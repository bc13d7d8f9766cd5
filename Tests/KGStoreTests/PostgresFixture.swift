import Foundation
import KGGraph
import KGPostgres
import KGTestSupport
import Testing

/// Databases on the test process's throwaway PostgreSQL cluster.
enum PostgresFixture {
    /// Why the PostgreSQL tests are skipped when they are.
    static let absence: Comment = "needs PostgreSQL's server programs (apt-get install postgresql)"

    /// Whether the tests that need a real server can run.
    static var isAvailable: Bool { ThrowawayCluster.isAvailable }

    /// The shared cluster, or an error saying why it did not start.
    static func cluster() throws -> ThrowawayCluster {
        guard let cluster = ThrowawayCluster.shared else {
            throw PostgresStoreError(.cannotConnect, "the throwaway PostgreSQL cluster did not start (see stderr)")
        }
        return cluster
    }

    /// A new empty database and its URL (superuser, password in the URL).
    static func newDatabase() throws -> (name: String, url: String) {
        let cluster = try cluster()
        let name = try cluster.createDatabase()
        return (name, cluster.url(database: name))
    }

    /// A loopback port nothing listens on.
    static func unusedPort() throws -> Int {
        try ThrowawayCluster.freePort()
    }

    /// A store on a new empty database.
    static func newStore(readOnly: Bool = false) throws -> PostgresStore {
        try PostgresStore(location: PostgresLocation(url: newDatabase().url), readOnly: readOnly)
    }

    /// One database holding `QueryFixture.items`, shared by the parity tests.
    static let parityStore: Result<PostgresStore, any Error> = Result {
        let store = try newStore()
        _ = try store.ingest(QueryFixture.items)
        return store
    }
}

