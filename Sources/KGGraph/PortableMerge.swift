/// A merge as one store hands it to another (`newsgraph copy`): all that `split` needs, with the evidence it
/// would move back named by document, sentence span and edge key, because row ids differ between stores.
public struct PortableMerge: Sendable, Hashable, Codable {
    /// One piece of evidence that reached the target through the merge.
    public struct Evidence: Sendable, Hashable, Codable {
        /// Which end of its edge the merged entity was at.
        public enum Side: String, Sendable, Hashable, Codable {
            case subject, object
        }

        /// The document's id (`DocumentInfo.id`).
        public var documentID: String
        /// The sentence of the document the evidence is in.
        public var sentenceIndex: Int
        /// Where the evidence's span starts in the sentence.
        public var start: Int
        /// Where the evidence's span ends in the sentence.
        public var end: Int
        /// The subject key of the edge the evidence is on now.
        public var subjectKey: String
        /// The relation of the edge the evidence is on now.
        public var relation: String
        /// The object key of the edge the evidence is on now.
        public var objectKey: String
        /// Which end of the edge the merged entity was at.
        public var side: Side

        /// Makes a reference; the stores build these.
        public init(documentID: String, sentenceIndex: Int, start: Int, end: Int, subjectKey: String,
                    relation: String, objectKey: String, side: Side) {
            self.documentID = documentID
            self.sentenceIndex = sentenceIndex
            self.start = start
            self.end = end
            self.subjectKey = subjectKey
            self.relation = relation
            self.objectKey = objectKey
            self.side = side
        }
    }

    /// The merged entity as it was (key, name, type, aliases, Wikidata id).
    public var entity: Entity
    /// The names the merge (and ingests through it since) gave the target; `split` takes them back.
    public var addedAliases: [String]
    /// Documents whose relations between the two entities the merge dropped; `split` marks them for re-ingest.
    public var droppedDocuments: [String]
    /// Key of the entity it was merged into (which may itself have been merged further since).
    public var targetKey: String
    /// Whether the store it came from holds the entity `targetKey` leads to (after following later merges).
    public var targetIsStored: Bool
    /// When the merge was made (ISO 8601); a copy keeps the original time.
    public var mergedAt: String
    /// The evidence `split` would move back to the entity.
    public var evidence: [Evidence]
    /// The folded surname when ingest made the merge (`SurnameJoin`), which later ingests may undo; nil for a
    /// user's merge.
    public var joinedSurname: String?

    /// Makes a record; the stores build these.
    public init(entity: Entity, addedAliases: [String], droppedDocuments: [String], targetKey: String,
                targetIsStored: Bool, mergedAt: String, evidence: [Evidence], joinedSurname: String? = nil) {
        self.entity = entity
        self.addedAliases = addedAliases
        self.droppedDocuments = droppedDocuments
        self.targetKey = targetKey
        self.targetIsStored = targetIsStored
        self.mergedAt = mergedAt
        self.evidence = evidence
        self.joinedSurname = joinedSurname
    }
}
