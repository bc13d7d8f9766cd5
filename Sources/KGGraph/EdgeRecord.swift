import KGCore

/// One edge as every JSON output of newsgraph writes it: `neighbors` and `path --format jsonl`, and the JSON
/// API's edges. The keys are snake_case like `export --format jsonl` (`evidence_count`, `subject_id`,
/// `first_date` …), so one reader handles them all; absent optional fields are left out.
public struct EdgeRecord: Encodable, Sendable, Hashable {
    /// Neighbors and paths on the command line: the row's hop (see `EdgeRow.hop`); nil in the API.
    public var hop: Int?
    public var subject: String
    public var subjectID: String
    public var relation: String
    public var object: String
    public var objectID: String
    public var category: String
    public var polarity: String
    public var evidenceCount: Int
    public var asserted: Int
    public var denied: Int
    public var firstDate: String?
    public var lastDate: String?
    /// The first stored sentence behind the edge.
    public var example: String?
    /// Every sentence behind the edge, when the answer carries them (API evidence and path answers).
    public var evidence: [EvidenceRecord]?

    enum CodingKeys: String, CodingKey {
        // In the order the fields are written.
        case hop, subject, subjectID = "subject_id", relation, object, objectID = "object_id", category, polarity
        case evidenceCount = "evidence_count", asserted, denied, firstDate = "first_date", lastDate = "last_date"
        case example, evidence
    }

    /// The record of a relations-table row, with its hop when `withHop`, and `evidence` when given.
    public init(_ row: EdgeRow, withHop: Bool = true, evidence: [Evidence]? = nil) {
        hop = withHop ? row.hop : nil
        subject = row.subjectName
        subjectID = row.id.subject
        relation = row.id.relation
        object = row.objectName
        objectID = row.id.object
        category = row.category.rawValue
        polarity = row.polarity.rawValue
        evidenceCount = row.evidenceCount
        asserted = row.assertedCount
        denied = row.deniedCount
        firstDate = row.firstDate
        lastDate = row.lastDate
        example = row.example?.sentence
        self.evidence = evidence?.map(EvidenceRecord.init)
    }
}

/// One sentence behind an edge, as the JSON outputs write it.
public struct EvidenceRecord: Encodable, Sendable, Hashable {
    public var document: String
    public var title: String?
    public var sentenceIndex: Int
    public var sentence: String
    public var relationText: String
    public var negated: Bool
    public var modality: String?
    public var attribution: Attribution?
    public var date: String?
    /// The extraction's confidence; 0 where it is not a finite number (JSON has no NaN).
    public var confidence: Double
    public var coreferent: Bool

    enum CodingKeys: String, CodingKey {
        // In the order the fields are written.
        case document = "doc", title, sentenceIndex = "sentence_index", sentence, relationText = "relation_text"
        case negated, modality, attribution, date, confidence, coreferent
    }

    /// The record of `evidence`.
    public init(_ evidence: Evidence) {
        document = evidence.documentID
        title = evidence.documentTitle
        sentenceIndex = evidence.sentenceIndex
        sentence = evidence.sentence
        relationText = evidence.relationText
        negated = evidence.negated
        modality = evidence.modality
        attribution = evidence.attribution
        date = evidence.date
        confidence = evidence.confidence.isFinite ? evidence.confidence : 0
        coreferent = evidence.coreferent
    }
}
