import ArgumentParser
import Foundation
import KGExtraction
import KGPipeline

/// `newsgraph eval carb`: extract from CaRB's sentences and score against its gold tuples.
struct EvalCaRB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carb",
        abstract: "Score the extractor on the CaRB Open IE benchmark (F1 and AUC, as CaRB defines them).")

    @Option(help: "Gold tuples, e.g. ../shared/data/carb/dev_gold.tsv.")
    var gold: String

    @Option(help: "Sentences, one per line (already tokenized), e.g. ../shared/data/carb/dev_sentences.txt.")
    var sentences: String?

    @Option(help: "Score this prediction file instead of running the extractor.")
    var predictions: String?

    @Option(help: "sentence<TAB>domain file for a per-domain split, e.g. ../shared/data/carb/dev_domain.tsv.")
    var domains: String?

    @Option(help: "Also write our predictions here (CaRB's tabbed format).")
    var output: String?

    @OptionGroup var extraction: ExtractionOptions

    func validate() throws {
        guard (sentences == nil) != (predictions == nil) else {
            throw ValidationError("give either --sentences (to run the extractor) or --predictions (to score a file)")
        }
    }

    func run() throws {
        let goldTuples = try CaRBGold.load(goldTSV: gold)
        let scored: CaRBPredictions
        var seconds = 0.0
        if let predictions {
            scored = try CaRBPredictions.load(path: predictions)
        } else if let sentences {
            guard let data = FileManager.default.contents(atPath: sentences) else { throw ValidationError("cannot read \(sentences)") }
            let pipeline = try Pipeline(extractor: extraction.extractor, beamWidth: extraction.beam)
            let start = ContinuousClock.now
            scored = pipeline.carbPredictions(lines: String(decoding: data, as: UTF8.self), pretokenized: true)
            let elapsed = ContinuousClock.now - start
            seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        } else {
            return
        }
        if let output {
            do { try scored.tsv.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw ValidationError("cannot write \(output): \(error.localizedDescription)")
            }
        }
        let many = CaRBScorer.score(gold: goldTuples, predictions: scored, matching: .manyToOne)
        let one = CaRBScorer.score(gold: goldTuples, predictions: scored, matching: .oneToOne)
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        Terminal.write("""
            CaRB \(gold): \(many.sentenceCount) sentences, \(many.goldTupleCount) gold tuples, \(scored.predictionCount) predictions
            F1   \(f(many.f1))   (P \(f(many.precisionAtBestF1)), R \(f(many.recallAtBestF1)) at confidence ≥ \(many.bestThreshold.map { String(format: "%.3f", $0) } ?? "–"))
            AUC  \(f(many.auc))   (\(many.thresholdCount) thresholds)
            1-1  F1 \(f(one.f1)) / AUC \(f(one.auc))

            """)
        if let domains {
            let split = try CaRBDomainSplit.load(path: domains)
            for (domain, score) in split.scores(gold: goldTuples, predictions: scored, matching: .manyToOne).sorted(by: { $0.key < $1.key }) {
                Terminal.write("\(domain.padding(toLength: 9, withPad: " ", startingAt: 0)) F1 \(f(score.f1)) / AUC \(f(score.auc))\n")
            }
        }
        if seconds > 0 {
            Terminal.write(String(format: "extraction: %.0f sentences/s (tag, parse, extract; one core)\n", Double(scored.entries.count) / seconds))
        }
    }
}
