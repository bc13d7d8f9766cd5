import KGCore

/// A graph node: one real-world actor or concept, however many ways the articles name it.
public struct Entity: Sendable, Hashable, Codable, Identifiable {
    /// Stable key, e.g. `country:russia` or `concept:iranian drones`; see `Entity.key(name:type:)`.
    public var id: String
    /// Canonical display name ("Russia").
    public var name: String
    public var type: EntityType
    /// Other names seen for it ("Moscow", "the Kremlin"), without the canonical name.
    public var aliases: [String]
    /// Wikidata id ("Q159"), when the gazetteer knows the entity.
    public var wikidata: String?

    public init(id: String, name: String, type: EntityType, aliases: [String] = [], wikidata: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.wikidata = wikidata
    }

    public init(name: String, type: EntityType, aliases: [String] = [], wikidata: String? = nil) {
        self.init(id: Entity.key(name: name, type: type), name: name, type: type, aliases: aliases,
                  wikidata: wikidata)
    }

    /// The key an entity of that name and type gets: type, then the case- and space-folded name; a person's
    /// name is folded further (`PersonName.key`) so "Sergey Lavrov" and "Sergei Lavrov" are one node.
    public static func key(name: String, type: EntityType) -> String {
        let normalized = normalize(name)
        return "\(type.rawValue):\(type == .person ? PersonName.key(normalized) : normalized)"
    }

    /// Case-, space- and quote-folded form of a name, used for keys and lookups.
    public static func normalize(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            let folded: Unicode.Scalar
            switch scalar {
            case "\u{2018}", "\u{2019}": folded = "'"
            case "\u{201C}", "\u{201D}": folded = "\""
            default: folded = scalar
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(folded)
        }
        return out
    }
}
