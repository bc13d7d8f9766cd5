import KGSyntax
import KGText

/// Mends a misparse of a name described by a hyphenated participle: in "a spokeswoman for Paris-based Total" the
/// parser hangs "Paris" where "Total" belongs (the spokeswoman's "for" phrase) and makes "Total" the object of
/// "based"; in "head of research at London-based Ashmore" it makes "London" the place of the research and leaves
/// "Ashmore" stranded. Both read a place as the organisation.
///
/// For words `X - P` with P a participle of `hyphen-participles` (or "led"), X not under P and a noun Y right after
/// P that P describes or governs: Y takes X's place (with X's preposition and determiner), and X becomes the
/// participle's own ("Paris-based" modifies Total), as the treebank writes it. A subject the parse gave the
/// participle ("Oscar Lin, manager at London-based Acme, has paid …" with Oscar Lin the subject of "based") goes
/// to the verb the participle hung on, when that verb has none.
enum HyphenParticipleRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for p in 2..<max(tree.count, 2) {
            let x = p - 2
            guard tree.isHyphenParticiple(p, led: true), tree.upos(x) == .propn || tree.upos(x) == .adj, tree.head(of: x) != p,
                  let xHead = tree.head(of: x), xHead != p else { continue }
            // The noun the participle describes: its head when it is an adjectival modifier, else its object.
            let described: Int?
            if tree.relation(p) == .amod, let h = tree.head(of: p), h > p { described = h }
            else { described = tree.children(of: p, [.obj]).first { $0 > p } }
            guard let y = described, [.propn, .noun].contains(tree.upos(y)), !tree.subtree(of: y).contains(xHead),
                  !tree.subtree(of: x).contains(y) else { continue }
            // Only the name's own phrase moves: X must head a nominal phrase of its own (with a case marker or as
            // an argument), not be a compound already inside Y's phrase.
            guard [.nmod, .obl, .obj, .nsubj, .nsubjPass].contains(tree.relation(x)) else { continue }
            out[y].head = xHead + 1
            out[y].relation = tree.words[x].relation
            for c in tree.children[x] where c < x && [.case, .det].contains(tree.relation(c)) { out[c].head = y + 1 }
            out[x].head = p + 1
            out[x].relation = DependencyRelation.oblUnmarked.rawValue
            if let verb = tree.head(of: p), tree.upos(verb) == .verb || tree.upos(verb) == .aux,
               [.advcl, .ccomp, .conj, .parataxis, .xcomp].contains(tree.relation(p)),
               tree.child(of: verb, [.nsubj, .nsubjPass, .csubj]) == nil {
                for s in tree.children(of: p, [.nsubj, .nsubjPass]) where s < x { out[s].head = verb + 1 }
            }
            out[p].head = y + 1
            out[p].relation = DependencyRelation.amod.rawValue
            out[p - 1].head = x + 1
        }
        return out == tree.words ? nil : out
    }
}
