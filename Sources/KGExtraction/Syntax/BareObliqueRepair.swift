import KGSyntax
import KGText

/// Mends a name the parser made an oblique without a preposition: in "Xi Jinping received Russian President
/// Vladimir Putin in Beijing" it hangs "Vladimir Putin" on the verb as `obl` with no case marker, so the verb has
/// no object. A proper noun right after its verb (its own modifiers in between, no punctuation), with no
/// preposition, that is no day, month or other time and no title ("since becoming Oklahoma Attorney General"), of
/// a verb without an object that does not link its subject to a description ("become", "remain"): the object.
enum BareObliqueRepair {
    typealias L = SyntaxLexicon

    /// Verbs besides the linking verbs whose bare noun after them describes the subject ("was Attorney General",
    /// "came to be an Edutainer"; "became" is a linking verb).
    static let describing: Set<String> = ["be", "come"]

    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var changed = false
        for name in 0..<tree.count where tree.relation(name) == .obl && tree.upos(name) == .propn {
            guard let verb = tree.head(of: name), verb < name, tree.upos(verb) == .verb,
                  tree.children(of: verb, [.obj, .ccomp]).isEmpty, tree.child(of: name, [.case]) == nil,
                  tree.subtree(of: name).first == verb + 1, tree.upos(verb + 1) != .punct,
                  !L.temporalNouns.contains(tree.words[name].form.lowercased()),
                  !L.titleWords.contains(tree.lemma(name).lowercased()), !L.roleNouns.contains(tree.lemma(name).lowercased()),
                  !Self.describing.contains(tree.lemma(verb)), !L.linkingVerbs.contains(tree.lemma(verb))
            else { continue }
            out[name].relation = DependencyRelation.obj.rawValue
            changed = true
        }
        return changed ? out : nil
    }
}
