import KGCore

/// Which edges a query keeps: by relation, category, polarity, evidence, dates and endpoint types.
///
/// Counts and dates are an edge's totals: an edge is kept when it has at least `minimumEvidence` pieces of
/// evidence and some of them fall in the date range.
public struct GraphFilter: Sendable, Hashable, Codable {
    /// Relation lemmas to keep; empty keeps all. Written the way the graph writes relations
    /// (`RelationTaxonomy.canonicalLemma`), so `criticise` finds "criticize" edges and `meet with` finds "meet".
    public var relations: Set<String> = [] {
        didSet { relations = Self.canonical(relations) }
    }
    /// Relation categories to keep (see `RelationTaxonomy`); empty keeps all.
    public var categories: Set<RelationCategory> = []
    /// Polarities to keep; empty keeps all.
    public var polarities: Set<Polarity> = []
    /// Edges with fewer pieces of evidence are dropped.
    public var minimumEvidence: Int = 1
    /// Inclusive ISO dates (`YYYY-MM-DD`); an edge is kept when some evidence falls in the range (undated
    /// evidence never does).
    public var fromDate: String?
    public var toDate: String?
    /// Whether edges to non-actor objects ("Iranian drones") are kept.
    public var includeConcepts: Bool = true
    /// Only edges whose evidence is both asserted and denied.
    public var contestedOnly: Bool = false

    /// A filter that keeps every edge.
    public init() {}

    private static func canonical(_ relations: Set<String>) -> Set<String> {
        Set(relations.map(RelationTaxonomy.canonicalLemma))
    }

    /// A filter from its parts; every part left out keeps all edges.
    public init(relations: Set<String> = [], categories: Set<RelationCategory> = [], polarities: Set<Polarity> = [],
                minimumEvidence: Int = 1, fromDate: String? = nil, toDate: String? = nil,
                includeConcepts: Bool = true, contestedOnly: Bool = false) {
        self.relations = Self.canonical(relations)
        self.categories = categories
        self.polarities = polarities
        self.minimumEvidence = minimumEvidence
        self.fromDate = fromDate
        self.toDate = toDate
        self.includeConcepts = includeConcepts
        self.contestedOnly = contestedOnly
    }

    /// Whether a date range is set.
    public var hasDateRange: Bool { fromDate != nil || toDate != nil }

    /// Whether an ISO date falls in the range (an undated piece of evidence never does when a range is set).
    public func admits(date: String?) -> Bool {
        guard hasDateRange else { return true }
        guard let date else { return false }
        if let fromDate, date < fromDate { return false }
        if let toDate, date > toDate { return false }
        return true
    }

    /// Whether the filter keeps `edge`, whose endpoints have the given types (nil when unknown).
    public func admits(_ edge: Edge, subjectType: EntityType?, objectType: EntityType?) -> Bool {
        guard edge.evidenceCount >= minimumEvidence else { return false }
        if !relations.isEmpty && !relations.contains(edge.relation) { return false }
        if !categories.isEmpty || !polarities.isEmpty {
            let relationClass = edge.relationClass
            if !categories.isEmpty && !categories.contains(relationClass.category) { return false }
            if !polarities.isEmpty && !polarities.contains(relationClass.polarity) { return false }
        }
        if contestedOnly && !edge.isContested { return false }
        if !includeConcepts && (subjectType == .concept || objectType == .concept) { return false }
        if hasDateRange {
            // The totals' span settles one-sided ranges; a two-sided range needs one dated sentence inside it.
            if let fromDate, (edge.lastDate ?? "") < fromDate { return false }
            if let toDate, let first = edge.firstDate, first > toDate { return false }
            if edge.firstDate == nil { return false }
            if fromDate != nil && toDate != nil && !edge.isSampled {
                return edge.evidence.contains { admits(date: $0.date) }
            }
        }
        return true
    }

    /// Throws a `QueryError` of kind `invalidQuery` for a malformed date, an inverted range or a count below 1.
    public func validate() throws {
        for (name, date) in [("from", fromDate), ("to", toDate)] {
            if let date, !Self.isISODate(date) {
                throw QueryError(.invalidQuery, "\(name) date '\(date)' is not a date",
                                 hint: "write dates as YYYY-MM-DD, e.g. 2017-03-01")
            }
        }
        if let fromDate, let toDate, fromDate > toDate {
            throw QueryError(.invalidQuery, "the date range \(fromDate) … \(toDate) is empty",
                             hint: "give the earlier date as the start of the range")
        }
        if minimumEvidence < 1 {
            throw QueryError(.invalidQuery, "minimum evidence \(minimumEvidence) is out of range",
                             hint: "use a minimum evidence count of at least 1")
        }
    }

    /// Whether `text` is an ISO date `YYYY-MM-DD` naming a day that exists (`ISODate.isValid`).
    public static func isISODate(_ text: String) -> Bool { ISODate.isValid(text) }
}
