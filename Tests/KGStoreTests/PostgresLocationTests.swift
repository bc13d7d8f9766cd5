import Foundation
import KGPostgres
import Testing

/// `--db postgresql://…` parsing: defaults, sslmode, and passwords that come from the URL, PGPASSWORD or
/// ~/.pgpass and never show in messages.
struct PostgresLocationTests {
    @Test(arguments: [
        ("postgresql://ana@db.example:6543/news", "postgresql://ana@db.example:6543/news"),
        ("postgres://ana:s3cret@db.example/news?sslmode=require", "postgresql://ana@db.example:5432/news"),
        ("postgresql://ana@[::1]:5433/news", "postgresql://ana@[::1]:5433/news"),
        ("postgresql://db.example/news", "postgresql://tester@db.example:5432/news"),
    ])
    func describesTheServerWithoutThePassword(url: String, shown: String) throws {
        let location = try PostgresLocation(url: url, environment: ["USER": "tester", "HOME": "/nonexistent"])
        #expect(location.description == shown)
        #expect(!location.description.contains("s3cret"))
    }

    @Test(arguments: [
        ("postgresql://ana@/news", "names no host"),
        ("postgresql://ana@db:0/news", "port 0"),
        ("postgresql://ana:s3cret@db/news?sslmode=sometimes", "sslmode 'sometimes'"),
        ("postgresql://ana@db/news/extra", "not one database name"),
        ("postgresql://ana:s3cret@db/news?timeout=soon", "timeout 'soon'"),
        ("postgresql://ana@db/news?timeout=0", "timeout '0'"),
    ])
    func rejectsBadURLsSayingWhatIsWrong(url: String, expected: String) {
        #expect { try PostgresLocation(url: url, environment: [:]) } throws: { error in
            guard let error = error as? PostgresStoreError else { return false }
            return error.kind == .badLocation && error.message.contains(expected) && !error.description.contains("s3cret")
        }
    }

    @Test func sslModeIsRead() throws {
        #expect(try PostgresLocation(url: "postgresql://a@h/d?sslmode=disable", environment: [:]).sslMode == .disable)
        #expect(try PostgresLocation(url: "postgresql://a@h/d", environment: [:]).sslMode == .prefer)
        #expect(try PostgresLocation(url: "postgresql://a@h/d?sslmode=verify-full", environment: [:]).sslMode == .verifyFull)
    }

    @Test func passwordsComeFromTheURLThenPGPASSWORDThenThePasswordFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pgpass").path
        try "# comment\nother:*:*:*:wrong\ndb.example:5432:news:ana:from\\:file\n*:*:*:*:fallback\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let environment = ["PGPASSFILE": file]
        let fromURL = try PostgresLocation(url: "postgresql://ana:in%40url@db.example/news",
                                           environment: environment.merging(["PGPASSWORD": "env"]) { $1 })
        #expect(fromURL.hasPassword(equalTo: "in@url"))
        let fromEnvironment = try PostgresLocation(url: "postgresql://ana@db.example/news",
                                                   environment: environment.merging(["PGPASSWORD": "env"]) { $1 })
        #expect(fromEnvironment.hasPassword(equalTo: "env"))
        let fromFile = try PostgresLocation(url: "postgresql://ana@db.example/news", environment: environment)
        #expect(fromFile.hasPassword(equalTo: "from:file"))
        let wildcard = try PostgresLocation(url: "postgresql://bo@elsewhere/x", environment: environment)
        #expect(wildcard.hasPassword(equalTo: "fallback"))
        // Like libpq, a password file others may read is ignored.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        let exposed = try PostgresLocation(url: "postgresql://ana@db.example/news", environment: environment)
        #expect(exposed.hasPassword(equalTo: nil))
    }
}
