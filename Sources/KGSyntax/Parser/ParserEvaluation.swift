import Foundation
import KGText

/// Attachment scores over words, punctuation included (as the CoNLL 2018 shared task counts them).
public struct ParserScore: Sendable, Hashable, CustomStringConvertible {
    /// Words scored.
    public var words = 0
    /// Words with the gold head.
    public var correctHeads = 0
    /// Words with the gold head and the gold full relation (subtypes included: `nsubj:pass` ≠ `nsubj`).
    public var correctLabelled = 0
    /// Words with the gold head and the gold universal relation (subtypes ignored, the CoNLL 2018 LAS).
    public var correctUniversalLabelled = 0

    /// Creates an empty score.
    public init() {}

    /// Unlabelled attachment score, in percent.
    public var uas: Double { percent(correctHeads) }
    /// Labelled attachment score with full labels, in percent.
    public var las: Double { percent(correctLabelled) }
    /// Labelled attachment score ignoring relation subtypes (CoNLL 2018 evaluation script), in percent.
    public var universalLAS: Double { percent(correctUniversalLabelled) }

    private func percent(_ n: Int) -> Double { words == 0 ? 0 : 100 * Double(n) / Double(words) }

    /// E.g. `UAS 88.12  LAS 85.40  (CoNLL18 LAS 86.01)  over 25148 words`.
    public var description: String {
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        return "UAS \(f(uas))  LAS \(f(las))  (CoNLL18 LAS \(f(universalLAS)))  over \(words) words"
    }
}

/// Scores parses against gold CoNLL-U trees.
public enum ParserEvaluation {
    /// Parses copies of `gold` with `parser` (using the tags they carry) and scores them.
    public static func evaluate(_ parser: DependencyParser, on gold: [CoNLLUSentence]) -> ParserScore {
        var predicted = gold
        parser.parse(&predicted)
        return score(predicted: predicted, gold: gold)
    }

    /// Scores `predicted` against `gold` word by word; sentences must have the same words.
    public static func score(predicted: [CoNLLUSentence], gold: [CoNLLUSentence]) -> ParserScore {
        var score = ParserScore()
        for (p, g) in zip(predicted, gold) {
            for (pw, gw) in zip(p.words, g.words) {
                score.words += 1
                guard pw.head == gw.head else { continue }
                score.correctHeads += 1
                if pw.relation == gw.relation { score.correctLabelled += 1 }
                if universal(pw.relation) == universal(gw.relation) { score.correctUniversalLabelled += 1 }
            }
        }
        return score
    }

    private static func universal(_ relation: String) -> Substring {
        relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation)
    }
}
