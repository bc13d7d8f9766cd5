import KGSyntax

extension SyntaxAnnotator {
    /// The shipped models, told what the gazetteer knows that tagging needs: its demonyms, so that in "Houthi
    /// rebels took the capital" the rebels act, with their group as a modifier (see `adjectiveForms`). The
    /// pipeline, `parse` and the extraction tests load the annotator this way.
    public static func loadDefault(for gazetteer: Gazetteer) throws -> SyntaxAnnotator {
        var annotator = try loadDefault()
        annotator.adjectiveForms = gazetteer.adjectiveDemonyms
        annotator.properNounForms = gazetteer.properNounForms
        return annotator
    }
}
