/// Counts and date range over all of an edge's evidence, kept on an edge that carries only a sample of it
/// (query results read from the store keep one example sentence per edge, not every sentence).
public struct EvidenceTotals: Sendable, Hashable, Codable {
    /// Pieces of evidence.
    public var count: Int
    /// Evidence that asserts the relation.
    public var asserted: Int
    /// Evidence that denies it (negated).
    public var denied: Int
    /// Earliest dated evidence (ISO `YYYY-MM-DD`).
    public var firstDate: String?
    /// Latest dated evidence.
    public var lastDate: String?

    /// Makes totals from counts and dates.
    public init(count: Int, asserted: Int, denied: Int, firstDate: String?, lastDate: String?) {
        self.count = count
        self.asserted = asserted
        self.denied = denied
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// The totals of a complete list of evidence.
    public init(of evidence: [Evidence]) {
        let denied = evidence.lazy.filter(\.negated).count
        let dates = evidence.compactMap(\.date)
        self.init(count: evidence.count, asserted: evidence.count - denied, denied: denied,
                  firstDate: dates.min(), lastDate: dates.max())
    }

    /// The totals of this evidence and another, disjoint, set together.
    public func adding(_ other: EvidenceTotals) -> EvidenceTotals {
        EvidenceTotals(
            count: count + other.count, asserted: asserted + other.asserted, denied: denied + other.denied,
            firstDate: [firstDate, other.firstDate].compactMap { $0 }.min(),
            lastDate: [lastDate, other.lastDate].compactMap { $0 }.max())
    }
}
