import KGCore
import KGSyntax

/// Relations stated by a noun between two named actors: "relations between Moscow and Tbilisi", "talks between
/// Serbia and Kosovo collapsed", "the war between Iran and Iraq". For a noun of `between-nouns` with a "between X
/// and Y" phrase, each earlier named conjunct gets the noun's relation to each later one. The noun's clause
/// decides what kind of statement it is: "a possible meeting between", "called for talks between", "will hold
/// talks", "said talks between … would resume" keep their modality and speaker; "no deal between" is negated;
/// "any contacts between" (asked about, denied) states nothing.
struct BetweenRelations {
    let tree: DependencyTree
    let finder: PropositionFinder

    typealias L = SyntaxLexicon

    init(_ tree: DependencyTree) {
        self.tree = tree
        self.finder = PropositionFinder(tree)
    }

    func propositions() -> [Proposition] {
        var out: [Proposition] = []
        for noun in 0..<tree.count where tree.upos(noun) == .noun {
            guard let relation = L.betweenNouns[tree.lemma(noun).lowercased()] else { continue }
            let determiners = tree.children(of: noun, [.det]).map { tree.words[$0].form.lowercased() }
            if determiners.contains("any") { continue }
            let phrases = tree.children(of: noun, [.nmod]).filter { finder.preposition(of: $0) == "between" }
            guard !phrases.isEmpty else { continue }
            // What kind of statement the noun's clause makes, the same for every pair.
            let speech = finder.nounClause(of: noun).flatMap { finder.attribution(of: $0) }
            let negated = determiners.contains("no") != speech.map { L.denialVerbs.contains($0.verb) } ?? false
            let modality = finder.nounModality(of: noun)
            for between in phrases {
                let members = [between] + tree.conjuncts(of: between)
                guard members.count >= 2, members.allSatisfy({ tree.upos($0) == .propn }) else { continue }
                for (i, first) in members.enumerated() {
                    for second in members[(i + 1)...] {
                        var p = Proposition(
                            predicate: noun, relationWords: [noun] + finder.caseWords(of: between), lemma: relation,
                            subject: member(first), object: member(second), negated: negated, modality: modality,
                            confidence: ExtractionConfidence.betweenNoun)
                        p.attribution = speech
                        out.append(p)
                    }
                }
            }
        }
        return out
    }

    /// A member's words without what the parser hung on it ("Kushner at Trump Tower").
    private func member(_ w: Int) -> Phrase {
        Phrase(head: w, words: finder.phraseWords(w) { [.nmod, .acl, .nmodPoss].contains(tree.relation($0)) && $0 > w })
    }
}
