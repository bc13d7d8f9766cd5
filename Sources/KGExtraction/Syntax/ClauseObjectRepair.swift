import KGSyntax
import KGText

/// Mends an object the parser made a second subject: in "China's refusal to condemn Russia angered the US" and
/// "The reporters' group covering the White House says …" it reads the name after the clause's verb as the subject
/// of the main verb, beside the true one, so the clause loses its object and the main verb gains a subject it
/// does not have.
///
/// A verb with two subjects before it, the first modified by a "to" infinitive or an "-ing" participle that has no
/// object, the second beginning right after that verb: the second is the clause verb's object.
enum ClauseObjectRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var changed = false
        for verb in 0..<tree.count where [.verb, .aux].contains(tree.upos(verb)) {
            let subjects = tree.children(of: verb, [.nsubj, .nsubjPass]).filter { $0 < verb }
            guard subjects.count == 2, let first = subjects.first, let second = subjects.last else { continue }
            let clauses = tree.children(of: first, [.acl]).filter { clause in
                clause > first && clause < second && tree.upos(clause) == .verb
                    && (tree.words[clause].xpos == "VBG"
                        || tree.words[clause].xpos == "VB" && tree.children(of: clause, [.mark]).contains { tree.lemma($0) == "to" })
            }
            guard let clause = clauses.last,
                  tree.children(of: clause, [.obj, .ccomp, .xcomp, .nsubj]).isEmpty,
                  [.noun, .propn].contains(tree.upos(second)),
                  tree.subtree(of: second).first == clause + 1
            else { continue }
            out[second].head = clause + 1
            out[second].relation = DependencyRelation.obj.rawValue
            changed = true
        }
        return changed ? out : nil
    }
}
