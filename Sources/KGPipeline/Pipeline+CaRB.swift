import KGCore
import KGExtraction
import KGText

extension Pipeline {
    /// CaRB predictions for sentences given one per line: each non-blank line of `text` is one sentence and
    /// is written verbatim as the sentence column.
    public func carbPredictions(lines text: String, pretokenized: Bool) -> CaRBPredictions {
        let rawLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .filter { !$0.allSatisfy(\.isWhitespace) }
        let info = DocumentInfo(id: "lines", sourcePath: "-", contentHash: "")
        let document = annotate(lines: Document(info: info, text: text), pretokenized: pretokenized)
        var entries: [CaRBPredictions.Entry] = []
        for (sentence, raw) in zip(document.sentences, rawLines) {
            entries.append(CaRBPredictions.Entry(sentence: raw, predictions: carbTuples(in: sentence)))
        }
        return CaRBPredictions(entries: entries)
    }

    /// CaRB predictions for a document split into sentences as usual; the sentence column is the sentence
    /// text with line breaks turned into spaces.
    public func carbPredictions(document: Document) -> CaRBPredictions {
        CaRBPredictions(entries: annotate(document).sentences.map { sentence in
            CaRBPredictions.Entry(
                sentence: sentence.text.split(whereSeparator: \.isNewline).joined(separator: " "),
                predictions: carbTuples(in: sentence))
        })
    }

    /// The sentence's extractions as CaRB tuples: whole phrases from the syntax extractor, or subject /
    /// relation / object texts from any other extractor.
    public func carbTuples(in sentence: Sentence) -> [CaRBPrediction] {
        if let syntaxExtractor = extractor as? SyntaxExtractor {
            return syntaxExtractor.tuples(in: sentence).map {
                CaRBPrediction(tuple: CaRBTuple(relation: $0.relation, arguments: $0.arguments), confidence: $0.confidence)
            }
        }
        let document = Document(info: DocumentInfo(id: "lines", sourcePath: "-", contentHash: ""), text: "", sentences: [sentence])
        return extractor.extractAssertions(from: document).map { a in
            CaRBPrediction(
                tuple: CaRBTuple(relation: a.relation.text, arguments: [a.subject.text] + (a.object.map { [$0.text] } ?? [])),
                confidence: a.confidence)
        }
    }
}
