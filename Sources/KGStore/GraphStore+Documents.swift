import KGCore
import KGGraph
internal import GRDB

extension GraphStore {
    /// Every stored document in the order it was first stored.
    public func documents() throws -> [StoredDocument] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(StoredDocument.columns) FROM document ORDER BY id").map { StoredDocument(row: $0) }
        }
    }

    /// The ingest items of the stored documents with these ids, in the order given (ids not stored are left
    /// out): each document's evidence with the edges and entities it supports, cut as
    /// `KnowledgeGraph.ingestItems(for:)` cuts them. Reads those documents' rows alone, by index, so
    /// `newsgraph copy` holds one batch in memory, not the whole graph.
    public func ingestItems(ofDocuments documentIDs: [String]) throws -> [IngestItem] {
        guard !documentIDs.isEmpty else { return [] }
        return try read { db in
            let reader = GraphReader(db: db)
            var documents: [Int64: StoredDocument] = [:]
            for chunk in documentIDs.chunked(GraphReader.chunkSize) {
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT id, \(StoredDocument.columns) FROM document WHERE externalID IN "
                        + reader.placeholders(chunk.count), arguments: StatementArguments(Array(chunk)))
                while let row = try rows.next() { documents[row[0]] = StoredDocument(row: row, from: 1) }
            }
            let evidence = try reader.evidence(documentRowIDs: documents.keys.sorted())
            let graph = try reader.graph(edges: try reader.edges(rowIDs: evidence.keys.sorted()), evidence: evidence)
            var byID: [String: StoredDocument] = [:]
            for document in documents.values { byID[document.info.id] = document }
            return graph.ingestItems(for: documentIDs.compactMap { byID[$0] })
        }
    }
}

extension StoredDocument {
    /// The document columns `init(row:from:)` reads, in order.
    static let columns = "externalID, title, date, sourcePath, contentHash, sentenceCount"

    /// The document in `row`, whose `columns` start at `index`.
    init(row: Row, from index: Int = 0) {
        self.init(info: DocumentInfo(id: row[index], title: row[index + 1], date: row[index + 2],
                                     sourcePath: row[index + 3], contentHash: row[index + 4]),
                  sentenceCount: row[index + 5])
    }
}
