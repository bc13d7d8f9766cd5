/// Which extractor turns sentences into assertions.
public enum ExtractorKind: String, Sendable, CaseIterable, Codable {
    /// Gazetteer actors and the verb between them; needs no parse.
    case baseline
    /// Dependency-based extraction over our tagger and parser.
    case syntax
}
