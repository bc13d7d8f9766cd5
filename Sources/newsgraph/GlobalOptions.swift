import ArgumentParser
import Foundation
import KGCore
import KGGraph
import KGPipeline
import KGPostgres
import KGStore

/// Options every subcommand that touches the graph database shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The graph database: an SQLite file, or a PostgreSQL server as postgresql://user@host:port/dbname.",
        discussion: "Default: $NEWSGRAPH_DB, else ./newsgraph.sqlite. A server's password comes from the URL, "
            + "PGPASSWORD or ~/.pgpass; ?sslmode=disable|prefer|require is honoured."))
    var db: String = ProcessInfo.processInfo.environment["NEWSGRAPH_DB"].flatMap { $0.isEmpty ? nil : $0 }
        ?? "./newsgraph.sqlite"

    /// Whether `--db` names a PostgreSQL server rather than an SQLite file.
    var isServer: Bool { PostgresLocation.isServerURL(db) }

    /// Where the graph is, for messages (a server URL never shows its password).
    var location: String {
        (try? PostgresLocation(url: db).description) ?? db
    }

    /// The existing graph, opened read-only for queries.
    func openForReading() throws -> any GraphSource {
        try Self.openForReading(db)
    }

    /// The graph an ingest writes to, created (schema and, for a file, the file) when missing.
    func openForWriting() throws -> any GraphSink {
        try Self.openForWriting(db)
    }

    /// The existing graph at `db` (a file path or a server URL), opened read-only.
    static func openForReading(_ db: String) throws -> any GraphSource {
        if PostgresLocation.isServerURL(db) { return try PostgresStore(location: PostgresLocation(url: db), readOnly: true) }
        return try GraphStore.openExisting(path: db)
    }

    /// The graph at `db` opened for writing, created when missing.
    static func openForWriting(_ db: String) throws -> any GraphSink {
        if PostgresLocation.isServerURL(db) { return try PostgresStore(location: PostgresLocation(url: db)) }
        return try GraphStore(path: db)
    }

    /// The graph at `db` opened for `copy` to write documents and merges into, created when missing.
    static func openForCopying(_ db: String) throws -> any EntityEditing {
        if PostgresLocation.isServerURL(db) { return try PostgresStore(location: PostgresLocation(url: db)) }
        return try GraphStore(path: db)
    }

    /// The existing graph for `merge`/`split` (or, `readOnly`, for listing merges): an SQLite file that must
    /// exist (nothing is created), or a PostgreSQL server.
    func openForEditing(readOnly: Bool = false) throws -> any EntityEditing {
        if isServer { return try PostgresStore(location: PostgresLocation(url: db), readOnly: readOnly) }
        if readOnly { return try GraphStore.openExisting(path: db) }
        return try GraphStore.openExistingForChanges(path: db)
    }
}

/// Options for commands that read articles and extract assertions.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .long, help: "Extractor: baseline (gazetteer + verb between actors) or syntax (dependency parse).")
    var extractor: ExtractorKind = .syntax

    @Option(name: .long, help: "Date (YYYY-MM-DD) for plain-text documents that carry none.")
    var date: String?

    @Option(name: .long, help: "Parser beam width (default 3; 1 parses greedily, about 2x faster and about 1 LAS point less accurate).")
    var beam: Int?

    func validate() throws {
        if let beam, !(1...16).contains(beam) {
            throw ValidationError("--beam must be between 1 and 16, not \(beam)")
        }
        if let date, !Self.isISODate(date) {
            throw ValidationError("--date must look like 2022-10-21, not '\(date)'")
        }
    }

    static func isISODate(_ s: String) -> Bool { ISODate.isValid(s) }
}

extension ExtractorKind: ExpressibleByArgument {}
