import KGCore

/// What went wrong with the graph store: which database or entity, and what to do about it.
public struct StoreError: NewsgraphError, Equatable {
    /// The kind of failure, so a shell can pick an exit code without parsing the message.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The database file could not be opened or created (missing directory, a directory, permissions).
        case cannotOpen
        /// The file exists but is not an SQLite database, or not one of ours.
        case notADatabase
        /// The store was opened read-only and has no (or an outdated) schema.
        case notInitialized
        /// A write to a store opened read-only.
        case readOnly
        /// A name or id that matches no entity.
        case unknownEntity
        /// An ingest batch that contradicts itself (an edge to an entity it does not define, …).
        case invalidInput
        /// Any other database failure (disk full, I/O error, corruption, a busy lock that never cleared).
        case database
    }

    /// What kind of failure this is.
    public var kind: Kind
    /// What failed, naming the database file or entity.
    public var message: String
    /// What the user can do about it.
    public var hint: String?
    /// The database file involved, when there is one.
    public var path: String?

    /// Makes an error; `message` says what failed and where, `hint` what to do.
    public init(_ kind: Kind, _ message: String, hint: String? = nil, path: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.path = path
    }

    /// The error for a name no entity has, suggesting `suggestions` when there are any.
    static func unknownEntity(named name: String, suggestions: [String]) -> StoreError {
        let hint = suggestions.isEmpty
            ? "names and aliases are matched ignoring case; check the spelling"
            : "did you mean " + suggestions.map { "'\(InertText.visible($0))'" }.joined(separator: ", ") + "?"
        return StoreError(.unknownEntity, "no entity named '\(InertText.visible(name))'", hint: hint)
    }
}
