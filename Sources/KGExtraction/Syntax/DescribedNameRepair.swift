import KGSyntax
import KGText

/// Mends a name the parser hung as an apposition on the common noun that describes it, with no comma between:
/// in "spokesman for the opposition Labour Party" or "May met the opposition Labour Party" the parser heads the
/// phrase with "opposition" and "Labour Party" as its apposition, so the role's organisation and the meeting's
/// partner are "the opposition". When a lower-case common noun (not a role, title or relational noun, which the
/// role rules read, nor a gerund: "Obama wiretapping Trump Tower") has as apposition a proper noun whose phrase
/// starts right after it (no dash between: "speculation - Spain"), the name takes the noun's
/// place in the sentence (with the rest of the phrase) and the noun, with the nouns and names that describe it,
/// describes the name.
enum DescribedNameRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        guard tree.count >= 2 else { return nil }
        var out = tree.words
        for n in 0..<(tree.count - 1) where tree.upos(n) == .noun && tree.words[n].form.first?.isLowercase == true
            && !tree.words[n].form.hasSuffix("ing") && tree.upos(n + 1) != .punct {
            guard let name = tree.children(of: n, [.appos]).first(where: { tree.upos($0) == .propn }) else { continue }
            let lemma = tree.lemma(n).lowercased()
            guard !SyntaxLexicon.roleNouns.contains(lemma), !SyntaxLexicon.titleWords.contains(lemma),
                  !SyntaxLexicon.relationalNouns.contains(lemma),
                  let head = tree.head(of: n), let relation = tree.relation(n),
                  tree.subtree(of: name).min() == n + 1,
                  !tree.subtree(of: name).contains(where: { tree.upos($0) == .punct && tree.words[$0].form != "-" && tree.words[$0].form != "." })
            else { continue }
            out[name].head = head + 1
            out[name].relation = relation.rawValue
            // The rest of the phrase goes with the name; the nouns and names that describe the noun stay with it
            // ("US retail giant Walmart" is named Walmart).
            for c in tree.children[n] where c != name && !(c < n && [.compound, .nmodPoss].contains(tree.relation(c))) {
                out[c].head = name + 1
            }
            out[n].head = name + 1
            out[n].relation = DependencyRelation.compound.rawValue
        }
        guard out != tree.words, NameSpanRepair.isTree(out) else { return nil }
        return out
    }
}
