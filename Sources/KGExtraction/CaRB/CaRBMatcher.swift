/// Precision and recall of one prediction against one gold tuple.
public struct CaRBPairScore: Sendable, Hashable, Codable {
    /// Matched tokens over the prediction's tokens in the relation and in the slots gold also has.
    public var precision: Double
    /// Matched tokens over all gold tokens (relation and both binarized slots).
    public var recall: Double

    /// Creates a pair score.
    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
    }

    /// The score of a pair that does not match: no relation token in common, or a gold slot the
    /// prediction lacks.
    public static let zero = CaRBPairScore(precision: 0, recall: 0)
}

/// CaRB's token-overlap matching of one (gold, prediction) pair, as SCORING.md §3 describes.
///
/// Tokens are whitespace-separated and compared case-sensitively; overlap is a multiset intersection.
/// At least one relation token must match. Gold relations containing `said`, `told`, `added`, `adds` or
/// `says` are also scored with the predicted arguments swapped, and the better (precision, recall) wins.
public enum CaRBMatcher {
    /// The score of `prediction` against `gold`.
    public static func score(gold: CaRBTuple, prediction: CaRBTuple) -> CaRBPairScore {
        var interner = CaRBTokenInterner()
        return score(gold: interner.gold(gold), prediction: interner.prediction(prediction), be: interner.be)
    }

    /// The score of two interned tuples; `be` holds the interned ids of `be` and its forms.
    static func score(gold: CaRBInternedTuple, prediction: CaRBInternedTuple, be: CaRBBeForms) -> CaRBPairScore {
        let straight = score(gold: gold, relation: prediction.relation, slots: prediction.slots, be: be)
        guard gold.isSayingRelation, let reversed = prediction.reversedSlots else { return straight }
        let swapped = score(gold: gold, relation: prediction.relation, slots: reversed, be: be)
        if swapped.precision > straight.precision
            || (swapped.precision == straight.precision && swapped.recall > straight.recall) {
            return swapped
        }
        return straight
    }

    private static func score(gold: CaRBInternedTuple, relation: [Int32], slots: [[Int32]],
                              be: CaRBBeForms) -> CaRBPairScore {
        var unmatched = relation
        var matched = overlap(gold.relation, &unmatched)
        // The official scorer lets a leftover predicted "be" stand for any form of "be" in gold, once.
        if unmatched.contains(be.be), gold.relation.contains(where: { be.forms.contains($0) }) {
            matched += 1
        }
        guard matched > 0 else { return .zero }
        var precisionNumerator = matched, precisionDenominator = relation.count
        var recallNumerator = matched, recallDenominator = gold.relation.count
        for (index, goldSlot) in gold.slots.enumerated() {
            recallDenominator += goldSlot.count
            guard index < slots.count else { return .zero }
            var predictedSlot = slots[index]
            precisionDenominator += predictedSlot.count
            let slotMatches = overlap(goldSlot, &predictedSlot)
            precisionNumerator += slotMatches
            recallNumerator += slotMatches
        }
        return CaRBPairScore(precision: Double(precisionNumerator) / Double(precisionDenominator),
                             recall: Double(recallNumerator) / Double(recallDenominator))
    }

    /// Multiset intersection size; each gold token consumes (removes) one equal predicted token.
    private static func overlap(_ gold: [Int32], _ predicted: inout [Int32]) -> Int {
        var matched = 0
        for token in gold {
            if let index = predicted.firstIndex(of: token) {
                predicted.remove(at: index)
                matched += 1
            }
        }
        return matched
    }
}

/// Interned ids of `be` and of the forms it may stand for.
struct CaRBBeForms {
    var be: Int32
    var forms: Set<Int32>
}

/// A tuple with whitespace tokens interned to integers and arguments binarized.
struct CaRBInternedTuple {
    var relation: [Int32]
    /// `(arg1, arg2 … argN)` tokens; one slot for a one-argument tuple, none for none.
    var slots: [[Int32]]
    /// `(arg2 … argN, arg1)` for predictions with two or more arguments, else nil.
    var reversedSlots: [[Int32]]?
    /// Whether the raw relation contains `said`, `told`, `added`, `adds` or `says` (gold only).
    var isSayingRelation: Bool
}

/// Maps tokens to small integers once, so matching compares integers.
struct CaRBTokenInterner {
    private var ids: [String: Int32] = [:]
    private static let sayingWords = ["said", "told", "added", "adds", "says"]
    private static let beForms = ["be", "is", "am", "are", "was", "were", "been", "being"]

    /// The ids of `be` and its forms.
    private(set) var be = CaRBBeForms(be: 0, forms: [])

    init() {
        let formIDs = Self.beForms.map { id(of: $0) }
        be = CaRBBeForms(be: formIDs[0], forms: Set(formIDs))
    }

    mutating func id(of token: String) -> Int32 {
        if let id = ids[token] { return id }
        let id = Int32(ids.count)
        ids[token] = id
        return id
    }

    /// Whitespace tokens as ids, like Python's `str.split()`.
    mutating func tokens(_ text: String) -> [Int32] {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return text.split(whereSeparator: \.isWhitespace).map { id(of: String($0)) }
        }
        return bytes.split(whereSeparator: CaRBTSV.isASCIIWhitespace).map { id(of: String(Substring($0))) }
    }

    mutating func gold(_ tuple: CaRBTuple) -> CaRBInternedTuple {
        CaRBInternedTuple(relation: tokens(tuple.relation), slots: tuple.binarizedArguments.map { tokens($0) },
                          reversedSlots: nil,
                          isSayingRelation: Self.sayingWords.contains { tuple.relation.contains($0) })
    }

    mutating func prediction(_ tuple: CaRBTuple) -> CaRBInternedTuple {
        let slots = tuple.binarizedArguments.map { tokens($0) }
        return CaRBInternedTuple(relation: tokens(tuple.relation), slots: slots,
                                 reversedSlots: slots.count == 2 ? [slots[1], slots[0]] : nil,
                                 isSayingRelation: false)
    }
}
