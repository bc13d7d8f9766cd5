import KGCore
import KGGraph
internal import GRDB

/// An edge row with the counts and dates the triggers keep on it, read without any evidence.
struct EdgeSummary: Hashable, StoredEdgeSummary {
    var rowID: Int64
    var subjectID: Int64
    var relation: String
    var objectID: Int64
    var totals: EvidenceTotals

    /// The columns `init(row:)` reads, in order.
    static let columns = """
        edge.id, edge.subjectID, edge.relation, edge.objectID, edge.evidenceCount, edge.assertedCount,
        edge.deniedCount, edge.firstDate, edge.lastDate
        """

    init(row: Row) {
        rowID = row[0]
        subjectID = row[1]
        relation = row[2]
        objectID = row[3]
        totals = EvidenceTotals(count: row[4], asserted: row[5], denied: row[6], firstDate: row[7], lastDate: row[8])
    }

    static func fetch(_ db: Database, sql: String, arguments: StatementArguments) throws -> [EdgeSummary] {
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var result: [EdgeSummary] = []
        while let row = try rows.next() { result.append(EdgeSummary(row: row)) }
        return result
    }
}

/// A `GraphFilter` as an SQL condition on the `edge` table, answered from the columns the triggers keep
/// (and, for a two-sided date range, one probe of the evidence-by-date index).
struct EdgeFilterSQL {
    /// Conditions joined by AND, starting with " AND ".
    private(set) var clause = ""
    private(set) var arguments: [any DatabaseValueConvertible] = []

    init(_ filter: GraphFilter) {
        add("edge.evidenceCount >= ?", [filter.minimumEvidence])
        if !filter.relations.isEmpty { addList("edge.relation", filter.relations.sorted()) }
        if !filter.categories.isEmpty { addList("edge.category", filter.categories.map(\.rawValue).sorted()) }
        if !filter.polarities.isEmpty { addList("edge.polarity", filter.polarities.map(\.rawValue).sorted()) }
        // deniedCount > 0 first lets SQLite use the partial index edge_contested.
        if filter.contestedOnly { add("edge.deniedCount > 0 AND edge.assertedCount > 0", []) }
        if !filter.includeConcepts {
            add("""
                (SELECT type FROM entity WHERE entity.id = edge.subjectID) != 'concept'
                AND (SELECT type FROM entity WHERE entity.id = edge.objectID) != 'concept'
                """, [])
        }
        if let from = filter.fromDate { add("edge.lastDate >= ?", [from]) }
        if let to = filter.toDate { add("edge.firstDate <= ?", [to]) }
        if let from = filter.fromDate, let to = filter.toDate {
            add("EXISTS (SELECT 1 FROM evidence WHERE evidence.edgeID = edge.id AND evidence.date BETWEEN ? AND ?)",
                [from, to])
        }
    }

    /// The arguments, after any the caller's own conditions need (`prefix`).
    func arguments(after prefix: [any DatabaseValueConvertible]) -> StatementArguments {
        StatementArguments(prefix + arguments)
    }

    private mutating func add(_ condition: String, _ values: [any DatabaseValueConvertible]) {
        clause += " AND " + condition
        arguments += values
    }

    private mutating func addList(_ column: String, _ values: [String]) {
        add("\(column) IN (" + Array(repeating: "?", count: values.count).joined(separator: ",") + ")", values)
    }
}
