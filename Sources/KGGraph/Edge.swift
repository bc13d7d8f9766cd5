import KGCore

/// One (subject, relation, object) triple with the evidence for it: every piece, or a sample with `totals`.
public struct Edge: Sendable, Hashable, Codable, Identifiable {
    /// The triple that identifies an edge; ordered by subject, relation, object.
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
    /// The sentences behind the edge: all of them, or a sample when `totals` is set.
    public var evidence: [Evidence]
    /// Counts and dates over all the evidence when `evidence` holds only a sample; nil when it is complete.
    public var totals: EvidenceTotals?

    public init(subject: String, relation: String, object: String, evidence: [Evidence] = [],
                totals: EvidenceTotals? = nil) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.evidence = evidence
        self.totals = totals
    }

    public var id: ID { ID(subject: subject, relation: relation, object: object) }
    /// Pieces of evidence, counting those a sample left out.
    public var evidenceCount: Int { totals?.count ?? evidence.count }
    /// Evidence that asserts the relation, and evidence that denies it (negated).
    public var assertedCount: Int { totals?.asserted ?? evidence.lazy.filter { !$0.negated }.count }
    public var deniedCount: Int { totals?.denied ?? evidence.lazy.filter { $0.negated }.count }
    /// The modality every loaded sentence gives the relation ("will", "plan to", "if"), the most frequent one
    /// first; nil when some sentence states it as a fact or no evidence is loaded. Diagrams mark such edges, so a
    /// plan or a hypothetical never reads as something that happened.
    public var unstatedModality: String? {
        guard !evidence.isEmpty, evidence.allSatisfy({ $0.modality != nil }) else { return nil }
        var counts: [String: Int] = [:]
        for piece in evidence { counts[piece.modality ?? "", default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
    /// Whether `evidence` is a sample (see `totals`) rather than every sentence.
    public var isSampled: Bool { totals != nil }
    /// Asserted by some evidence and denied by other evidence: visible as contested.
    public var isContested: Bool { assertedCount > 0 && deniedCount > 0 }
    /// The relation's place in the taxonomy (category, polarity, weight).
    public var relationClass: RelationClass { RelationTaxonomy.classify(relation) }
    /// Earliest and latest dated evidence.
    public var firstDate: String? { totals.map(\.firstDate) ?? evidence.compactMap(\.date).min() }
    public var lastDate: String? { totals.map(\.lastDate) ?? evidence.compactMap(\.date).max() }

    /// The same edge with only `sample` of its evidence, keeping the counts and dates of all of it.
    public func sampled(_ sample: [Evidence]) -> Edge {
        Edge(subject: subject, relation: relation, object: object, evidence: sample,
             totals: totals ?? EvidenceTotals(of: evidence))
    }
}
