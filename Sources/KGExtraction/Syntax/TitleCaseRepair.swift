import KGSyntax
import KGText

/// Mends a preposition the parser hung on a name's first words instead of on the name: in "Berg spoke with
/// President Marco Rossi", "met with the country's Chief of Staff General Hulusi Akar" or "chief economist at Union
/// Bank of Switzerland" the parser makes the preposition the case marker of the title or of the name's first word,
/// and the name a bare noun (an object or an open complement) or a modifier without its preposition, so "speak
/// with Rossi" is lost and the bank's name loses a word. When a preposition that points at a party or a place
/// (with, to, against, from, for, by, at, of, in, on, about, "according to") is the case marker of a title (a `nmod:desc` part) or
/// of a proper noun `compound` whose head is a proper noun with no preposition of its own, and the words from the
/// preposition to that noun are all in the noun's phrase, which the preposition opens, with no hyphen among them
/// ("Secretary of State Rex Tillerson" keeps its "of"), the preposition becomes the
/// noun's, and a noun that was an object or complement of a verb becomes its oblique (of a noun, its modifier;
/// after a participle's "by", its agent). Not when the noun is the subject of an infinitive ("appropriate for
/// Minister Noonan to meet …"), and not for "under new leader X" or "against Dutch-Moroccans".
enum TitleCaseRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for c in 0..<tree.count where tree.relation(c) == .case {
            let preposition = tree.words[c].form.lowercased()
            guard prepositions.contains(preposition), let title = tree.head(of: c),
                  tree.relation(title) == .nmodDesc || tree.relation(title) == .compound && tree.upos(title) == .propn,
                  let name = tree.head(of: title), c < title, title < name, tree.upos(name) == .propn,
                  !(c...name).contains(where: { tree.words[$0].form == "-" }),
                  tree.child(of: name, [.case]) == nil, let governor = tree.head(of: name),
                  let relation = tree.relation(name), movable.contains(relation) else { continue }
            // The preposition opens the name's phrase: not the "of" inside "US Secretary of State Rex Tillerson".
            let phrase = Set(tree.subtree(of: name))
            guard phrase.filter({ tree.upos($0) != .punct }).min() == c, (c...name).allSatisfy(phrase.contains),
                  !tree.children(of: name, [.acl]).contains(where: { tree.children(of: $0, [.mark]).contains { tree.lemma($0) == "to" } })
            else { continue }
            out[c].head = name + 1
            if preposition == "by", tree.words[governor].xpos == "VBN" {
                out[name].relation = DependencyRelation.oblAgent.rawValue
            } else if relation != .obl && relation != .nmod {
                let verbal = tree.upos(governor) == .verb || tree.upos(governor) == .aux
                out[name].relation = (verbal ? DependencyRelation.obl : .nmod).rawValue
            }
        }
        return out == tree.words ? nil : out
    }

    /// Relations of a name that can take the title's preposition: an oblique or modifier that lost it, or an
    /// object or complement that was one.
    private static let prepositions: Set<String> = ["with", "to", "against", "from", "for", "by", "at", "of", "in", "on", "about", "according"]

    private static let movable: Set<DependencyRelation> = [.obl, .nmod, .obj, .iobj, .xcomp, .oblUnmarked]
}
