import KGSyntax
import KGText

/// Mends a titled name whose title is owned by the name before it: in "Trump senior adviser Jared Kushner said …" or
/// "Berg adviser Tom Ruiz added: …" the parser makes the owner ("Trump") the subject and hangs the person from it as
/// a conjunct or apposition, or gives the verb two subjects, so the words were said by Trump. When a name is followed
/// directly by a title (`role-nouns`, with its adjectives: "senior adviser") and a person's name, with no comma or
/// conjunction between, the person takes the owner's place, the title describes the person (as the parser reads
/// "Kremlin spokesman Dmitry Peskov") and the owner is the title's compound: the person acts, and holds the office of
/// the owner.
enum OwnerTitleRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var changed = false
        for name in 2..<max(2, tree.count) where tree.words[name].entity == "B-PER" && tree.upos(name) == .propn {
            let title = name - 1
            guard tree.isRoleNoun(title), tree.words[title].form.first?.isLowercase == true else { continue }
            var owner = title - 1
            while owner >= 0, tree.upos(owner) == .adj, tree.words[owner].form.first?.isLowercase == true { owner -= 1 }
            guard owner >= 0, tree.upos(owner) == .propn, let slot = tree.relation(owner), [.nsubj, .nsubjPass, .obj, .iobj, .obl].contains(slot.base)
            else { continue }
            let ownerHead = tree.head(of: owner)
            let hungFromOwner = tree.head(of: name) == owner && [.conj, .appos, .flat, .compound].contains(tree.relation(name))
            let secondArgument = tree.head(of: name) == ownerHead && tree.relation(name) == slot
            guard hungFromOwner || secondArgument else { continue }
            out[name].head = ownerHead.map { $0 + 1 } ?? 0
            out[name].relation = tree.words[owner].relation
            out[title].head = name + 1
            out[title].relation = DependencyRelation.nmodDesc.rawValue
            for adjective in owner + 1..<title {
                out[adjective].head = title + 1
                out[adjective].relation = DependencyRelation.amod.rawValue
            }
            out[owner].head = title + 1
            out[owner].relation = DependencyRelation.compound.rawValue
            // What hung from the owner after the name (the list's other conjuncts) is the name's now.
            for c in tree.children[owner] where c > name { out[c].head = name + 1 }
            changed = true
        }
        return changed ? out : nil
    }
}
