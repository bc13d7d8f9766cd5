import KGCore
import KGSyntax

/// "Japan's ruling Liberal Democratic Party", "Poland's ruling Law and Justice party": the party rules the
/// country named before it. Read off the words, not the parse, which often makes "ruling" a verb of the
/// sentence: the name right after "ruling" (words the entity tagger marks as an organisation, else capitalised
/// proper nouns) and the possessor right before it ("Japan's").
struct RulingPartyFinder {
    let tree: DependencyTree

    init(_ tree: DependencyTree) { self.tree = tree }

    func propositions() -> [Proposition] {
        var out: [Proposition] = []
        for r in 2..<max(tree.count - 1, 2) where tree.words[r].form.lowercased() == "ruling" {
            let name = nameAfter(r)
            guard let last = name.last, tree.words[r - 1].form == "'s" || tree.words[r - 1].form == "'",
                  let country = possessor(endingAt: r - 2) else { continue }
            out.append(Proposition(
                predicate: r, relationWords: [r], lemma: "rule",
                subject: Phrase(head: last, words: name), object: Phrase(head: country.last ?? r - 2, words: country),
                confidence: ExtractionConfidence.role))
        }
        return out
    }

    /// The organisation's name starting right after word `r`.
    private func nameAfter(_ r: Int) -> [Int] {
        var end = r + 1
        if tree.words[end].entity.hasSuffix("-ORG") {
            while end < tree.count, tree.words[end].entity.hasSuffix("-ORG"), end == r + 1 || !tree.words[end].entity.hasPrefix("B-") {
                end += 1
            }
        } else {
            while end < tree.count, tree.upos(end) == .propn, tree.words[end].form.first?.isUppercase == true { end += 1 }
        }
        return Array((r + 1)..<end)
    }

    /// The capitalised proper-noun words ending at word `end` ("South Korea" of "South Korea's").
    private func possessor(endingAt end: Int) -> [Int]? {
        var start = end
        while start >= 0, tree.words[start].form.first?.isUppercase == true, [.propn, .adj, .noun].contains(tree.upos(start)) {
            start -= 1
        }
        return start == end ? nil : Array((start + 1)...end)
    }
}
