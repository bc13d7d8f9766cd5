import KGCore

/// A stored document: what the store knows about it apart from its graph (for `newsgraph copy`).
public struct StoredDocument: Sendable, Hashable, Codable {
    /// Its id, title, date, source and content hash.
    public var info: DocumentInfo
    /// Sentences counted when it was ingested.
    public var sentenceCount: Int

    /// Makes a stored document.
    public init(info: DocumentInfo, sentenceCount: Int) {
        self.info = info
        self.sentenceCount = sentenceCount
    }
}
