import KGCore
import KGGraph

extension PostgresStore {
    /// Every stored document in the order it was first stored.
    public func documents() throws -> [StoredDocument] {
        try session.exclusive {
            try session.rows("""
                SELECT externalID, title, date, sourcePath, contentHash, sentenceCount FROM document ORDER BY id
                """).map { row in
                let (id, title, date, sourcePath, hash, sentences) =
                    try row.decode((String, String?, String?, String, String, Int).self)
                return StoredDocument(info: DocumentInfo(id: id, title: title, date: date, sourcePath: sourcePath,
                                                         contentHash: hash), sentenceCount: sentences)
            }
        }
    }
}
