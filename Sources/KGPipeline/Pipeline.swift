import KGCore
import KGExtraction
import KGGraph
import KGText

/// The façade both shells use for the NLP half: text → sentences → (syntax) → assertions → graph.
public struct Pipeline: Sendable {
    public let extractor: any Extractor
    public let splitter: SentenceSplitter

    /// Loads what the chosen extractor needs (gazetteer, models).
    public init(extractor kind: ExtractorKind = .baseline) throws {
        let gazetteer = try Gazetteer.bundled()
        switch kind {
        case .baseline:
            extractor = BaselineExtractor(gazetteer: gazetteer)
        case .syntax:
            throw PipelineError(
                message: "the syntax extractor is not available in this build",
                hint: "use --extractor baseline")
        }
        splitter = SentenceSplitter()
    }

    /// Splits the document into sentences and annotates them as the extractor needs.
    public func annotate(_ document: Document) -> Document {
        var annotated = document
        annotated.sentences = splitter.split(document.text)
        return annotated
    }

    /// The document annotated, and the assertions found in it.
    public func process(_ document: Document) -> (document: Document, assertions: [Assertion]) {
        let annotated = annotate(document)
        return (annotated, extractor.extractAssertions(from: annotated))
    }
}

/// The pipeline cannot be set up or run as asked.
public struct PipelineError: NewsgraphError {
    public var message: String
    public var hint: String?

    public init(message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
}
