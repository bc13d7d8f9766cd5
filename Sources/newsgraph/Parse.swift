import ArgumentParser
import KGExtraction
import KGSyntax
import KGText

/// `newsgraph parse`: sentences, tokens, tags, lemmas and dependencies as CoNLL-U.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split, tokenize, tag, lemmatize and parse articles; print CoNLL-U.")

    @ArgumentParser.Argument(help: "Files or directories (.txt, .md, .jsonl) to read; - reads standard input.")
    var paths: [String]

    func run() throws {
        let reader = try DocumentReader(paths: paths)
        // The annotator the extraction uses, so that what `parse` shows is what the rules read.
        let annotator = try SyntaxAnnotator.loadDefault(for: Gazetteer.bundled())
        let splitter = SentenceSplitter()
        while let document = reader.next() {
            var sentences = splitter.split(document.text)
            annotator.annotate(&sentences)
            let conllu = sentences.map { sentence in
                CoNLLUSentence(
                    comments: ["doc_id = \(document.id)", "sent_id = \(document.id)-\(sentence.index + 1)", "text = \(sentence.text.split(whereSeparator: \.isNewline).joined(separator: " "))"],
                    words: sentence.words)
            }
            Terminal.write(CoNLLU.format(conllu))
        }
        Terminal.report(reader.warnings)
    }
}
