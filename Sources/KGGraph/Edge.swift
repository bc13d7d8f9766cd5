import KGCore

/// One (subject, relation, object) triple with every piece of evidence for it.
public struct Edge: Sendable, Hashable, Codable, Identifiable {
    public struct ID: Sendable, Hashable, Codable, Comparable {
        public var subject: String
        public var relation: String
        public var object: String

        public init(subject: String, relation: String, object: String) {
            self.subject = subject
            self.relation = relation
            self.object = object
        }

        public static func < (lhs: ID, rhs: ID) -> Bool {
            (lhs.subject, lhs.relation, lhs.object) < (rhs.subject, rhs.relation, rhs.object)
        }
    }

    /// Entity id of the subject.
    public var subject: String
    /// Normalised relation lemma.
    public var relation: String
    /// Entity id of the object.
    public var object: String
    public var evidence: [Evidence]

    public init(subject: String, relation: String, object: String, evidence: [Evidence] = []) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.evidence = evidence
    }

    public var id: ID { ID(subject: subject, relation: relation, object: object) }
    public var evidenceCount: Int { evidence.count }
    /// Evidence that asserts the relation, and evidence that denies it (negated).
    public var assertedCount: Int { evidence.lazy.filter { !$0.negated }.count }
    public var deniedCount: Int { evidence.lazy.filter { $0.negated }.count }
    /// Asserted by some evidence and denied by other evidence: visible as contested.
    public var isContested: Bool { assertedCount > 0 && deniedCount > 0 }
    /// The relation's place in the taxonomy (category, polarity, weight).
    public var relationClass: RelationClass { RelationTaxonomy.classify(relation) }
    /// Earliest and latest dated evidence.
    public var firstDate: String? { evidence.compactMap(\.date).min() }
    public var lastDate: String? { evidence.compactMap(\.date).max() }
}
