import KGCore

/// What may be merged and split, and the words both stores use to refuse: one place, so an SQLite file and a
/// PostgreSQL server give the same answers to the same mistakes.
public enum MergeRules {
    /// Why a merge or split was refused; each store wraps it in its own error type with the same kind.
    public struct Violation: Error, Sendable, Hashable {
        /// The kind of refusal.
        public enum Kind: Sendable, Hashable {
            /// Two names for the same entity, or a name for several merged entities.
            case invalidInput
            /// A name that matches no merged entity.
            case unknownEntity
        }

        /// The kind of refusal.
        public var kind: Kind
        /// What was refused.
        public var message: String
        /// What to do instead.
        public var hint: String?
    }

    /// Refuses merging an entity into itself; `name` and `targetName` are what the user typed, `source` and
    /// `target` what they resolved to.
    public static func checkMerge(_ name: String, into targetName: String, source: Entity, target: Entity) throws {
        guard source.id == target.id else { return }
        let how = Entity.normalize(name) == Entity.normalize(targetName)
            ? "'\(name)' cannot be merged with itself"
            : "'\(name)' and '\(targetName)' are already the same entity, \(target.name) (\(target.id))"
        throw Violation(kind: .invalidInput, message: how,
                        hint: "give two different entities, e.g. `newsgraph merge Putin 'Vladimir Putin'`")
    }

    /// The index of the one merged entity `name` designates among `merged` (the entities as they were before
    /// their merges, oldest merge first): by key or name, else by a former alias; otherwise a violation that
    /// lists what was merged.
    public static func mergeToSplit(named name: String, among merged: [Entity]) throws -> Int {
        let wanted = Entity.normalize(name)
        var matches = merged.indices.filter { merged[$0].id == name || Entity.normalize(merged[$0].name) == wanted }
        if matches.isEmpty {
            matches = merged.indices.filter { merged[$0].aliases.contains { Entity.normalize($0) == wanted } }
        }
        if matches.count == 1, let index = matches.first { return index }
        if matches.count > 1 {
            throw Violation(kind: .invalidInput, message: "'\(name)' names \(matches.count) merged entities: "
                                + matches.map { merged[$0].id }.joined(separator: ", "),
                            hint: "give the key of the one to split, e.g. `newsgraph split '\(merged[matches[0]].id)'`")
        }
        let names = merged.map(\.name)
        let hint = names.isEmpty
            ? "nothing has been merged in this database; `newsgraph merge A B` merges A into B"
            : "merged entities: " + names.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
                + (names.count > 10 ? " … (`newsgraph merge --list` lists all)" : "")
        let suggestions = NameSuggester.closestNames(to: name, among: names, limit: 3)
        throw Violation(kind: .unknownEntity, message: "no merged entity named '\(name)'", hint: suggestions.isEmpty
            ? hint : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?")
    }
}
