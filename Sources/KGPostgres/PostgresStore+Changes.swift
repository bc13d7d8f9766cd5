import KGCore
import KGGraph

extension PostgresStore {
    /// What changed from `since` on (through `until`, when given), by the articles' dates: the SQLite store's
    /// report, counted from the whole graph (read once and kept until a write commits). See `ChangeReport`.
    ///
    /// Throws `QueryError` (`invalidQuery`) for a malformed date or an empty range.
    public func changes(since: String, until: String? = nil, limit: Int = 10, includeConcepts: Bool = false) throws
        -> ChangeReport
    {
        var range = GraphFilter()
        (range.fromDate, range.toDate) = (since, until)
        try range.validate()
        return try currentGraph().changes(since: since, until: until, limit: limit, includeConcepts: includeConcepts)
    }

    /// The latest article date the database holds (ISO, as stored), or nil when no article is dated.
    public func latestDate() throws -> String? {
        try session.exclusive {
            // Byte order, as SQLite compares text: a locale's collation may order text by other rules.
            try session.rows(#"SELECT MAX(date COLLATE "C") FROM document"#).first?.decode(String?.self) ?? nil
        }
    }
}
