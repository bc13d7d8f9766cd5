/// What `eval actors` measures: precision, recall and F1 of actor edges, and why edges were missed or wrong.
public struct ActorScore: Sendable, Hashable {
    public var articles = 0
    public var goldEdges = 0
    public var predictedEdges = 0
    /// Gold edges matched by a prediction with the same subject, object and relation.
    public var matched = 0
    /// Gold edges matched by a prediction with the same subject and object, whatever the relation.
    public var pairMatched = 0
    /// Matched edges whose negation agrees with the gold.
    public var negationAgreed = 0
    /// Gold edges annotated without coreference, and how many of them were matched.
    public var goldWithoutCoref = 0
    public var matchedWithoutCoref = 0
    /// Every gold edge not fully right: missed, or matched with the wrong negation.
    public var misses: [Miss] = []
    /// Every predicted edge that matches no gold edge.
    public var falseEdges: [FalseEdge] = []

    /// An empty score (nothing counted yet).
    public init() {}

    public var precision: Double { Self.ratio(matched, predictedEdges) }
    public var recall: Double { Self.ratio(matched, goldEdges) }
    public var f1: Double { Self.f1(precision, recall) }
    public var pairPrecision: Double { Self.ratio(pairMatched, predictedEdges) }
    public var pairRecall: Double { Self.ratio(pairMatched, goldEdges) }
    public var pairF1: Double { Self.f1(pairPrecision, pairRecall) }
    /// Share of matched edges whose negation agrees with the gold (0 when nothing matched).
    public var negationAgreement: Double { Self.ratio(negationAgreed, matched) }
    /// Recall on the gold edges that need no coreference.
    public var recallWithoutCoref: Double { Self.ratio(matchedWithoutCoref, goldWithoutCoref) }

    /// How many gold edges went wrong for `cause`.
    public func count(_ cause: MissCause) -> Int { misses.filter { $0.cause == cause }.count }
    /// How many predicted edges are false for `cause`.
    public func count(_ cause: FalseEdgeCause) -> Int { falseEdges.filter { $0.cause == cause }.count }

    /// Adds another article's (or split's) counts.
    public mutating func add(_ other: ActorScore) {
        articles += other.articles
        goldEdges += other.goldEdges
        predictedEdges += other.predictedEdges
        matched += other.matched
        pairMatched += other.pairMatched
        negationAgreed += other.negationAgreed
        goldWithoutCoref += other.goldWithoutCoref
        matchedWithoutCoref += other.matchedWithoutCoref
        misses += other.misses
        falseEdges += other.falseEdges
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
    static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    /// Why a gold edge is not fully right, checked in this order over the predictions of its sentence.
    public enum MissCause: String, Sendable, Hashable, CaseIterable {
        /// The subject is in no predicted edge of the sentence.
        case subjectNotFound = "subject not found"
        /// The subject is, the object is not.
        case objectNotFound = "object not found"
        /// A predicted edge links the two the other way round.
        case directionReversed = "direction reversed"
        /// A predicted edge links the two with another relation.
        case relationDiffers = "relation differs"
        /// Both are in predicted edges of the sentence, but not with each other.
        case pairNotLinked = "pair not linked"
        /// Matched (subject, object and relation), but negated in one and not the other: counted as matched.
        case negationDiffers = "negation differs"
    }

    /// Why a predicted edge matches no gold edge.
    public enum FalseEdgeCause: String, Sendable, Hashable, CaseIterable {
        /// Its subject or object is none of the article's gold entities.
        case entityNotInGold = "entity not in gold"
        /// Both are gold entities, but the gold links them in no edge of that sentence.
        case pairNotInGold = "pair not in gold"
        /// The gold links them the other way round.
        case reversed = "reversed"
        /// The gold links them with other relations.
        case relationNotInGold = "relation not in gold"
        /// The same edge again, its gold edge already matched by another prediction.
        case duplicate = "duplicate"
    }

    /// A gold edge not fully right.
    public struct Miss: Sendable, Hashable {
        public var articleID: String
        public var edge: ActorGold.Edge
        public var cause: MissCause
    }

    /// A predicted edge that matches no gold edge, with the gold names its nodes map to (nil: none).
    public struct FalseEdge: Sendable, Hashable {
        public var articleID: String
        /// Where the edge's sentence starts in the article text.
        public var offset: Int
        public var edge: ActorPrediction.Edge
        public var subject: String?
        public var object: String?
        public var cause: FalseEdgeCause
    }
}
