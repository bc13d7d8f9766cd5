import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// Every stored document in the order it was first stored.
    public func documents() throws -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT externalID, title, date, sourcePath, contentHash, sentenceCount FROM document ORDER BY id
                """).map { row in
                StoredDocument(info: DocumentInfo(id: row[0], title: row[1], date: row[2], sourcePath: row[3],
                                                  contentHash: row[4]),
                               sentenceCount: row[5])
            }
        }
    }
}
