import ArgumentParser
import Foundation
import KGCore
import KGPipeline
import KGText

/// `newsgraph extract`: assertions from articles, without storing anything.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract actor/relation/object assertions from articles and print them (nothing is stored).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, jsonl, carb
    }

    @ArgumentParser.Argument(help: "Files or directories (.txt, .md, .jsonl) to read; - reads standard input.")
    var paths: [String]

    @Option(help: "Output format: tsv, jsonl (one assertion per line) or carb (CaRB's tabbed format, whole phrases).")
    var format: Format = .tsv

    @Flag(help: "Each line of the input is one sentence (as in CaRB's dev_sentences.txt).")
    var lines = false

    @Flag(help: "With --lines: the sentences are already tokenized; split words on whitespace only.")
    var pretokenized = false

    @Flag(help: "Print to standard error how long annotation (split, tag, parse) and extraction took.")
    var timing = false

    @OptionGroup var extraction: ExtractionOptions

    func validate() throws {
        if pretokenized && !lines { throw ValidationError("--pretokenized goes with --lines") }
    }

    func run() throws {
        let reader = try DocumentReader(paths: paths, date: extraction.date)
        let pipeline = try Pipeline(extractor: extraction.extractor, beamWidth: extraction.beam)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if format == .tsv {
            Terminal.write("doc\tsentence\tsubject\tsubject_entity\trelation\tnegated\tmodality\tobject\tobject_entity\tattribution\tconfidence\n")
        }
        var count = 0
        var annotationTime = Duration.zero
        var extractionTime = Duration.zero
        var words = 0
        var sentences = 0
        while let document = reader.next() {
            if format == .carb {
                // CaRB's format wants whole phrases per sentence; with --lines the line is the sentence column.
                let predictions = lines
                    ? pipeline.carbPredictions(lines: document.text, pretokenized: pretokenized)
                    : pipeline.carbPredictions(document: document)
                count += predictions.predictionCount
                Terminal.write(predictions.tsv)
                continue
            }
            let start = ContinuousClock.now
            let annotated = lines ? pipeline.annotate(lines: document, pretokenized: pretokenized) : pipeline.annotate(document)
            let annotatedAt = ContinuousClock.now
            let assertions = pipeline.extractor.extractAssertions(from: annotated)
            annotationTime += annotatedAt - start
            extractionTime += ContinuousClock.now - annotatedAt
            words += annotated.sentences.reduce(0) { $0 + $1.words.count }
            sentences += annotated.sentences.count
            for assertion in assertions {
                count += 1
                if format == .jsonl {
                    Terminal.write(String(decoding: try encoder.encode(assertion), as: UTF8.self) + "\n")
                } else {
                    Terminal.write(tsvLine(assertion) + "\n")
                }
            }
        }
        Terminal.report(reader.warnings)
        Terminal.warn("\(count) assertions")
        if timing {
            func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
            let a = seconds(annotationTime), e = seconds(extractionTime)
            Terminal.warn(String(
                format: "timing: %d words, %d sentences; annotation %.2f s (%.0f words/s), extraction %.2f s (%.0f words/s, %.0f sentences/s), extraction adds %.1f%%",
                words, sentences, a, Double(words) / max(a, 1e-9), e, Double(words) / max(e, 1e-9),
                Double(sentences) / max(e, 1e-9), 100 * e / max(a, 1e-9)))
        }
    }

    private func tsvLine(_ a: Assertion) -> String {
        let fields: [String] = [
            a.documentID, String(a.sentenceIndex), a.subject.text, a.subject.entity ?? "", a.relation.lemma,
            a.relation.negated ? "true" : "false", a.relation.modality ?? "", a.object?.text ?? "",
            a.object?.entity ?? "", a.attribution.map { "\($0.text) (\($0.verb))" } ?? "",
            String(format: "%.2f", a.confidence),
        ]
        return fields.map(TextEscaping.tsvFlattened).joined(separator: "\t")
    }
}
