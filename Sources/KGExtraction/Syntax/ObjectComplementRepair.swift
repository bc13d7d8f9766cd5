import KGCore
import KGSyntax
import KGText

/// Mends a misparse of a verb's complement: in "accused the president of arrogance" or "accused the United States
/// of meddling in the election" the parser hangs the "of" phrase on the object, so the object reads "the president
/// of arrogance" and names no one; in "discussed sanctions with the Russian ambassador" the ambassador is the one
/// sanctions were discussed with. For the verbs of `object-complement-verbs` ("accuse … of", "discuss … with"),
/// the last phrase with the verb's preposition inside the object (not inside a clause of it) becomes the verb's
/// own (an oblique, or an adverbial clause for a gerund). A proper noun after "of" stays where it is ("the
/// president of France"), and so does a portfolio after a title ("the minister of trade").
enum ObjectComplementRepair {
    static let prepositions = Lexicon.map(.objectComplementVerbs)

    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for verb in 0..<tree.count where tree.upos(verb) == .verb && tree.relation(verb) != .amod && tree.relation(verb) != .compound {
            guard let preposition = prepositions[tree.lemma(verb)], let object = tree.child(of: verb, [.obj]) else { continue }
            let marked = { (w: Int) in
                tree.children(of: w, [.case, .mark]).contains { tree.lemma($0).lowercased() == preposition }
            }
            // The verb has its complement already.
            if tree.children[verb].contains(where: { $0 > object && marked($0) }) { continue }
            // Not a phrase inside a clause of the object ("the DUP of pushing the politics of fear": "of fear" is
            // the politics').
            let outsideClauses = { (w: Int) -> Bool in
                var k = tree.head(of: w)
                while let h = k, h != object {
                    if tree.upos(h) == .verb { return false }
                    k = tree.head(of: h)
                }
                return true
            }
            guard let phrase = tree.subtree(of: object).filter({ w in
                w > object && [.nmod, .acl, .advcl].contains(tree.relation(w)) && marked(w) && outsideClauses(w)
            }).max() else { continue }
            // "of" after a noun names whose it is; "with" after one names a partner of the verb ("discussed trade
            // with China", "raised it with him").
            if preposition == "of", tree.upos(phrase) == .propn || tree.upos(phrase) == .pron { continue }
            if let holder = tree.head(of: phrase), SyntaxLexicon.roleNouns.contains(tree.lemma(holder)),
               SyntaxLexicon.titleWords.contains(tree.lemma(phrase).lowercased()) { continue }
            out[phrase].head = verb + 1
            out[phrase].relation = tree.relation(phrase) == .nmod ? "obl" : "advcl"
        }
        return out == tree.words ? nil : out
    }
}
