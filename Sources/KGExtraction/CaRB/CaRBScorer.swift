/// Scores open-IE extractions against CaRB gold, following shared/data/carb/SCORING.md.
///
/// The thresholds are every distinct confidence in the predictions; at each, a sentence contributes
/// precision from a greedy one-to-one matching and recall from each gold tuple's best prediction
/// (or a greedy one-to-one matching for `.oneToOne`). Predictions for sentences without gold are ignored.
public enum CaRBScorer {
    /// The PR curve, best F1 and AUC of `predictions` against `gold`.
    ///
    /// - Parameter sentences: when given, only gold sentences whose normalized key is among these
    ///   sentences' keys are scored (e.g. one domain); thresholds still come from all predictions.
    public static func score(gold: CaRBGold, predictions: CaRBPredictions, matching: CaRBMatching = .manyToOne,
                             sentences: Set<String>? = nil) -> CaRBScore {
        let thresholds = Set(predictions.entries.flatMap { $0.predictions.map(\.confidence) }).sorted()
        let wantedKeys = sentences.map { Set($0.map(CaRBSentenceKey.normalize)) }

        // Like the official scorer's dicts: the first raw sentence fixes a key's position, the last its tuples.
        var predictionsByKey: [String: [CaRBPrediction]] = [:]
        for entry in predictions.entries {
            predictionsByKey[CaRBSentenceKey.normalize(entry.sentence)] = entry.predictions
        }
        var goldKeys: [String] = []
        var goldByKey: [String: [CaRBTuple]] = [:]
        for entry in gold.entries {
            let key = CaRBSentenceKey.normalize(entry.sentence)
            if goldByKey.updateValue(entry.tuples, forKey: key) == nil { goldKeys.append(key) }
        }

        var interner = CaRBTokenInterner()
        var accumulator = Accumulator(thresholds: thresholds)
        for key in goldKeys {
            if let wantedKeys, !wantedKeys.contains(key) { continue }
            let goldTuples = (goldByKey[key] ?? []).map { interner.gold($0) }
            let predicted = predictionsByKey[key] ?? []
            let predictedTuples = predicted.map { interner.prediction($0.tuple) }
            let scores = goldTuples.map { goldTuple in
                predictedTuples.map { CaRBMatcher.score(gold: goldTuple, prediction: $0, be: interner.be) }
            }
            accumulator.add(SentenceMatrix(scores: scores, confidences: predicted.map(\.confidence)),
                            matching: matching)
        }
        return CaRBScore(curve: accumulator.curve(), sentenceCount: accumulator.sentenceCount,
                         goldTupleCount: accumulator.recallDenominator)
    }

    /// The pair scores of one sentence, gold tuples by predictions.
    private struct SentenceMatrix {
        var scores: [[CaRBPairScore]]
        var confidences: [Double]

        /// Pairs ordered as the greedy matcher picks them: highest score first, then gold order, then
        /// prediction order (the official scan takes the first strictly greater score).
        func greedyOrder(by value: (CaRBPairScore) -> Double) -> [(gold: Int, prediction: Int, value: Double)] {
            var pairs: [(gold: Int, prediction: Int, value: Double)] = []
            for (goldIndex, row) in scores.enumerated() {
                for (predictionIndex, pair) in row.enumerated() {
                    pairs.append((goldIndex, predictionIndex, value(pair)))
                }
            }
            return pairs.sorted { a, b in
                if a.value != b.value { return a.value > b.value }
                if a.gold != b.gold { return a.gold < b.gold }
                return a.prediction < b.prediction
            }
        }

        /// Sum of a greedy one-to-one matching over the kept predictions.
        func greedySum(_ order: [(gold: Int, prediction: Int, value: Double)], kept: [Bool], keptCount: Int) -> Double {
            let limit = min(scores.count, keptCount)
            var usedGold = [Bool](repeating: false, count: scores.count)
            var usedPrediction = [Bool](repeating: false, count: kept.count)
            var sum = 0.0, picks = 0
            for pair in order where picks < limit && kept[pair.prediction] {
                if usedGold[pair.gold] || usedPrediction[pair.prediction] { continue }
                usedGold[pair.gold] = true
                usedPrediction[pair.prediction] = true
                sum += pair.value
                picks += 1
            }
            return sum
        }
    }

    /// Per-threshold numerators and denominators, summed over sentences in gold order.
    private struct Accumulator {
        let thresholds: [Double]
        var precisionNumerator: [Double]
        var precisionDenominator: [Int]
        var recallNumerator: [Double]
        var recallDenominator = 0
        var sentenceCount = 0

        init(thresholds: [Double]) {
            self.thresholds = thresholds
            precisionNumerator = Array(repeating: 0, count: thresholds.count)
            precisionDenominator = Array(repeating: 0, count: thresholds.count)
            recallNumerator = Array(repeating: 0, count: thresholds.count)
        }

        mutating func add(_ sentence: SentenceMatrix, matching: CaRBMatching) {
            sentenceCount += 1
            recallDenominator += sentence.scores.count
            let precisionOrder = sentence.greedyOrder(by: \.precision)
            let recallOrder = matching == .oneToOne ? sentence.greedyOrder(by: \.recall) : []
            // Thresholds in (previous sentence confidence, this confidence] keep the same extractions.
            var start = 0
            for confidence in Set(sentence.confidences).sorted() {
                let end = upperIndex(of: confidence)
                let kept = sentence.confidences.map { $0 >= confidence }
                let keptCount = kept.filter { $0 }.count
                let precision = sentence.greedySum(precisionOrder, kept: kept, keptCount: keptCount)
                let recall: Double
                switch matching {
                case .manyToOne:
                    recall = sentence.scores.reduce(0) { sum, row in
                        sum + row.indices.filter { kept[$0] }.map { row[$0].recall }.reduce(0, max)
                    }
                case .oneToOne:
                    recall = sentence.greedySum(recallOrder, kept: kept, keptCount: keptCount)
                }
                for index in start..<end {
                    precisionNumerator[index] += precision
                    precisionDenominator[index] += keptCount
                    recallNumerator[index] += recall
                }
                start = end
            }
        }

        /// One past the index of `value` in the sorted thresholds (it is always present).
        private func upperIndex(of value: Double) -> Int {
            var low = 0, high = thresholds.count
            while low < high {
                let middle = (low + high) / 2
                if thresholds[middle] <= value { low = middle + 1 } else { high = middle }
            }
            return low
        }

        func curve() -> [CaRBCurvePoint] {
            thresholds.indices.map { index in
                let denominator = precisionDenominator[index]
                let precision = denominator == 0 ? 1 : precisionNumerator[index] / Double(denominator)
                let recall = recallDenominator == 0 ? 0 : recallNumerator[index] / Double(recallDenominator)
                let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
                return CaRBCurvePoint(threshold: thresholds[index], precision: precision, recall: recall, f1: f1)
            }
        }
    }
}
