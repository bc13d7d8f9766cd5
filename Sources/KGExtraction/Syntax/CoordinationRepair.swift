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
        return out == tree.words ? nil : out
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
