import KGSyntax
import KGText

/// The party-and-state label US news writes after a member of Congress: "Thomas Massie, R-Ky.", "Chris Van
/// Hollen, D-Md.", "Adam Schiff (D-California)". Read off the words, which the parse and the entity tagger
/// garble ("R-Ky." tagged a person): the person's name right before a comma or bracket, then "R" or "D", a
/// hyphen written without spaces, one or two capitalised words of a state, and a comma, bracket, full stop or
/// lower-case word.
/// "I-Vt." (an independent) names no party; no label is ever an actor of its own ("I-Vt. said").
struct PartyStateLabel {
    /// The person's name: the tagger's PER span before the label, without title words ("Sen.").
    let name: ClosedRange<Int>
    /// The party letter's word.
    let letter: Int
    /// The label's words, from the party letter to the state's last word.
    let words: ClosedRange<Int>
    /// The party the letter stands for, as the gazetteer names it; nil for an independent.
    let party: String?

    /// The parties of the letters.
    static let parties: [String: String?] = ["R": "Republican Party", "D": "Democratic Party", "I": nil]

    /// Every labelled name in the sentence.
    static func all(in tree: DependencyTree) -> [PartyStateLabel] {
        (2..<max(tree.count, 2)).compactMap { PartyStateLabel(letter: $0, in: tree) }
    }

    /// The words with the entity tags of every label cleared: the tagger now and then reads "R-Iowa" as a person,
    /// and a name rule would then take the label for the name it follows. A label the parser joined to the name
    /// as conjuncts ("Adam Schiff, D-California" as Schiff and D and California) is loosened from it, so that no
    /// name or description takes it in.
    static func untagged(_ words: [Word]) -> [Word] {
        guard words.indices.dropLast().contains(where: { parties[words[$0].form] != nil && words[$0 + 1].form == "-" }) else { return words }
        var out = words
        for label in all(in: DependencyTree(words)) {
            for k in label.words {
                out[k].entity = "O"
                if out[k].relation == DependencyRelation.conj.rawValue { out[k].relation = DependencyRelation.dep.rawValue }
            }
        }
        return out
    }

    /// The label whose party letter is word `k`, or nil.
    init?(letter k: Int, in tree: DependencyTree) {
        guard let party = Self.parties[tree.words[k].form], k + 2 < tree.count, [",", "("].contains(tree.words[k - 1].form),
              tree.isHyphenJoiner(k + 1) || tree.words[k + 1].form == "-" && !tree.words[k].spaceAfter && !tree.words[k + 1].spaceAfter
        else { return nil }
        // The state: one or two capitalised words ("Ky.", "South Carolina", "N.Y."), then the label's end.
        var end = k + 2
        guard tree.words[end].form.first?.isUppercase == true else { return nil }
        if end + 1 < tree.count, tree.words[end + 1].form.first?.isUppercase == true { end += 1 }
        // (Or a lower-case word when the writer left the closing comma out: "asked by Sen. Al Franken, D-Minnesota
        // what he would do".)
        guard end + 1 >= tree.count || [",", ")", ".", ";", ":"].contains(tree.words[end + 1].form)
            || tree.words[end + 1].form.first?.isLowercase == true else { return nil }
        // The name: person-tagged words ending right before the comma, without a title the tagger took in.
        let last = k - 2
        guard last >= 0, tree.words[last].entity.hasSuffix("-PER") else { return nil }
        name = SurfaceTitle.personNameStart(endingAt: last, in: tree)...last
        letter = k
        words = k...end
        self.party = party
    }
}
