import KGCore

extension Entity {
    /// Whether `candidate` names an entity of `type` better than its `current` name. Every store and the
    /// in-memory graph rename an entity when a document offers a better name, and this is a total order, so the
    /// name an entity ends with is the best any document gave it, whatever order the documents arrived in (one
    /// worker or many, any batch size).
    ///
    /// Better, in this order: fewer shouted capitals (a capital after a capital: "Al Jazeera", not a dateline's
    /// "AL JAZEERA"); for a person, not a given name glued to the surname ("Sergey-Lavrov"); fewer words ("Derrick
    /// Watson", not "Derrick Kahala Watson"); longer (a full given name over
    /// a short one); for a concept fewer capitals ("the research", not a sentence's "The research"), for an
    /// actor more; then byte order.
    public static func prefers(_ candidate: String, over current: String, type: EntityType) -> Bool {
        guard candidate != current, !normalize(candidate).isEmpty else { return false }
        let (new, old) = (NameShape(candidate), NameShape(current))
        if new.shouted != old.shouted { return new.shouted < old.shouted }
        // "Sergey Lavrov", not a scraper's "Sergey-Lavrov".
        if type == .person, case let glued = PersonName.isGluedFullName(candidate), glued != PersonName.isGluedFullName(current) {
            return !glued
        }
        if new.words != old.words { return new.words < old.words }
        if new.length != old.length { return new.length > old.length }
        if new.capitals != old.capitals { return type == .concept ? new.capitals < old.capitals : new.capitals > old.capitals }
        return candidate.utf8.lexicographicallyPrecedes(current.utf8)
    }
}

/// The counts `Entity.prefers(_:over:type:)` compares.
private struct NameShape {
    var shouted = 0
    var words = 0
    var length = 0
    var capitals = 0

    init(_ name: String) {
        var previousUpper = false
        var inWord = false
        for scalar in name.unicodeScalars {
            length += 1
            if scalar.properties.isWhitespace {
                inWord = false
                previousUpper = false
                continue
            }
            if !inWord { words += 1 }
            inWord = true
            let upper = scalar.properties.isUppercase
            if upper {
                capitals += 1
                if previousUpper { shouted += 1 }
            }
            previousUpper = upper
        }
    }
}
