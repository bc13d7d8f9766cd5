/// Maps normalised relation lemmas ("sanction", "talk with") to their `RelationClass`.
///
/// The table is data, shared by extraction (which labels assertions) and the graph (which filters by category).
public enum RelationTaxonomy {
    /// The class of a normalised relation lemma; `.unknown` when the taxonomy does not list it.
    public static func classify(_ lemma: String) -> RelationClass {
        if let known = table[lemma] { return known }
        // "talk with", "send to": classify by the verb when the whole phrase is not listed.
        if let space = lemma.firstIndex(of: " "), let known = table[String(lemma[..<space])] { return known }
        return .unknown
    }

    // Starter entries; the actors-and-merging work replaces this with the full table.
    private static let table: [String: RelationClass] = [
        "say": RelationClass(category: .makeStatement, weight: 0),
        "meet": RelationClass(category: .consult, weight: 1),
        "sanction": RelationClass(category: .coerce, weight: -8),
        "attack": RelationClass(category: .assault, weight: -9),
        "supply": RelationClass(category: .materialCooperation, weight: 6),
        "deny": RelationClass(category: .reject, weight: -4),
        "part of": RelationClass(category: .membership, weight: 0),
    ]
}
