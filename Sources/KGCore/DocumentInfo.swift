/// What we know about a document apart from its text: enough to cite it as provenance and detect re-ingests.
public struct DocumentInfo: Sendable, Hashable, Codable {
    /// Stable identifier: the JSONL `id`, or the file path relative to where ingest started.
    public var id: String
    public var title: String?
    /// ISO `YYYY-MM-DD`, when known.
    public var date: String?
    /// The file the document was read from (`-` for standard input).
    public var sourcePath: String
    /// Hex SHA-256 of the text; a document re-ingested with the same id and hash adds nothing.
    public var contentHash: String

    public init(id: String, title: String? = nil, date: String? = nil, sourcePath: String, contentHash: String) {
        self.id = id
        self.title = title
        self.date = date
        self.sourcePath = sourcePath
        self.contentHash = contentHash
    }
}
