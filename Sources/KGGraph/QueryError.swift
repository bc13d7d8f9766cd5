import KGCore

/// A query that cannot be answered: a number out of range, a malformed date, or a name no entity has.
public struct QueryError: NewsgraphError, Equatable {
    /// The kind of failure, so a shell can pick an exit code or HTTP status without parsing the message.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A depth, length, limit or date out of range or malformed (HTTP 400).
        case invalidQuery
        /// A name that matches no entity (HTTP 404).
        case unknownEntity
    }

    /// The kind of failure.
    public var kind: Kind
    /// What failed, naming the value or entity.
    public var message: String
    /// What the user can do about it.
    public var hint: String?
    /// For `unknownEntity`: the closest known names, best first.
    public var suggestions: [String]

    /// Makes an error; `message` says what failed, `hint` what to do.
    public init(_ kind: Kind, _ message: String, hint: String? = nil, suggestions: [String] = []) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.suggestions = suggestions
    }

    /// The error for a name no entity has, suggesting `suggestions` when there are any.
    public static func unknownEntity(named name: String, suggestions: [String]) -> QueryError {
        QueryError(.unknownEntity, "no entity named '\(InertText.visible(name))'", hint: unknownEntityHint(suggestions),
                   suggestions: suggestions)
    }

    /// The error for an evidence query whose two names resolve to one entity: the graph holds no edge from an
    /// entity to itself, so there is nothing to show.
    public static func sameEntity(_ subjectName: String, _ objectName: String, entityName: String) -> QueryError {
        let names = subjectName == objectName ? "'\(subjectName)' names" : "'\(subjectName)' and '\(objectName)' both name"
        return QueryError(.invalidQuery, "\(names) the same entity, \(entityName); the graph holds no relations "
                          + "from an entity to itself", hint: "name two different entities, or list everything "
                          + "around it with `neighbors \(entityName)`")
    }

    /// "did you mean 'Russia'?", or advice on spelling when nothing is close.
    public static func unknownEntityHint(_ suggestions: [String]) -> String {
        suggestions.isEmpty
            ? "names and aliases are matched ignoring case; check the spelling"
            : "did you mean " + suggestions.map { "'\(InertText.visible($0))'" }.joined(separator: ", ") + "?"
    }
}
