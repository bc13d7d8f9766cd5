import KGCore
import KGGraph

/// The actor edges the pipeline draws from one article, one per sentence it was stated in: what `eval actors`
/// compares with the gold.
public struct ActorPrediction: Sendable, Hashable {
    /// The article's id.
    public var id: String
    /// Where the pipeline's sentences are in the text, by sentence index.
    public var sentenceSpans: [TextSpan]
    /// Edges whose subject and object are both actors, in sentence order.
    public var edges: [Edge]

    /// A prediction made of the given sentences and edges (tests build it this way).
    public init(id: String, sentenceSpans: [TextSpan], edges: [Edge]) {
        self.id = id
        self.sentenceSpans = sentenceSpans
        self.edges = edges
    }

    /// Node types that count as actors here: locations and concepts do not.
    public static let actorTypes: Set<EntityType> = [.country, .org, .person, .group]

    /// One edge as stated in one sentence.
    public struct Edge: Sendable, Hashable {
        /// The graph node's name and aliases (as `ingest` would store them for this article).
        public var subject: Node
        /// Canonical relation (`RelationTaxonomy.canonicalLemma`), the edge label.
        public var relation: String
        public var object: Node
        public var negated: Bool
        /// Whether the subject or object was reached by coreference.
        public var coreferent: Bool
        /// Index of the pipeline's sentence the edge was read from (into `sentenceSpans`).
        public var sentenceIndex: Int

        /// An edge between two nodes, stated in sentence `sentenceIndex`.
        public init(subject: Node, relation: String, object: Node, negated: Bool = false, coreferent: Bool = false,
                    sentenceIndex: Int) {
            self.subject = subject
            self.relation = relation
            self.object = object
            self.negated = negated
            self.coreferent = coreferent
            self.sentenceIndex = sentenceIndex
        }
    }

    /// A graph node as far as scoring needs it: the names it goes by.
    public struct Node: Sendable, Hashable {
        public var name: String
        public var aliases: [String]

        /// A node with a name and, optionally, aliases.
        public init(name: String, aliases: [String] = []) {
            self.name = name
            self.aliases = aliases
        }
    }
}
