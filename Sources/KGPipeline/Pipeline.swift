import KGCore
import KGExtraction
import KGGraph
import KGSyntax
import KGText

/// The façade both shells use for the NLP half: text → sentences → (syntax) → assertions → graph.
public struct Pipeline: Sendable {
    public let extractor: any Extractor
    public let splitter: SentenceSplitter
    /// Tagger, lemmatizer and parser, loaded only when the extractor needs them.
    public let syntax: SyntaxAnnotator?
    /// User corrections to entity resolution, applied to every document's assertions (`ingest --aliases`).
    public var aliases = AliasTable()

    /// Loads what the chosen extractor needs (gazetteer, models).
    /// `beamWidth` overrides the parser's default beam (1 = greedy: about 2.5 times faster, about 1 LAS lower).
    public init(extractor kind: ExtractorKind = .syntax, beamWidth: Int? = nil) throws {
        let gazetteer = try Gazetteer.bundled()
        var syntax: SyntaxAnnotator?
        switch kind {
        case .baseline:
            extractor = BaselineExtractor(gazetteer: gazetteer)
        case .syntax:
            syntax = try SyntaxAnnotator.loadDefault(for: gazetteer)
            extractor = SyntaxExtractor(gazetteer: gazetteer, caseProfile: syntax?.entityTagger?.caseProfile)
        }
        if let beamWidth { syntax?.parser.beamWidth = max(1, beamWidth) }
        self.syntax = syntax
        splitter = SentenceSplitter(maxRunOnWords: Self.maxRunOnWords)
    }

    /// Words kept from a stretch of text without sentence boundaries (a table, a dump, junk): enough for any
    /// real sentence, few enough that a 10 MB run-on costs no more than tokenizing it.
    public static let maxRunOnWords = 1_000

    /// Splits the document into sentences and annotates them as the extractor needs.
    public func annotate(_ document: Document) -> Document {
        var annotated = document
        annotated.sentences = ShareBar.removed(from: splitter.split(document.text))
        syntax?.annotate(&annotated.sentences)
        return annotated
    }

    /// Annotates a document whose lines are its sentences (see `LineSentences`).
    public func annotate(lines document: Document, pretokenized: Bool) -> Document {
        var annotated = document
        // One line is one sentence, however long; the run-on cap bounds the parser's work on it.
        annotated.sentences = LineSentences.split(document.text, pretokenized: pretokenized, tokenizer: splitter.tokenizer,
                                                  maxWords: max(splitter.maxWords, splitter.maxRunOnWords ?? 0))
        syntax?.annotate(&annotated.sentences)
        return annotated
    }

    /// The document annotated, and the assertions found in it.
    public func process(_ document: Document) -> (document: Document, assertions: [Assertion]) {
        let processed = processReportingRunOns(document)
        return (processed.document, processed.assertions)
    }

    /// `process(_:)`, also returning the run-ons the splitter cut short (see `maxRunOnWords`).
    public func processReportingRunOns(_ document: Document)
        -> (document: Document, assertions: [Assertion], runOns: [SentenceSplitter.RunOn]) {
        var annotated = document
        let split = splitter.splitReportingRunOns(document.text)
        annotated.sentences = ShareBar.removed(from: split.sentences)
        syntax?.annotate(&annotated.sentences)
        return (annotated, aliases.apply(to: extractor.extractAssertions(from: annotated)), split.runOns)
    }
}
