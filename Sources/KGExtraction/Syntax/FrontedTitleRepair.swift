import KGCore
import KGSyntax
import KGText

/// Mends a title read as the object of the sentence's verb: in "German chancellor Angela Merkel hosted the summit"
/// or "Russian Deputy Foreign Minister Oleg Syromolotov stressed …" the parser makes "chancellor" (or "Deputy")
/// the verb's object, so that Merkel hosts the chancellor. English puts no object before the subject of a plain
/// clause: an object that ends right where the subject's phrase begins, made of title words (a role noun or a title
/// word, with adjectives and names), is the subject's title. It describes the name (`nmod:desc`, as the treebank
/// writes "foreign minister Sergei Lavrov"; beside the title the parse already gave it, as the parser itself hangs
/// "Russian Deputy" and "Foreign Minister" on "Oleg Syromolotov").
enum FrontedTitleRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for verb in 0..<tree.count where tree.upos(verb) == .verb {
            guard let subject = tree.child(of: verb, [.nsubj, .nsubjPass]), tree.upos(subject) == .propn,
                  tree.words[subject].entity == "B-PER" || PersonVocabulary.gender(ofGivenName: tree.words[subject].form) != nil,
                  let phraseStart = tree.subtree(of: subject).first else { continue }
            for object in tree.children(of: verb, [.obj, .iobj]) where object < subject {
                let words = tree.subtree(of: object)
                guard let last = words.last, last + 1 == phraseStart, words.count == last - words[0] + 1,
                      words.allSatisfy({ [.noun, .propn, .adj].contains(tree.upos($0)) }),
                      words.contains(where: { tree.isRoleWord($0) || SyntaxLexicon.titleWords.contains(tree.lemma($0)) })
                else { continue }
                out[object].head = subject + 1
                out[object].relation = DependencyRelation.nmodDesc.rawValue
            }
        }
        return out == tree.words ? nil : out
    }
}
