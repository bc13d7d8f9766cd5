import ArgumentParser
import Foundation
import KGSyntax
import KGText

/// `newsgraph eval ner`: exact-span precision, recall and F1 of the named-entity tagger on a Universal NER file.
struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score the named-entity tagger on a Universal NER IOB2 file (exact spans, CoNLL style).",
        discussion: """
            Uses the file's tokens, tags them with the bundled POS tagger, then the named-entity tagger. An entity
            counts only when its span and type match exactly; PER, ORG and LOC are scored (other gold types are
            ignored on both sides).
            """)

    @ArgumentParser.Argument(help: "An IOB2 file, e.g. ../shared/data/ner/en_ewt-uner-test.iob2.")
    var file: String

    @Option(help: "Named-entity model file (default: the bundled ner.bin).")
    var model: String?

    @Flag(help: "Also print every missed gold entity and every false entity, with its sentence.")
    var errors = false

    func run() throws {
        let gold = try EntityCorpus.read(path: file)
        guard !gold.isEmpty else { throw ValidationError("\(file) holds no sentences") }
        let tagger = try PartOfSpeechTagger.loadDefault()
        let entities = try model.map { try NamedEntityTagger.load(from: URL(fileURLWithPath: $0)) }
            ?? NamedEntityTagger.loadDefault()
        var sentences = gold
        for i in sentences.indices { tagger.tag(&sentences[i]) }
        let clock = ContinuousClock()
        let start = clock.now
        var tagged = sentences
        for i in tagged.indices { entities.tag(&tagged[i]) }
        let elapsed = clock.now - start
        var scores = EntityScores()
        for (g, p) in zip(gold, tagged) { scores.add(gold: g.map(\.entity), predicted: p.map(\.entity)) }
        if errors { Terminal.write(Self.errorReport(gold: gold, tagged: tagged, types: scores.types)) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let words = gold.reduce(0) { $0 + $1.count }
        Terminal.write("\(file): \(gold.count) sentences, \(words) words\n")
        Terminal.write(Self.table(scores))
        Terminal.write("speed  \(Int(Double(words) / max(seconds, 1e-9))) words/s entity tagging alone, one core\n")
    }

    /// One line per miss (`-`, a gold entity not found exactly) and per false entity (`+`, found but not gold),
    /// with what the other side had over those words and the sentence.
    static func errorReport(gold: [[Word]], tagged: [[Word]], types: Set<String>) -> String {
        var out = ""
        for (s, (g, p)) in zip(gold, tagged).enumerated() {
            let goldSpans = EntitySpan.spans(ofTags: g.map(\.entity)).filter { types.contains($0.type) }
            let found = EntitySpan.spans(ofTags: p.map(\.entity)).filter { types.contains($0.type) }
            let missed = goldSpans.filter { !found.contains($0) }
            let spurious = found.filter { !goldSpans.contains($0) }
            guard !missed.isEmpty || !spurious.isEmpty else { continue }
            let forms = g.map(\.form)
            func text(_ span: EntitySpan) -> String { forms[span.range].joined(separator: " ") }
            func other(_ span: EntitySpan, in spans: [EntitySpan]) -> String {
                let overlapping = spans.filter { $0.range.overlaps(span.range) }
                return overlapping.isEmpty ? "nothing" : overlapping.map { "\($0.type) '\(text($0))'" }.joined(separator: ", ")
            }
            for span in missed { out += "- \(span.type) '\(text(span))' (found: \(other(span, in: found)))\n" }
            for span in spurious { out += "+ \(span.type) '\(text(span))' (gold: \(other(span, in: goldSpans)))\n" }
            out += "  sentence \(s + 1): \(forms.joined(separator: " "))\n"
        }
        return out
    }

    /// The scores as a table: one line per type, then the overall line.
    static func table(_ scores: EntityScores) -> String {
        func line(_ name: String, _ c: EntityScores.Counts) -> String {
            name.padding(toLength: 8, withPad: " ", startingAt: 0)
                + String(format: " P %.3f  R %.3f  F1 %.3f  (gold %d, found %d, correct %d)\n",
                         c.precision, c.recall, c.f1, c.gold, c.predicted, c.correct)
        }
        var out = ""
        for type in NamedEntityType.allCases {
            out += line(type.rawValue, scores.byType[type.rawValue] ?? EntityScores.Counts())
        }
        return out + line("overall", scores.overall)
    }
}
