import KGCore
import KGGraph
import PostgresNIO

extension PostgresStore {
    /// Every stored document in the order it was first stored.
    public func documents() throws -> [StoredDocument] {
        try session.exclusive {
            try session.rows("SELECT \(Self.documentColumns) FROM document ORDER BY id").map(Self.storedDocument)
        }
    }

    /// The ingest items of the stored documents with these ids, in the order given (ids not stored are left
    /// out), cut as `KnowledgeGraph.ingestItems(for:)` cuts them from those documents' rows alone, read in one
    /// snapshot.
    public func ingestItems(ofDocuments documentIDs: [String]) throws -> [IngestItem] {
        guard !documentIDs.isEmpty else { return [] }
        return try session.exclusive {
            try session.transaction(readOnly: true) {
                var byID: [String: StoredDocument] = [:]
                for row in try session.rows("SELECT \(Self.documentColumns) FROM document WHERE externalID = ANY($1)",
                                            [documentIDs]) {
                    let document = try Self.storedDocument(row)
                    byID[document.info.id] = document
                }
                let rowIDs = try session.rows("SELECT id FROM document WHERE externalID = ANY($1)", [documentIDs])
                    .map { try $0.decode(Int64.self) }
                let evidence = try evidence(where: "documentID", isIn: rowIDs.sorted())
                let edges = try session.rows("SELECT id, subjectID, relation, objectID FROM edge WHERE id = ANY($1) ORDER BY id",
                                             [evidence.keys.sorted()]).map(EdgeRow.init)
                let graph = try graph(edges: edges, everything: false, evidence: evidence)
                return graph.ingestItems(for: documentIDs.compactMap { byID[$0] })
            }
        }
    }

    /// The document columns `storedDocument(_:)` reads, in order.
    static let documentColumns = "externalID, title, date, sourcePath, contentHash, sentenceCount"

    /// The document in a row of `documentColumns`.
    static func storedDocument(_ row: PostgresRow) throws -> StoredDocument {
        let (id, title, date, sourcePath, hash, sentences) =
            try row.decode((String, String?, String?, String, String, Int).self)
        return StoredDocument(info: DocumentInfo(id: id, title: title, date: date, sourcePath: sourcePath,
                                                 contentHash: hash), sentenceCount: sentences)
    }
}
