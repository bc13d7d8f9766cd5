import KGCore
import KGText

/// Turns a document's sentences into assertions; implementations are swappable (`--extractor`).
public protocol Extractor: Sendable {
    /// Whether the document's words must carry tags, lemmas and a dependency parse before extraction.
    var needsSyntax: Bool { get }

    /// Every assertion found in the document's sentences, in sentence order.
    func extractAssertions(from document: Document) -> [Assertion]
}
