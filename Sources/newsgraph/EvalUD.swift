import ArgumentParser
import Foundation
import KGSyntax
import KGText

/// `newsgraph eval ud`: tagging, lemma and parsing accuracy with gold tokens, and tokenization from raw text.
struct EvalUD: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ud",
        abstract: "Score the tagger, lemmatizer, parser and tokenizer on a UD CoNLL-U file.",
        discussion: """
            UPOS, XPOS, lemmas, UAS and LAS use the file's gold tokenization and our predicted tags (punctuation
            included; LAS compares universal relations, as the CoNLL 2018 shared task's script does, and LAS
            full also the subtypes). Tokens, words and sentences F1 tokenize the raw text
            rebuilt from the file's `# text` lines and align by character offsets.
            """)

    @ArgumentParser.Argument(help: "A CoNLL-U file, e.g. ../shared/data/ud/en_ewt-ud-test.conllu.")
    var file: String

    @Flag(help: "Also parse with the gold tags (shows how much tagging errors cost the parser).")
    var goldTags = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        let gold = try CoNLLU.parse(String(decoding: data, as: UTF8.self), path: file)
        guard !gold.isEmpty else { throw ValidationError("\(file) holds no sentences") }
        let annotator = try SyntaxAnnotator.loadDefault()

        let tagging = TaggingEvaluator.evaluate(gold, tagger: annotator.tagger, lemmatizer: annotator.lemmatizer)
        // Parse over predicted tags: the tagger's output, gold forms and tokenization.
        var predicted = gold.map { sentence in
            var copy = sentence
            copy.words = sentence.words.map { Word(form: $0.form, span: $0.span, spaceAfter: $0.spaceAfter) }
            return copy
        }
        let clock = ContinuousClock()
        let start = clock.now
        for i in predicted.indices {
            annotator.annotate(words: &predicted[i].words)
        }
        let elapsed = clock.now - start
        let parsing = ParserEvaluation.score(predicted: predicted, gold: gold)
        let tokenization = TokenizationEvaluator().evaluate(goldSentences: gold)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18

        func pct(_ x: Double) -> String { String(format: "%6.2f", x) }
        Terminal.write("""
            \(file): \(gold.count) sentences, \(tagging.words) words
            UPOS      \(pct(tagging.uposAccuracy))
            XPOS      \(pct(tagging.xposAccuracy))
            Lemmas    \(pct(tagging.lemmaAccuracy))
            UAS       \(pct(parsing.uas))   (predicted tags, gold tokenization)
            LAS       \(pct(parsing.universalLAS))   (CoNLL 2018: universal relations, nsubj:pass counts as nsubj)
            LAS full  \(pct(parsing.las))   (with relation subtypes)

            """)
        if goldTags {
            let goldTagged = ParserEvaluation.evaluate(annotator.parser, on: gold)
            Terminal.write("UAS/LAS/LAS full with gold tags  \(pct(goldTagged.uas)) / \(pct(goldTagged.universalLAS)) / \(pct(goldTagged.las))\n")
        }
        Terminal.write("""
            Tokens    \(pct(tokenization.tokens.f1))   F1 from raw text (P \(pct(tokenization.tokens.precision)), R \(pct(tokenization.tokens.recall)))
            Words     \(pct(tokenization.words.f1))
            Sentences \(pct(tokenization.sentences.f1))   (P \(pct(tokenization.sentences.precision)), R \(pct(tokenization.sentences.recall)))
            speed     \(Int(Double(tagging.words) / max(seconds, 1e-9))) words/s tag+NER+lemmatize+parse on one core (use a release build)

            """)
    }
}
