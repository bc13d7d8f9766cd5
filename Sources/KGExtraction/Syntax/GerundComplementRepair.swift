import KGCore
import KGSyntax
import KGText

/// Mends a gerund complement read as an adjective: in "Iran denies supplying drones to Russia" the parser takes
/// "supplying" for an adjective of "drones" (as in "growing ties"), so Iran denies drones and supplies nothing.
/// After a verb of `gerund-complement-verbs` ("deny", "begin", "consider"), a present participle right after the
/// verb (or its particle: "ruled out holding") that modifies the verb's object is the verb's complement; the
/// noun becomes the participle's object and the noun's prepositional phrases after it the participle's own
/// ("to Russia"); a gerund read as a noun complement with an object of its own ("denied meeting the ambassador")
/// is a verb. Other verbs keep their adjectives ("analyzing conflicting allegations", "see worrying tendencies").
enum GerundComplementRepair {
    static let verbs = Lexicon.words(.gerundComplementVerbs)

    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for verb in 0..<tree.count where tree.upos(verb) == .verb && verbs.contains(tree.lemma(verb)) {
            // "denied meeting the ambassador" with "meeting" a noun complement that has an object: the verb "meet".
            for noun in tree.children(of: verb, [.xcomp]) where tree.upos(noun) == .noun && tree.words[noun].xpos == "NN"
                && tree.words[noun].form.lowercased().hasSuffix("ing") && tree.child(of: noun, [.obj]) != nil {
                out[noun].upos = UniversalPOS.verb.rawValue
                out[noun].xpos = "VBG"
                out[noun].lemma = RuleLemmatizer.verbLemma(tree.words[noun].form.lowercased())
            }
            let particle = tree.child(of: verb, [.compoundPrt])
            let gerund = (particle.map { max($0, verb) } ?? verb) + 1
            guard gerund < tree.count, tree.words[gerund].xpos == "VBG", tree.relation(gerund) == .amod,
                  let noun = tree.head(of: gerund), noun > gerund, tree.head(of: noun) == verb, tree.relation(noun) == .obj
            else { continue }
            out[gerund].head = verb + 1
            out[gerund].relation = DependencyRelation.xcomp.rawValue
            out[gerund].upos = UniversalPOS.verb.rawValue
            out[noun].head = gerund + 1
            for c in tree.children(of: noun, [.nmod]) where c > noun {
                out[c].head = gerund + 1
                out[c].relation = DependencyRelation.obl.rawValue
            }
        }
        return out == tree.words ? nil : out
    }
}
