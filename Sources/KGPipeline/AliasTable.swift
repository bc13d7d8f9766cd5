import KGCore
import KGGraph

/// User corrections to entity resolution (`ingest --aliases FILE`): a phrase or entity name, and the entity
/// it should be. Applied to assertions before the graph is built, so every edge uses the corrected entity.
public struct AliasTable: Sendable, Hashable {
    /// One line of the alias file.
    public struct Entry: Sendable, Hashable, Codable {
        /// The name as the articles (or the resolver) write it: "Kremlin", "Mr Kirby".
        public var alias: String
        /// The entity it stands for: "Russia", "John Kirby".
        public var canonical: String
        /// The type the entity gets.
        public var type: EntityType

        /// Makes an entry.
        public init(alias: String, canonical: String, type: EntityType) {
            self.alias = alias
            self.canonical = canonical
            self.type = type
        }
    }

    /// Entries by `Entity.normalize`d alias.
    private var entries: [String: Entry] = [:]

    /// A table that changes nothing.
    public init() {}

    /// A table of these entries; a later entry for the same alias replaces an earlier one.
    public init(_ entries: [Entry]) {
        for entry in entries { self.entries[Entity.normalize(entry.alias)] = entry }
    }

    /// Whether the table has no entries (then `apply` changes nothing, at no cost).
    public var isEmpty: Bool { entries.isEmpty }
    /// How many aliases the table maps.
    public var count: Int { entries.count }

    /// The entry for a phrase or entity name, matched after `Entity.normalize` and also without a leading
    /// "the" ("the Kremlin" finds "Kremlin").
    public func entry(for name: String) -> Entry? {
        let normalized = Entity.normalize(name)
        if let entry = entries[normalized] { return entry }
        if normalized.hasPrefix("the ") { return entries[String(normalized.dropFirst(4))] }
        return nil
    }

    /// The assertions with subjects, objects and attributions rewritten where their text or entity is an alias.
    public func apply(to assertions: [Assertion]) -> [Assertion] {
        guard !isEmpty else { return assertions }
        return assertions.map { assertion in
            var assertion = assertion
            assertion.subject = apply(to: assertion.subject)
            assertion.object = assertion.object.map(apply)
            if let attribution = assertion.attribution,
               let entry = entry(for: attribution.text) ?? attribution.entity.flatMap(entry(for:)) {
                assertion.attribution?.entity = entry.canonical
            }
            return assertion
        }
    }

    /// The argument resolved to the alias's entity when its text (or else its entity) is an alias.
    public func apply(to argument: Argument) -> Argument {
        guard let entry = entry(for: argument.text) ?? argument.entity.flatMap(entry(for:)) else { return argument }
        var argument = argument
        // The Wikidata id belonged to the entity the resolver chose; it is kept only if that entity stays.
        if argument.entity.map(Entity.normalize) != Entity.normalize(entry.canonical) || argument.type != entry.type {
            argument.wikidata = nil
        }
        argument.entity = entry.canonical
        argument.type = entry.type
        return argument
    }
}
