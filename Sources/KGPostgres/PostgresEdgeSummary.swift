import KGGraph
import PostgresNIO

/// An edge row with the counts and dates the ingest keeps on it, read without any evidence.
struct PostgresEdgeSummary: StoredEdgeSummary {
    var rowID: Int64
    var subjectID: Int64
    var relation: String
    var objectID: Int64
    var totals: EvidenceTotals

    /// The columns `init(_:)` reads, in order.
    static let columns = """
        edge.id, edge.subjectID, edge.relation, edge.objectID, edge.evidenceCount, edge.assertedCount,
        edge.deniedCount, edge.firstDate, edge.lastDate
        """

    init(_ row: PostgresRow) throws {
        let (rowID, subjectID, relation, objectID, count, asserted, denied, firstDate, lastDate) =
            try row.decode((Int64, Int64, String, Int64, Int, Int, Int, String?, String?).self)
        (self.rowID, self.subjectID, self.relation, self.objectID) = (rowID, subjectID, relation, objectID)
        totals = EvidenceTotals(count: count, asserted: asserted, denied: denied, firstDate: firstDate,
                                lastDate: lastDate)
    }
}

/// A `GraphFilter` as an SQL condition on the `edge` table, answered from the kept counts and dates (and, for
/// a two-sided date range, one probe of the evidence-by-date index), as the SQLite store's `EdgeFilterSQL`.
struct PostgresEdgeFilter {
    /// Conditions joined by AND, each starting with " AND ", with placeholders numbered after the caller's.
    private(set) var clause = ""
    /// The values of the clause's placeholders, in order.
    private(set) var arguments: [PostgresSession.Argument] = []
    private let offset: Int

    /// The filter's conditions, their placeholders numbered from `$(offset + 1)` (after the caller's own).
    init(_ filter: GraphFilter, after offset: Int) {
        self.offset = offset
        add("edge.evidenceCount >= \(bind(filter.minimumEvidence))")
        if !filter.relations.isEmpty { add("edge.relation = ANY(\(bind(filter.relations.sorted())))") }
        if !filter.categories.isEmpty { add("edge.category = ANY(\(bind(filter.categories.map(\.rawValue).sorted())))") }
        if !filter.polarities.isEmpty { add("edge.polarity = ANY(\(bind(filter.polarities.map(\.rawValue).sorted())))") }
        // deniedCount > 0 first matches the partial index edge_contested.
        if filter.contestedOnly { add("edge.deniedCount > 0 AND edge.assertedCount > 0") }
        if !filter.includeConcepts {
            add("""
                (SELECT type FROM entity WHERE entity.id = edge.subjectID) != 'concept'
                AND (SELECT type FROM entity WHERE entity.id = edge.objectID) != 'concept'
                """)
        }
        // Dates compare byte by byte, as Swift compares them in memory, whatever the database's collation.
        if let from = filter.fromDate { add("edge.lastDate >= \(bind(from)) COLLATE \"C\"") }
        if let to = filter.toDate { add("edge.firstDate <= \(bind(to)) COLLATE \"C\"") }
        if let from = filter.fromDate, let to = filter.toDate {
            add("""
                EXISTS (SELECT 1 FROM evidence WHERE evidence.edgeID = edge.id
                        AND evidence.date COLLATE "C" BETWEEN \(bind(from)) AND \(bind(to)))
                """)
        }
    }

    private mutating func add(_ condition: String) {
        clause += " AND " + condition
    }

    private mutating func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
        arguments.append(value)
        return "$\(offset + arguments.count)"
    }
}
