import ArgumentParser
import KGExtraction
import KGPipeline
import KGSyntax
import KGText

/// `newsgraph parse`: sentences, tokens, tags, lemmas and dependencies as CoNLL-U.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split, tokenize, tag, lemmatize and parse articles; print CoNLL-U.")

    @ArgumentParser.Argument(help: "Files or directories (.txt, .md, .jsonl) to read; - reads standard input.")
    var paths: [String]

    @Flag(help: """
        Print the trees as the extraction rules read them: known names typed and the parser's known misparses \
        mended (the model's own parse without this flag).
        """)
    var asRead = false

    func run() throws {
        let reader = try DocumentReader(paths: paths)
        // The pipeline the extraction uses, so that what `parse` shows is what the rules read.
        let pipeline = try Pipeline(extractor: .syntax)
        let extractor = pipeline.extractor as? SyntaxExtractor
        while let document = reader.next() {
            let annotated = pipeline.annotate(document)
            let conllu = annotated.sentences.map { sentence in
                CoNLLUSentence(
                    comments: ["doc_id = \(document.id)", "sent_id = \(document.id)-\(sentence.index + 1)", "text = \(sentence.text.split(whereSeparator: \.isNewline).joined(separator: " "))"],
                    words: asRead ? extractor?.wordsAsRead(sentence) ?? sentence.words : sentence.words)
            }
            Terminal.write(CoNLLU.format(conllu))
        }
        Terminal.report(reader.warnings)
    }
}
