import KGCore

/// What went wrong with the PostgreSQL store: which server (never its password), and what to do about it.
public struct PostgresStoreError: NewsgraphError, Equatable {
    /// The kind of failure, so a shell can pick an exit code without parsing the message.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The `--db` URL is malformed (scheme, host, port, sslmode).
        case badLocation
        /// The server could not be reached (refused, unknown host, timeout, TLS refused).
        case cannotConnect
        /// The server refused the role or its password.
        case authentication
        /// The database holds no (or an outdated) newsgraph schema and the store was opened read-only.
        case notInitialized
        /// The database was written by a newer newsgraph.
        case newerSchema
        /// A write to a store opened read-only.
        case readOnly
        /// The connection broke while working; nothing of the batch in flight was committed.
        case connectionLost
        /// An ingest batch that contradicts itself.
        case invalidInput
        /// A name that matches no entity.
        case unknownEntity
        /// A deadlock or serialisation failure between concurrent writers; the transaction is run again.
        case retryable
        /// Any other failure the server reported.
        case database
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// What failed, naming the server.
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    /// Makes an error; `message` says what failed and where, `hint` what to do.
    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }
}
