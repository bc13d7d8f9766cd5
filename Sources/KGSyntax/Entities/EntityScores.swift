/// Exact-span precision, recall and F1 per entity type and overall, as CoNLL's `conlleval` counts them.
public struct EntityScores: Sendable {
    /// Counts of one type (or of all).
    public struct Counts: Sendable {
        /// Entities in the gold tags.
        public var gold = 0
        /// Entities the tagger found.
        public var predicted = 0
        /// Found entities whose span and type match a gold one exactly.
        public var correct = 0

        /// All counts zero.
        public init() {}

        /// correct / predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        /// correct / gold.
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Counts by type label (`PER`, `ORG`, `LOC`).
    public private(set) var byType: [String: Counts] = [:]
    /// Counts over all scored types.
    public private(set) var overall = Counts()
    /// The types scored; spans of other types (UNER's first-pass `OTH`) are ignored on both sides.
    public let types: Set<String>

    /// Empty counts over `types`.
    public init(types: Set<String> = Set(NamedEntityType.allCases.map(\.rawValue))) {
        self.types = types
    }

    /// Adds one sentence: gold and predicted IOB2 tags of the same words.
    public mutating func add(gold: [String], predicted: [String]) {
        let goldSpans = Set(EntitySpan.spans(ofTags: gold).filter { types.contains($0.type) })
        let predictedSpans = Set(EntitySpan.spans(ofTags: predicted).filter { types.contains($0.type) })
        for span in goldSpans {
            byType[span.type, default: Counts()].gold += 1
            overall.gold += 1
        }
        for span in predictedSpans {
            byType[span.type, default: Counts()].predicted += 1
            overall.predicted += 1
            if goldSpans.contains(span) {
                byType[span.type, default: Counts()].correct += 1
                overall.correct += 1
            }
        }
    }
}
