import KGCore
import KGGraph

/// The JSON shapes the API answers with; keys are snake_case like the CLI's `--format jsonl`.
enum APIModels {
    /// An error: what failed, what to do, and the HTTP status.
    struct Failure: Encodable {
        var error: String
        var hint: String?
        var status: Int
    }

    /// An entity reference inside an answer.
    struct EntityRef: Encodable {
        var id: String
        var name: String
        var type: EntityType
        var aliases: [String]

        init(_ entity: Entity) {
            id = entity.id
            name = entity.name
            type = entity.type
            aliases = entity.aliases
        }
    }

    /// One edge with its counts, an example sentence, and (for evidence and path answers) every sentence:
    /// the record the CLI's JSONL writes too.
    typealias EdgeItem = EdgeRecord

    struct Entities: Encodable {
        var entities: [EntitySummary]
    }

    struct Neighbors: Encodable {
        var center: EntityRef
        var depth: Int
        var total_edges: Int
        var edges: [EdgeItem]
    }

    /// Paths as hops, each hop the edges joining its two entities (strongest first).
    struct Paths: Encodable {
        var from: EntityRef
        var to: EntityRef
        var paths: [[[EdgeItem]]]
    }

    struct EvidenceAnswer: Encodable {
        var subject: EntityRef
        var object: EntityRef
        var relation: String?
        var edges: [EdgeItem]
    }
}
