import KGCore

/// One line of a relations table: an edge with its endpoints' names, counts, dates and one example sentence.
///
/// Built from a query's result graph by both executors alike, so the CLI and the JSON API print the same rows.
public struct EdgeRow: Sendable, Hashable, Codable {
    /// The edge (subject key, relation, object key).
    public var id: Edge.ID
    /// Display names of the subject and object.
    public var subjectName: String
    public var objectName: String
    /// The relation's place in the taxonomy.
    public var category: RelationCategory
    public var polarity: Polarity
    /// Counts over all the edge's evidence (not just the sample the result graph holds).
    public var evidenceCount: Int
    public var assertedCount: Int
    public var deniedCount: Int
    /// Earliest and latest dated evidence.
    public var firstDate: String?
    public var lastDate: String?
    /// The first stored sentence behind the edge.
    public var example: Evidence?
    /// Neighbors: hops from the centre to the farther endpoint (1 = touches the centre). Path: the hop's
    /// position along the path (1 = first). Other queries: 0.
    public var hop: Int

    /// The row for `edge` of `graph` (whose entities give the names).
    public init(_ edge: Edge, in graph: KnowledgeGraph, hop: Int = 0) {
        self.init(edge, in: graph, hop: hop, relationClass: edge.relationClass)
    }

    /// The row for `edge` whose relation's class the caller already looked up (a table of many edges looks
    /// each relation up once).
    init(_ edge: Edge, in graph: KnowledgeGraph, hop: Int, relationClass: RelationClass) {
        id = edge.id
        subjectName = graph.entities[edge.subject]?.name ?? edge.subject
        objectName = graph.entities[edge.object]?.name ?? edge.object
        category = relationClass.category
        polarity = relationClass.polarity
        evidenceCount = edge.evidenceCount
        assertedCount = edge.assertedCount
        deniedCount = edge.deniedCount
        firstDate = edge.firstDate
        lastDate = edge.lastDate
        example = edge.evidence.first
        self.hop = hop
    }

    /// Whether some evidence asserts the relation and other evidence denies it.
    public var isContested: Bool { assertedCount > 0 && deniedCount > 0 }
}
