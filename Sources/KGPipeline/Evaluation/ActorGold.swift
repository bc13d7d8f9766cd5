import Foundation
import KGCore

/// Hand-annotated actor edges of whole articles (`Tests/Gold/*.jsonl`; the format is in `Tests/Gold/README.md`):
/// what `eval actors` scores the pipeline against.
public struct ActorGold: Sendable, Hashable {
    /// The annotated articles, in file order.
    public var articles: [Article]
    /// Where the gold was read from, for messages.
    public var path: String

    /// Gold made of the given articles (tests build it this way).
    public init(articles: [Article], path: String = "-") {
        self.articles = articles
        self.path = path
    }

    /// All gold edges of all articles.
    public var edgeCount: Int { articles.reduce(0) { $0 + $1.edges.count } }

    /// One article: its entities and the edges a careful reader draws from its text.
    public struct Article: Sendable, Hashable, Codable {
        public var id: String
        /// "dev" or "test".
        public var split: String
        public var entities: [Entity]
        public var edges: [Edge]
        /// 1-based line of the gold file the article was read from (0 when built in code).
        public var line = 0

        /// An article with the given annotation.
        public init(id: String, split: String = "dev", entities: [Entity], edges: [Edge]) {
            self.id = id
            self.split = split
            self.entities = entities
            self.edges = edges
        }

        enum CodingKeys: String, CodingKey {
            case id, split, entities, edges
        }
    }

    /// An actor of the article: its canonical name and every surface form the article uses for it.
    public struct Entity: Sendable, Hashable, Codable {
        public var canonical: String
        /// country, org, person or group.
        public var type: String
        public var aliases: [String]

        /// An entity with the given names.
        public init(canonical: String, type: String, aliases: [String] = []) {
            self.canonical = canonical
            self.type = type
            self.aliases = aliases
        }

        /// The types an annotated actor may have.
        public static let types: Set<String> = ["country", "org", "person", "group"]
    }

    /// One edge: who (subject) does what (any of `relation`) to whom (object), in the sentence at `offset`.
    public struct Edge: Sendable, Hashable, Codable {
        /// Unicode scalar offset (a Python `str` index) where the edge's sentence starts in the article text.
        public var offset: Int
        public var subject: String
        /// The verb lemma first, then acceptable alternatives.
        public var relation: [String]
        public var object: String
        public var negated: Bool
        public var attributedTo: String?
        /// Whether the subject or object is reached only through a pronoun or description.
        public var coref: Bool
        public var modality: String?

        /// An edge between two canonical names.
        public init(offset: Int, subject: String, relation: [String], object: String, negated: Bool = false,
                    attributedTo: String? = nil, coref: Bool = false, modality: String? = nil) {
            self.offset = offset
            self.subject = subject
            self.relation = relation
            self.object = object
            self.negated = negated
            self.attributedTo = attributedTo
            self.coref = coref
            self.modality = modality
        }

        enum CodingKeys: String, CodingKey {
            case offset, subject, relation, object, negated, coref, modality
            case attributedTo = "attributed_to"
        }
    }
}
