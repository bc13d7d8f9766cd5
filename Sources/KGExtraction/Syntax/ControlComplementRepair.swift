import KGSyntax
import KGText

/// Mends a control or raising complement the parser read as an adverbial or a clausal subject: in "Trump is
/// scheduled to meet Abe on Friday" "meet" hangs from "scheduled" as an `advcl` (a purpose: to meet Abe, someone
/// scheduled Trump), in "Putin is due to visit Turkey next week" as a `csubj` of "due", so no one meets or visits
/// (the same sentences without the time parse as `xcomp`). A "to" infinitive right after a verb or adjective that
/// controls one (`control-modality`, `adjective-control`), without a subject of its own, is its `xcomp`: the
/// controller's subject does it, with the modality the word adds ("scheduled to", "due to").
enum ControlComplementRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for p in 0..<tree.count where tree.upos(p) == .verb && [.advcl, .csubj, .ccomp].contains(tree.relation(p)) {
            guard let h = tree.head(of: p), h < p, h + 1 < tree.count, isController(h, tree),
                  // A clause's predicate with its subject or auxiliary ("Putin is due to", "leaders are expected to"):
                  // not "sags due to slower growth" (a preposition), nor a participle describing a noun ("a scheme,
                  // said to have been run by North").
                  !tree.children(of: h, [.nsubj, .nsubjPass, .expl, .cop, .aux, .auxPass]).isEmpty,
                  tree.lemma(h + 1) == "to", tree.head(of: h + 1) == p, tree.relation(h + 1) == .mark,
                  tree.children(of: p, [.nsubj, .nsubjPass, .csubj, .expl]).isEmpty
            else { continue }
            out[p].relation = DependencyRelation.xcomp.rawValue
        }
        return out == tree.words ? nil : out
    }

    /// Words whose "to" infinitive says what their subject does: "set", "due", "likely", "expected", "scheduled",
    /// "plans". Not "call" ("called to congratulate him" is a purpose) nor "be".
    private static func isController(_ h: Int, _ tree: DependencyTree) -> Bool {
        let lemma = tree.lemma(h)
        let form = tree.words[h].form.lowercased()
        switch tree.upos(h) {
        case .adj?: return SyntaxLexicon.adjectiveControl[lemma] != nil || SyntaxLexicon.adjectiveControl[form] != nil
        case .verb?: return SyntaxLexicon.controlModality[lemma] != nil && !["call", "be"].contains(lemma)
        default: return false
        }
    }
}
