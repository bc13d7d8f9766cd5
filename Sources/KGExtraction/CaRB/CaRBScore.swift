/// How gold tuples are credited for recall.
public enum CaRBMatching: String, Sendable, Hashable, Codable, CaseIterable {
    /// Official CaRB: each gold tuple takes its best-recall prediction; one prediction may serve several.
    case manyToOne
    /// CaRB(1-1), OpenIE6's `--single_match`: recall also uses a greedy one-to-one matching.
    case oneToOne
}

/// One point of the precision-recall curve.
public struct CaRBCurvePoint: Sendable, Hashable, Codable {
    /// Extractions with confidence ≥ this value are kept.
    public var threshold: Double
    /// Precision at this threshold (1 when nothing is kept).
    public var precision: Double
    /// Recall at this threshold.
    public var recall: Double
    /// Harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double
}

/// The result of scoring a system against CaRB gold.
public struct CaRBScore: Sendable, Hashable, Codable {
    /// The best F1 over all thresholds (the first maximum in ascending threshold order).
    public var f1: Double
    /// Precision at the best-F1 threshold.
    public var precisionAtBestF1: Double
    /// Recall at the best-F1 threshold.
    public var recallAtBestF1: Double
    /// The threshold where F1 is best, or nil when there are no predictions.
    public var bestThreshold: Double?
    /// Area under the PR curve (trapezoids in threshold order, with the point R=0, P=1 appended).
    public var auc: Double
    /// Distinct confidence values in the prediction file.
    public var thresholdCount: Int { curve.count }
    /// The PR curve in ascending threshold order.
    public var curve: [CaRBCurvePoint]
    /// Gold sentences that were scored (after the sentence filter).
    public var sentenceCount: Int
    /// Gold tuples in the scored sentences: the recall denominator.
    public var goldTupleCount: Int

    /// Builds the score from a curve: picks the best F1 and integrates the AUC.
    init(curve: [CaRBCurvePoint], sentenceCount: Int, goldTupleCount: Int) {
        self.curve = curve
        self.sentenceCount = sentenceCount
        self.goldTupleCount = goldTupleCount
        var best: CaRBCurvePoint?
        for point in curve where point.f1 > (best?.f1 ?? -1) { best = point }
        f1 = best?.f1 ?? 0
        precisionAtBestF1 = best?.precision ?? 0
        recallAtBestF1 = best?.recall ?? 0
        bestThreshold = best?.threshold
        guard !curve.isEmpty else {
            auc = 0
            return
        }
        // Recall falls as the threshold rises, so walking the points in threshold order (then to R=0, P=1)
        // integrates right to left; the sign flip is sklearn's `auc` direction for decreasing x.
        let points = curve.map { ($0.recall, $0.precision) } + [(0.0, 1.0)]
        var area = 0.0
        for index in 1..<points.count {
            let (x0, y0) = points[index - 1], (x1, y1) = points[index]
            area += (x0 - x1) * (y0 + y1) / 2
        }
        auc = area
    }
}
