import ArgumentParser
import Foundation
import KGPipeline

/// `newsgraph eval actors`: run the pipeline on the gold articles and score its actor edges.
struct EvalActors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Score actor edges against the hand-annotated gold (Tests/Gold): P/R/F1, pair-only F1, negation, causes.")

    @Option(help: "Gold JSONL, e.g. Tests/Gold/dev.jsonl.")
    var gold: String

    @Option(help: "Score only the articles of this split (dev or test).")
    var split: GoldSplit?

    @Option(help: "Directory of the news corpora the gold ids come from (JSONL files, read recursively).")
    var corpora = "../shared/data/news"

    @Flag(help: "List every miss and false edge with its article id and offset.")
    var verbose = false

    @OptionGroup var extraction: ExtractionOptions

    /// The gold's splits.
    enum GoldSplit: String, ExpressibleByArgument, CaseIterable {
        case dev, test
    }

    func run() throws {
        let goldSet = try ActorGold.load(path: gold, split: split?.rawValue)
        guard !goldSet.articles.isEmpty else {
            throw ValidationError("\(gold) has no\(split.map { " \($0.rawValue)" } ?? "") articles")
        }
        let documents = try goldSet.documents(inCorpora: corpora)
        let pipeline = try Pipeline(extractor: extraction.extractor, beamWidth: extraction.beam)
        let score = ActorEvaluation.score(gold: goldSet, predictions: documents.map(pipeline.actorPrediction(for:)))
        Terminal.write(Self.report(score, gold: gold, split: split?.rawValue))
        if verbose { Terminal.write(Self.details(score)) }
    }

    static func report(_ s: ActorScore, gold: String, split: String?) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func row(_ label: String, _ count: Int) -> String { "  \(label.padding(toLength: 22, withPad: " ", startingAt: 0)) \(count)\n" }
        var out = """
            actor edges, \(gold)\(split.map { " (\($0))" } ?? ""): \(s.articles) articles, \(s.goldEdges) gold edges, \
            \(s.predictedEdges) predicted
            P \(f(s.precision))  R \(f(s.recall))  F1 \(f(s.f1))   (\(s.matched) matched)
            pair only (subject, object, direction)   P \(f(s.pairPrecision))  R \(f(s.pairRecall))  F1 \(f(s.pairF1))
            negation agreement on matched edges      \(f(s.negationAgreement))   (\(s.negationAgreed)/\(s.matched))
            recall without coreference               \(f(s.recallWithoutCoref))   (\(s.matchedWithoutCoref)/\(s.goldWithoutCoref))
            misses by cause (\(s.goldEdges - s.matched) gold edges not matched):

            """
        for cause in ActorScore.MissCause.allCases where cause != .negationDiffers { out += row(cause.rawValue, s.count(cause)) }
        out += "  matched, but negation differs: \(s.count(.negationDiffers))\n"
        out += "false edges by cause (\(s.falseEdges.count)):\n"
        for cause in ActorScore.FalseEdgeCause.allCases { out += row(cause.rawValue, s.count(cause)) }
        return out
    }

    static func details(_ s: ActorScore) -> String {
        var out = "\nmisses:\n"
        for miss in s.misses {
            let e = miss.edge
            out += "  \(miss.articleID) @\(e.offset)  \(e.subject) —\(e.relation.first ?? "")→ \(e.object)"
                + "\(e.negated ? " (negated)" : "")\(e.coref ? " (coref)" : "")   [\(miss.cause.rawValue)]\n"
        }
        out += "false edges:\n"
        for edge in s.falseEdges {
            let e = edge.edge
            func name(_ node: ActorPrediction.Node, _ gold: String?) -> String {
                gold.map { $0 == node.name ? $0 : "\(node.name) (= \($0))" } ?? node.name
            }
            out += "  \(edge.articleID) @\(edge.offset)  \(name(e.subject, edge.subject)) —\(e.relation)→ \(name(e.object, edge.object))"
                + "\(e.negated ? " (negated)" : "")   [\(edge.cause.rawValue)]\n"
        }
        return out
    }
}
