/// What a store's `refreshTaxonomy()` changed; the SQLite and PostgreSQL stores report alike.
public struct TaxonomyRefresh: Sendable, Hashable, Codable {
    /// Edges whose relation was renamed to its canonical form.
    public var edgesRenamed = 0
    /// Of those, edges that coincided with an existing edge and were folded into it.
    public var edgesCombined = 0
    /// Edges whose category, polarity or weight changed.
    public var edgesReclassified = 0

    /// Nothing changed.
    public init() {}
}
