import KGCore
import KGSyntax
import KGText

/// Mends frequent misparses of an apposition naming a role's holder before the rules read a sentence, so that
/// the description ("the vice chairman of Siemens") is the person named beside it:
/// - the name parsed as a conjunct or an apposition of the role's organisation: "The vice chairman of Toyota,
///   Akio Tanaka, faced …" with "Tanaka" a `conj` of "Toyota" (a list) or its `appos`;
/// - the name parsed as a second subject of the verb: "The head of the fund, Maria Lopez, was detained" with both
///   "head" and "Maria" subjects of "detained" (the phrase takes the passive subject's label if either had it);
///   so a second object or oblique: "met with his Russian counterpart, Sergei Lavrov, in Tokyo";
/// - the role's own phrase hung on the name: "Anna Novak, spokeswoman for the foreign ministry, denied …" with
///   "ministry" a `for` phrase of Anna Novak rather than of "spokeswoman" (so no role was read).
/// Only a person's name (the named-entity tagger says so, or it opens with a known given name) set off by commas
/// on both sides, with no "and"/"or" joining it (a list has one).
enum AppositionRepair {
    /// The sentence's words with the misparses mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for n in 0..<tree.count where tree.upos(n) == .propn && [.conj, .appos, .nsubj, .nsubjPass, .obl, .obj].contains(tree.relation(n))
            && isCommaDelimitedName(n, tree) {
            guard let head = tree.head(of: n) else { continue }
            switch tree.relation(n) {
            case .conj?, .appos?:
                // Of the organisation, which hangs by a preposition from a role noun; "Toyota, Honda and Nissan"
                // is a list.
                guard tree.relation(head) == .nmod, let role = tree.head(of: head), tree.isRoleNoun(role) || tree.isRoleWord(role),
                      tree.child(of: n, [.cc]) == nil,
                      tree.children(of: head, [.conj]).allSatisfy({ $0 == n }), tree.child(of: head, [.cc]) == nil else { continue }
                out[n].head = role + 1
                out[n].relation = "appos"
                // "The chief executive of …" with "executive" read as an adjective: a noun, as its phrase shows.
                if tree.upos(role) == .adj {
                    out[role].upos = UniversalPOS.noun.rawValue
                    out[role].xpos = "NN"
                }
            case let r? where r.base == .nsubj:
                // A second subject right after the first one's phrase and its comma.
                guard let first = tree.children[head].first(where: { $0 < n && tree.relation($0)?.base == .nsubj }),
                      tree.upos(first) == .noun, let end = tree.subtree(of: first, excluding: { tree.upos($0) == .punct }).last,
                      tree.subtree(of: n, excluding: { tree.upos($0) == .punct }).first == end + 2, tree.words[end + 1].form == ","
                else { continue }
                out[n].head = first + 1
                out[n].relation = "appos"
                // "…, Maria Lopez, was detained by police" with the name the passive's subject: the phrase is.
                if r == .nsubjPass || tree.child(of: head, [.auxPass]) != nil { out[first].relation = "nsubj:pass" }
            case let r? where r == .obl || r == .obj:
                // A second object or oblique right after the first one's phrase and its comma, without a preposition
                // of its own: "was meeting with his Russian counterpart, Sergei Lavrov, in Tokyo".
                guard tree.child(of: n, [.case]) == nil, tree.subtree(of: n).allSatisfy({ [.propn, .punct].contains(tree.upos($0)) }),
                      let first = tree.children[head].last(where: { $0 < n && tree.relation($0) == r }),
                      tree.upos(first) == .noun, let end = tree.subtree(of: first, excluding: { tree.upos($0) == .punct }).last,
                      tree.subtree(of: n, excluding: { tree.upos($0) == .punct }).first == end + 2, tree.words[end + 1].form == ","
                else { continue }
                out[n].head = first + 1
                out[n].relation = "appos"
            default:
                continue
            }
        }
        for role in 0..<tree.count where tree.relation(role) == .appos && tree.isRoleWord(role) && tree.upos(role) != .propn {
            guard let name = tree.head(of: role), tree.upos(name) == .propn, out[role].head == name + 1,
                  let end = tree.subtree(of: role).last else { continue }
            // The phrase right after the role's words, with the role's preposition, hung on the name.
            for phrase in tree.children[name] where phrase > end && [.nmod, .obl].contains(tree.relation(phrase)) {
                guard let marker = tree.child(of: phrase, [.case]), ["for", "at", "of", "with"].contains(tree.lemma(marker)),
                      tree.subtree(of: phrase).first == end + 1 else { continue }
                out[phrase].head = role + 1
                out[phrase].relation = DependencyRelation.nmod.rawValue
            }
        }
        return out == tree.words ? nil : out
    }

    /// A person's name whose phrase has a comma right before it and a comma or the sentence's end after it.
    private static func isCommaDelimitedName(_ n: Int, _ tree: DependencyTree) -> Bool {
        let phrase = tree.subtree(of: n) { tree.upos($0) == .punct }
        guard let first = phrase.first, let last = phrase.last, first > 0, tree.words[first - 1].form == ",",
              last + 1 == tree.count || tree.words[last + 1].form == "," || tree.upos(last + 1) == .punct else { return false }
        return tree.words[first].entity == "B-PER" || PersonVocabulary.gender(ofGivenName: tree.words[first].form) != nil
    }

}
