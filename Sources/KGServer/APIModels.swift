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

    /// One piece of evidence.
    struct EvidenceItem: Encodable {
        var doc: String
        var title: String?
        var sentence_index: Int
        var sentence: String
        var relation_text: String
        var negated: Bool
        var modality: String?
        var attribution: Attribution?
        var date: String?
        var confidence: Double
        var coreferent: Bool

        init(_ evidence: Evidence) {
            doc = evidence.documentID
            title = evidence.documentTitle
            sentence_index = evidence.sentenceIndex
            sentence = evidence.sentence
            relation_text = evidence.relationText
            negated = evidence.negated
            modality = evidence.modality
            attribution = evidence.attribution
            date = evidence.date
            confidence = evidence.confidence.isFinite ? evidence.confidence : 0
            coreferent = evidence.coreferent
        }
    }

    /// One edge with its counts, an example sentence, and (for evidence answers) every sentence.
    struct EdgeItem: Encodable {
        var subject: String
        var subject_id: String
        var relation: String
        var object: String
        var object_id: String
        var category: String
        var polarity: String
        var evidence_count: Int
        var asserted: Int
        var denied: Int
        var first_date: String?
        var last_date: String?
        var example: String?
        var evidence: [EvidenceItem]?

        init(_ edge: Edge, in graph: KnowledgeGraph, withEvidence: Bool) {
            subject = graph.entities[edge.subject]?.name ?? edge.subject
            subject_id = edge.subject
            relation = edge.relation
            object = graph.entities[edge.object]?.name ?? edge.object
            object_id = edge.object
            let relationClass = edge.relationClass
            category = relationClass.category.rawValue
            polarity = relationClass.polarity.rawValue
            evidence_count = edge.evidenceCount
            asserted = edge.assertedCount
            denied = edge.deniedCount
            first_date = edge.firstDate
            last_date = edge.lastDate
            example = edge.evidence.first?.sentence
            evidence = withEvidence ? edge.evidence.map(EvidenceItem.init) : nil
        }
    }

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
