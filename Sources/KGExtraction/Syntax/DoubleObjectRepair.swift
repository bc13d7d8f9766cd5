import KGSyntax
import KGText

/// Mends a name the parser glued onto the amount after it: "The European Commission fined Google 2.4 billion euros"
/// parsed with "Google" a compound of "euros", so the one fined was "Google 2.4 billion euros", a thing. A proper
/// noun right after its verb, compound of the verb's object with a number between them (the amount's own), is the
/// verb's indirect object: whom the amount is fined, paid or sent.
enum DoubleObjectRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var changed = false
        for name in 1..<max(1, tree.count) where tree.relation(name) == .compound && tree.upos(name) == .propn {
            guard let amount = tree.head(of: name), amount > name + 1, tree.relation(amount) == .obj,
                  let verb = tree.head(of: amount), verb == name - 1, tree.upos(verb) == .verb,
                  tree.upos(name + 1) == .num, tree.head(of: name + 1).map({ $0 == amount || tree.head(of: $0) == amount }) == true,
                  tree.child(of: verb, [.iobj]) == nil
            else { continue }
            out[name].head = verb + 1
            out[name].relation = DependencyRelation.iobj.rawValue
            changed = true
        }
        return changed ? out : nil
    }
}
