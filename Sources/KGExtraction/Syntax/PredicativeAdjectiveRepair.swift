import KGSyntax
import KGText

/// Mends a predicative adjective the parser hangs elsewhere: in "became hostile to the European Commission" it reads
/// "hostile" as a modifier of the Commission, in "has grown close to Russia" it reads "close" as an adverb of the
/// verb, so the relation loses its adjective ("become to", "grow to": the subject seems to have gone somewhere).
/// After a linking verb (`linking-verbs`), an adjective directly followed by the preposition of a phrase it cannot
/// modify from outside becomes the verb's predicative complement and the phrase its argument, the shape the parser
/// gives "remained loyal to NATO". Degree adverbs may stand between ("grew increasingly hostile to").
enum PredicativeAdjectiveRepair {
    /// Words the tagger reads as adverbs that are adjectives after a linking verb ("grew close to", "closer to").
    static let adverbialAdjectives: Set<String> = ["close", "closer"]

    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var changed = false
        for verb in 0..<tree.count where tree.upos(verb) == .verb && SyntaxLexicon.linkingVerbs.contains(tree.lemma(verb)) {
            var adjective = verb + 1
            while adjective + 1 < tree.count, tree.upos(adjective) == .adv, tree.relation(adjective) == .advmod,
                  [.adj, .adv].contains(tree.upos(adjective + 1)) {
                adjective += 1
            }
            let preposition = adjective + 1
            guard preposition < tree.count, tree.upos(preposition) == .adp, tree.relation(preposition) == .case,
                  let noun = tree.head(of: preposition), noun > preposition,
                  [.noun, .propn, .pron].contains(tree.upos(noun))
            else { continue }
            let form = tree.words[adjective].form.lowercased()
            let modifiesTheNoun = tree.upos(adjective) == .adj && tree.relation(adjective) == .amod && tree.head(of: adjective) == noun
            let adverbOfTheVerb = tree.upos(adjective) == .adv && Self.adverbialAdjectives.contains(form)
                && tree.head(of: adjective) == verb && (tree.head(of: noun) == verb || tree.head(of: noun) == adjective)
            guard modifiesTheNoun || adverbOfTheVerb else { continue }
            if adverbOfTheVerb {
                out[adjective].upos = UniversalPOS.adj.rawValue
                out[adjective].xpos = form.hasSuffix("er") ? "JJR" : "JJ"
            }
            out[adjective].head = verb + 1
            out[adjective].relation = DependencyRelation.xcomp.rawValue
            out[noun].head = adjective + 1
            out[noun].relation = DependencyRelation.obl.rawValue
            changed = true
        }
        return changed ? out : nil
    }
}
