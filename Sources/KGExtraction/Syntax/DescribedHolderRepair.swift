import KGSyntax
import KGText

/// Mends an office described before its holder's name without a comma: in "The head of the Russian Direct Investment
/// Fund Kirill Dmitriev said …" the parser gives "said" two subjects, in "The leader of the populist Alternative for
/// Germany (AfD) Frauke Petry told …" it makes the name a conjunct of the party, so the words were the fund's or the
/// party's (or an apposition of the fund). When a person's name follows directly on a role noun's phrase ("the head of X"), with no comma and no
/// conjunction before it, and hangs as a conjunct inside that phrase or as a second argument beside it, the name is
/// the role noun's apposition: the holder, as "The vice chairman of Samsung, Lee Jae-yong, …" is parsed. One word
/// after the phrase is rather the body's name ("a spokesman for the state oil company Petrobras").
enum DescribedHolderRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var changed = false
        // (One holder: not "reporters", "members".)
        for role in 0..<tree.count where tree.isRoleNoun(role) && tree.words[role].form.first?.isLowercase == true
            && tree.words[role].xpos != "NNS" {
            guard tree.children(of: role, [.nmod]).contains(where: { $0 > role }) else { continue }
            let phrase = tree.subtree(of: role)
            guard let end = phrase.max() else { continue }
            // The name starts right after the phrase, or after the part of it that hangs from the phrase's inside
            // (the conjunct case: the name is in the subtree).
            let name = (role + 1..<tree.count).first { w in
                tree.words[w].entity == "B-PER" && tree.upos(w) == .propn && (w == end + 1 || phrase.contains(w))
            }
            // A person's name of two words or more ("the state oil company Petrobras" names the company).
            guard let name, name > role + 2, tree.children(of: name, [.cc]).isEmpty,
                  name + 1 < tree.count, tree.words[name + 1].entity == "I-PER",
                  ![",", "and", "or", ";", "-", "--", "—", "–"].contains(tree.words[name - 1].form.lowercased()),
                  // Not the holder of a title inside the phrase: "spokesman for ex-House Speaker John Boehner" is the
                  // Speaker.
                  tree.head(of: name).map({ !tree.isRoleOrTitleWord($0) }) ?? true
            else { continue }
            let inside = phrase.contains(name) && [.conj, .appos].contains(tree.relation(name)) && tree.head(of: name) != role
            let beside = !phrase.contains(name) && tree.head(of: name) == tree.head(of: role) && tree.relation(name) == tree.relation(role)
            guard inside || beside else { continue }
            out[name].head = role + 1
            out[name].relation = DependencyRelation.appos.rawValue
            changed = true
        }
        return changed ? out : nil
    }
}
