import KGSyntax
import KGText

/// Mends two misparses of a list of names before the rules read a sentence, so that each member is an argument:
/// - a member read as a second oblique of the verb, without its preposition: "served at the World Bank, the IMF
///   and the United Nations" with "IMF" an `obl` of "served" beside "Bank" (and "Nations" its conjunct);
/// - a member read as an apposition of the first: "wrote for The Guardian, Le Monde and Der Spiegel" with
///   "Le Monde" an `appos` of "Guardian" (and "Der Spiegel" its conjunct).
/// Only when the misread member continues into "and"/"or" and another capitalised conjunct: the shape of a list,
/// not of an apposition ("Anna Berg, a lawyer and activist") or of a second circumstance.
enum CoordinationRepair {
    /// The sentence's words with the misparses mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for y in 0..<tree.count {
            guard let x = firstMember(before: y, tree), continuesList(y, tree) else { continue }
            out[y].head = x + 1
            out[y].relation = "conj"
            for z in tree.children(of: y, [.conj]) {
                out[z].head = x + 1
            }
        }
        mendNameCompound(tree, &out)
        mendVerbOnObject(tree, &out)
        return out == tree.words ? nil : out
    }

    /// "Lopez has become a key player and has grown close to the president" parsed with "grown" a conjunct of
    /// "player", so the second act had no subject and was lost: a finite verb (with an auxiliary of its own, or in a
    /// past or present form, not an abbreviation like "cts") without a subject, joined to a noun or adjective that is its verb's object or
    /// complement, is that verb's conjunct.
    private static func mendVerbOnObject(_ tree: DependencyTree, _ out: inout [Word]) {
        for w in 0..<tree.count where tree.relation(w) == .conj && tree.upos(w) == .verb {
            guard let h = tree.head(of: w), h < w, [.noun, .propn, .adj, .pron].contains(tree.upos(h)),
                  [.obj, .xcomp, .obl].contains(tree.relation(h)), let verb = tree.head(of: h), tree.upos(verb) == .verb,
                  !tree.children(of: w, [.aux]).isEmpty || ["VBD", "VBZ", "VBP"].contains(tree.words[w].xpos) && tree.words[w].form.count >= 4,
                  tree.children(of: w, [.nsubj, .nsubjPass, .auxPass, .mark]).isEmpty,
                  tree.children(of: w, [.cc]).contains(where: { $0 < w })
            else { continue }
            out[w].head = verb + 1
        }
    }

    /// "Japan and South Korea were to blame" parsed with "Japan" a compound of "Korea" and "South" its conjunct, so
    /// the list read as one name "Japan Korea": when a name's compound has as conjunct the first word of that very
    /// name (as the entity tagger spans it), the compound is the list's first member, in the name's place, and the
    /// name its second.
    private static func mendNameCompound(_ tree: DependencyTree, _ out: inout [Word]) {
        for x in 0..<tree.count where tree.relation(x) == .compound && tree.upos(x) == .propn && tree.words[x].entity.hasPrefix("B-") {
            guard let z = tree.head(of: x), z > x, tree.upos(z) == .propn,
                  let y = tree.children(of: x, [.conj]).first(where: { $0 > x && $0 < z }),
                  tree.words[y].entity.hasPrefix("B-"), (y + 1...z).allSatisfy({ tree.words[$0].entity == "I-" + tree.words[y].entity.dropFirst(2) }),
                  z + 1 == tree.count || !tree.words[z + 1].entity.hasPrefix("I-")
            else { continue }
            out[x].head = tree.words[z].head
            out[x].relation = tree.words[z].relation
            out[z].head = x + 1
            out[z].relation = DependencyRelation.conj.rawValue
            out[y].head = z + 1
            out[y].relation = DependencyRelation.compound.rawValue
            for c in tree.children(of: y, [.cc]) { out[c].head = z + 1 }
            // What opened the list ("the") stays before its first member.
            for c in tree.children[z] where c < x { out[c].head = x + 1 }
        }
    }

    /// The list's first member `y` was misattached beside or under, when `y` directly follows it and a comma.
    private static func firstMember(before y: Int, _ tree: DependencyTree) -> Int? {
        guard tree.relation(y) == .appos || tree.relation(y) == .obl, isCapitalized(y, tree),
              let start = phrase(y, tree).first, start > 1, tree.words[start - 1].form == "," else { return nil }
        let x: Int
        switch tree.relation(y) {
        case .appos?:
            guard let head = tree.head(of: y), tree.upos(y) == .propn else { return nil }
            x = head
        case .obl?:
            // A sibling oblique with no preposition of its own, right after one that has one.
            guard tree.child(of: y, [.case]) == nil, let verb = tree.head(of: y),
                  let sibling = tree.children(of: verb, [.obl]).last(where: { $0 < y }), tree.child(of: sibling, [.case]) != nil
            else { return nil }
            x = sibling
        default:
            return nil
        }
        guard isCapitalized(x, tree), phrase(x, tree).last == start - 2 else { return nil }
        return x
    }

    /// Whether `y` has a capitalised conjunct joined by "and"/"or".
    private static func continuesList(_ y: Int, _ tree: DependencyTree) -> Bool {
        tree.children(of: y, [.conj]).contains { z in
            z > y && isCapitalized(z, tree) && tree.children(of: z, [.cc]).contains { ["and", "or"].contains(tree.lemma($0)) }
        }
    }

    /// The phrase of `w` without its conjuncts, appositions and punctuation.
    private static func phrase(_ w: Int, _ tree: DependencyTree) -> [Int] {
        tree.subtree(of: w) { c in
            let r = tree.relation(c)
            return r == .conj || r == .cc || r == .appos || tree.upos(c) == .punct
        }
    }

    private static func isCapitalized(_ w: Int, _ tree: DependencyTree) -> Bool {
        tree.words[w].form.first?.isUppercase == true
    }
}
