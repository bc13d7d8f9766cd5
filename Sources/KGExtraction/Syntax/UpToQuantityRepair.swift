import KGSyntax
import KGText

/// Mends a misparse of a quantity opened by "up to": in "sent up to 1,000 troops to Kuwait" the parser reads "up"
/// as the verb's particle and "to 1,000 troops" as a phrase of the verb, so the relation becomes "send up to", its
/// object the troops and the recipient is lost. When "up" (a particle or adverb of a verb) is followed by "to" and
/// a number of the noun "to" marks, "up to" modifies the number and the noun is the verb's object (when it has
/// none).
enum UpToQuantityRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var changed = false
        for up in 0..<max(0, tree.count - 3) where tree.words[up].form.lowercased() == "up" {
            let to = up + 1, number = up + 2
            guard let verb = tree.head(of: up), tree.upos(verb) == .verb,
                  tree.relation(up) == .compoundPrt || tree.relation(up) == .advmod,
                  tree.words[to].form.lowercased() == "to", tree.relation(to) == .case,
                  tree.upos(number) == .num, let noun = tree.head(of: to), tree.head(of: noun) == verb,
                  tree.relation(noun) == .obl, tree.head(of: number) == noun
            else { continue }
            out[up].head = number + 1
            out[up].relation = DependencyRelation.advmod.rawValue
            out[to].head = up + 1
            out[to].relation = DependencyRelation.fixed.rawValue
            if tree.child(of: verb, [.obj]) == nil { out[noun].relation = DependencyRelation.obj.rawValue }
            changed = true
        }
        return changed ? out : nil
    }
}
