import KGSyntax
import KGText

/// Mends an agent the parser gave an active verb: in "Berlin banned rallies by Turkish ministers" the "by" phrase
/// (`obl:agent`) says whose rallies they were, but hung on "banned" it reads as the banning's agent and the
/// object loses it ("Berlin banned rallies"). An agent belongs to a passive: on a verb with neither a passive
/// auxiliary nor a participle's tag, a "by" phrase after the verb's object is the object's own (`nmod`).
enum ActiveAgentRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for verb in 0..<tree.count where tree.upos(verb) == .verb && ["VBD", "VBZ", "VBP"].contains(tree.words[verb].xpos) {
            guard tree.child(of: verb, [.auxPass]) == nil, let object = tree.child(of: verb, [.obj]) else { continue }
            for agent in tree.children(of: verb, [.oblAgent]) where agent > object {
                out[agent].head = object + 1
                out[agent].relation = DependencyRelation.nmod.rawValue
            }
        }
        return out == tree.words ? nil : out
    }
}
