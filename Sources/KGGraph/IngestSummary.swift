/// What one `GraphSink.ingest(_:)` batch changed; every count is of rows actually new (or gone) in the store.
public struct IngestSummary: Sendable, Hashable, Codable {
    /// Documents whose id was not in the store.
    public var documentsAdded = 0
    /// Documents whose id was stored with another content hash; their old evidence was replaced.
    public var documentsReplaced = 0
    /// Documents stored before with the same content hash; they added nothing.
    public var documentsUnchanged = 0
    /// Sentences of the added and replaced documents.
    public var sentences = 0
    /// New evidence rows (a sentence already stored for the same edge and span is not counted).
    public var evidenceAdded = 0
    /// Entities whose key was not in the store.
    public var entitiesAdded = 0
    /// Edges whose (subject, relation, object) was not in the store.
    public var edgesAdded = 0
    /// Evidence of replaced documents that was deleted (before their new evidence was added).
    public var evidenceRemoved = 0
    /// Edges left without evidence by replaced documents, and so deleted.
    public var edgesRemoved = 0
    /// Entities left without edges by those deletions, and so deleted.
    public var entitiesRemoved = 0
    /// People named by surname only that were joined to the one person of that surname known in full
    /// (recorded merges, undone by `split`).
    public var peopleJoined = 0
    /// Earlier joins of that kind undone because the store now knows a second, as well named person of the
    /// surname (or the join's target changed; it is then counted here and in `peopleJoined`).
    public var joinsUndone = 0
    /// Ids of documents sent unextracted (`IngestItem.unextracted`) whose stored hash changed before the batch
    /// was written (another process stored another version): nothing was stored for them; extract them and
    /// ingest them again.
    public var staleDocuments: [String] = []
    /// Replaced documents whose stored source path differed from the new one: id, old path, new path. Usually
    /// two different articles given the same id.
    public var sourceChanges: [SourceChange] = []

    /// A replaced document that came from another source path than the stored version.
    public struct SourceChange: Sendable, Hashable, Codable {
        /// The document id both versions share.
        public var documentID: String
        /// Where the stored version was read from.
        public var oldPath: String
        /// Where the replacing version was read from.
        public var newPath: String

        /// Makes a record of a replaced document's source change.
        public init(documentID: String, oldPath: String, newPath: String) {
            self.documentID = documentID
            self.oldPath = oldPath
            self.newPath = newPath
        }
    }

    /// An empty summary.
    public init() {}

    /// Adds another batch's counts to this one.
    public mutating func add(_ other: IngestSummary) {
        documentsAdded += other.documentsAdded
        documentsReplaced += other.documentsReplaced
        documentsUnchanged += other.documentsUnchanged
        sentences += other.sentences
        evidenceAdded += other.evidenceAdded
        entitiesAdded += other.entitiesAdded
        edgesAdded += other.edgesAdded
        evidenceRemoved += other.evidenceRemoved
        edgesRemoved += other.edgesRemoved
        entitiesRemoved += other.entitiesRemoved
        peopleJoined += other.peopleJoined
        joinsUndone += other.joinsUndone
        staleDocuments += other.staleDocuments
        sourceChanges += other.sourceChanges
    }
}
