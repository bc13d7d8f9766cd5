import KGGraph

/// One edge as `neighbors` and `path` print it in JSONL: the field names of `export --format jsonl` and of
/// the JSON API's edges (`evidence_count`, `subject_id`, `first_date` …), so one reader handles all three
/// (`OutputSchemaTests` checks they agree).
struct EdgeLine: Encodable {
    var hop: Int
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
    /// The first stored sentence behind the edge.
    var example: String?

    init(_ row: EdgeRow) {
        hop = row.hop
        subject = row.subjectName
        subject_id = row.id.subject
        relation = row.id.relation
        object = row.objectName
        object_id = row.id.object
        category = row.category.rawValue
        polarity = row.polarity.rawValue
        evidence_count = row.evidenceCount
        asserted = row.assertedCount
        denied = row.deniedCount
        first_date = row.firstDate
        last_date = row.lastDate
        example = row.example?.sentence
    }
}
