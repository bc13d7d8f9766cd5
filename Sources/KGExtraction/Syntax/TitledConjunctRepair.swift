import KGSyntax
import KGText

/// Mends a misparse of a list of titled names: in "Israeli PM Benjamin Netanyahu and US President Donald Trump
/// discussed Iran" the parser makes the second title ("President") the conjunct and hangs the name after it
/// ("Donald Trump") from the first name as an apposition, so the second subject reads "US President" (the United
/// States) and Trump is lost. When a conjunct is a title word directly followed by a person's name that hangs
/// from the same head (the first conjunct), the name becomes the conjunct and the title its compound, as the parser reads a lone titled name.
enum TitledConjunctRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for title in 0..<tree.count where tree.relation(title) == .conj && tree.isRoleOrTitleWord(title) {
            let name = title + 1
            guard name < tree.count, tree.words[name].entity == "B-PER", tree.upos(name) == .propn,
                  let head = tree.head(of: title), tree.head(of: name) == head,
                  [.appos, .flat, .compound, .conj].contains(tree.relation(name)) else { continue }
            out[name].head = head + 1
            out[name].relation = DependencyRelation.conj.rawValue
            out[title].head = name + 1
            out[title].relation = DependencyRelation.compound.rawValue
            // The conjunction opens the name's conjunct now.
            for c in tree.children(of: title, [.cc]) { out[c].head = name + 1 }
        }
        return out == tree.words ? nil : out
    }
}
