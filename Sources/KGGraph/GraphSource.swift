/// A stored graph the shells read from, whichever database holds it (an SQLite file, a PostgreSQL server).
///
/// Every method is synchronous and safe to call from any thread; answers are the ones
/// `KnowledgeGraph.answer(_:)` gives on the stored graph.
public protocol GraphSource: Sendable {
    /// Where the graph is, for messages: a file path, or a server URL without its password.
    var location: String { get }
    /// Answers a query — the one way the shells read the graph; with `evidence: .all` the chosen edges carry
    /// every sentence. An unknown name throws an error whose `unknownEntity` kind suggests close names.
    func answer(_ query: GraphQuery) throws -> QueryResult
    /// The entity a user means by `name`, matched ignoring case and spacing against names and aliases.
    func resolveEntity(named name: String) throws -> Entity
    /// Counts of what the store holds.
    func stats() throws -> StoreStats
    /// Problems found in the stored rows (foreign keys, stale counts); empty when the store is sound.
    func integrityProblems() throws -> [String]
    /// Every stored document in the order it was first stored (for `newsgraph copy`).
    func documents() throws -> [StoredDocument]
    /// The ingest items of the stored documents with these ids, in the order given, leaving out ids not stored:
    /// each document's evidence with the edges and entities (all their aliases) it supports, as
    /// `KnowledgeGraph.ingestItems(for:)` cuts them, read for those documents alone (`newsgraph copy` reads in
    /// batches).
    func ingestItems(ofDocuments documentIDs: [String]) throws -> [IngestItem]
    /// Every merge the store remembers, oldest first, as another store can take it in (`newsgraph copy`).
    func portableMerges() throws -> [PortableMerge]
    /// Keys of the nodes a user split from the surname join ingest made (`SurnameJoin`), which no ingest joins
    /// again, sorted (`newsgraph copy` takes them across before the documents).
    func surnameNodesKeptApart() throws -> [String]
    /// What changed from `since` on (through `until`, when given), by the articles' dates, each list cut at
    /// `limit`: the report `KnowledgeGraph.changes(since:until:limit:includeConcepts:)` gives on the stored graph.
    /// A malformed date or an empty range throws `QueryError` (`invalidQuery`).
    func changes(since: String, until: String?, limit: Int, includeConcepts: Bool) throws -> ChangeReport
    /// The timeline of `name`'s relations (edges in `direction` from it), or with `otherName` of the pair's, counted
    /// by `period` over the evidence `filter` keeps. Bad dates throw `QueryError` (`invalidQuery`); a name no
    /// entity has throws an error whose `unknownEntity` kind suggests close names.
    func timeline(of name: String, with otherName: String?, direction: Direction, filter: GraphFilter,
                  by period: TimelinePeriod) throws -> TimelineResult
    /// The latest article date the store holds (ISO, as stored), or nil when no article is dated.
    func latestDate() throws -> String?
    /// Every edge with every sentence, in `KnowledgeGraph.sortedEdges` order, handed to `body` at most `size`
    /// edges at a time with their endpoints (by key), read from one snapshot: dumps stream the graph this way
    /// instead of holding it whole.
    func forEachEdgeBatch(size: Int, _ body: (_ edges: [Edge], _ entities: [String: Entity]) throws -> Void) throws
}

/// A stored graph an ingest writes to: batches of documents, each batch stored whole or not at all.
public protocol GraphSink: GraphSource {
    /// Stores a batch of documents' graphs in one transaction; a document stored with the same content hash
    /// adds nothing, one stored with another hash has its old evidence replaced.
    func ingest(_ batch: [IngestItem]) throws -> IngestSummary
    /// The stored content hash of each of `documentIDs` that is stored, so an ingest can skip extraction.
    func storedContentHashes(of documentIDs: [String]) throws -> [String: String]
}
