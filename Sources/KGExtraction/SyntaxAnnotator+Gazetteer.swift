import KGCore
import KGSyntax

extension SyntaxAnnotator {
    /// The shipped models, told what the gazetteer and the relation taxonomy know that tagging needs: the
    /// gazetteer's demonyms, so that in "Houthi rebels took the capital" the rebels act, with their group as a
    /// modifier (see `adjectiveForms`), its one-word names, and the taxonomy's verbs, so that "US sanctions Russia"
    /// is a clause (see `headlineVerbLemmas`), its content nouns, so that "denied reports that …" reports (see
    /// `contentNounLemmas`), and the verbs that take a clause, so that "the government fears that …" fears (see
    /// `clauseVerbLemmas`), and the control verbs, so that "NASA plans to launch …" plans (see `controlVerbLemmas`). The pipeline, `parse` and the extraction tests load the annotator
    /// this way.
    public static func loadDefault(for gazetteer: Gazetteer) throws -> SyntaxAnnotator {
        var annotator = try loadDefault()
        annotator.adjectiveForms = gazetteer.adjectiveDemonyms
        annotator.properNounForms = gazetteer.properNounForms
        annotator.headlineVerbLemmas = Set(RelationTaxonomy.entries.keys.filter { !$0.contains(" ") })
        annotator.contentNounLemmas = Lexicon.words(.contentNouns)
        annotator.clauseVerbLemmas = Lexicon.words(.speechVerbs).union(Lexicon.map(.irrealisComplementVerbs).keys)
        annotator.controlVerbLemmas = Set(Lexicon.map(.controlModality).keys).union(Lexicon.words(.commitmentVerbs))
        return annotator
    }
}
