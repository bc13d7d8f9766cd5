internal import GRDB

extension GraphStore {
    /// Every stored row as one sorted line of tab-separated fields, without row ids or ingest times: two stores
    /// holding the same graph give equal lines however it was written (batch sizes, order of runs, kills and
    /// resumes). For comparing stores in tests and `Scripts/faults.sh` (`newsgraph stats --contents`).
    public func contentLines() throws -> [String] {
        try read { db in
            var lines: [String] = []
            for (table, sql) in Self.contentQueries {
                let rows = try Row.fetchCursor(db, sql: sql)
                while let row = try rows.next() {
                    // Strings come quoted with escapes, so a field never breaks the line or the tabs.
                    let fields = row.databaseValues.map(\.description)
                    lines.append(([table] + fields).joined(separator: "\t"))
                }
            }
            return lines.sorted()
        }
    }

    /// One query per table, naming rows by their natural keys (entity keys, document ids) instead of row ids.
    private static let contentQueries: [(String, String)] = [
        ("document", "SELECT externalID, title, date, sourcePath, contentHash, sentenceCount FROM document"),
        ("entity", "SELECT key, name, normalizedName, type, wikidata, degree, evidenceCount FROM entity"),
        ("alias", "SELECT entity.key, alias.name, alias.normalized FROM alias JOIN entity ON entity.id = alias.entityID"),
        ("edge", """
            SELECT s.key, edge.relation, o.key, category, polarity, weight, edge.evidenceCount, assertedCount,
                   deniedCount, firstDate, lastDate
            FROM edge JOIN entity s ON s.id = edge.subjectID JOIN entity o ON o.id = edge.objectID
            """),
        ("evidence", """
            SELECT s.key, edge.relation, o.key, document.externalID, sentenceIndex, start, "end", sentence,
                   relationText, negated, modality, attributionText, attributionEntity, attributionVerb,
                   evidence.date, confidence, coreferent
            FROM evidence JOIN edge ON edge.id = evidence.edgeID JOIN document ON document.id = evidence.documentID
            JOIN entity s ON s.id = edge.subjectID JOIN entity o ON o.id = edge.objectID
            """),
        ("entityMerge", "SELECT key, name, type, wikidata, aliases, addedAliases, droppedDocuments, targetKey FROM entityMerge"),
        ("meta", "SELECT key, value FROM meta"),
    ]
}
