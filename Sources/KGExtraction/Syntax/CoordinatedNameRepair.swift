import KGSyntax
import KGText

/// Mends a name with "and" inside that the parser read as a list: "the Food and Drug Administration" gave two
/// actors, "The Food" and "Drug Administration"; "the National Health and Family Planning Commission" lost "and
/// Family"; "the Belt and Road Initiative" was "the Belt" and "Road Initiative". Two runs of capitalised words joined
/// by "and" or "&" are one name, headed by its last word with `compound` parts, when
/// - the second run has two words or more and ends in a word that closes a name (`organization-words`, or
///   `coordinated-name-ends`: "Initiative", "Act"), not in its plural ("the Senate and House Intelligence
///   Committees" are two), and the first run is no such name already ("the International Monetary Fund and World
///   Bank"); or
/// - the first run follows "of" after an organisation's word ("the Department of Health and Human Services", "the
///   Office of Management and Budget"), and no run opens or closes with an organisation's word before "and".
/// Runs stop at words the entity tagger calls a person or a place, so "the United States and South Korea", "Donald
/// Trump and Vladimir Putin" and "the Bank of England and Barclays" stay lists, and "Minister of Foreign Affairs and
/// Trade Peter Szijjarto" keeps the minister apart; an acronym before "and" ("UN and Arab League envoy") or a plural
/// after the names ("the Senate Intelligence and Armed Services committees") makes them a list too.
enum CoordinatedNameRepair {
    static let ends = SyntaxLexicon.organizationWords.union(SyntaxLexicon.coordinatedNameEnds)

    /// The sentence's words with such names mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var i = 1
        while i + 1 < tree.count {
            defer { i += 1 }
            guard ["and", "&"].contains(tree.words[i].form), let span = span(around: i, tree) else { continue }
            let range = span.first...span.last
            let outside = range.filter { w in tree.head(of: w).map { !range.contains($0) } ?? true }
            guard let first = outside.first else { continue }
            let keeper = outside.first { tree.head(of: $0) == nil }
                ?? outside.first { ![.conj, .cc, .flat, .compound].contains(tree.relation($0)) }
                ?? first
            NameSpanRepair.join(range, head: span.last, keeper: keeper, part: "compound", tree: tree, into: &out)
            let organisation = SyntaxLexicon.organizationWords.contains(tree.words[span.last].form)
            for w in range where w != i {
                // ("Planning" read as a verb would be a predicate; an adjective stays one: "Urban" is also a given
                // name, and "Urban Development" no person.)
                if tree.upos(w) == .verb || tree.upos(w) == .noun {
                    out[w].upos = "PROPN"
                    out[w].xpos = tree.words[w].xpos.hasSuffix("S") ? "NNPS" : "NNP"
                }
                if organisation { out[w].entity = w == span.first ? "B-ORG" : "I-ORG" }
            }
            if organisation { out[i].entity = "I-ORG" }
            i = span.last
        }
        guard out != tree.words, NameSpanRepair.isTree(out) else { return nil }
        return out
    }

    /// Whether `w` is the "and" inside such a name (a conjunction the repair made a part of the name).
    static func isJoiner(_ w: Int, _ tree: DependencyTree) -> Bool {
        tree.upos(w) == .cconj && tree.relation(w) == .compound
    }

    /// The first and last word of the name joined by the conjunction at `and`, if the words around it make one.
    static func span(around and: Int, _ tree: DependencyTree) -> (first: Int, last: Int)? {
        func isNameWord(_ w: Int) -> Bool {
            let entity = tree.words[w].entity
            return tree.words[w].form.first?.isUppercase == true && [.propn, .noun, .adj, .verb].contains(tree.upos(w))
                && !entity.hasSuffix("PER") && !entity.hasSuffix("LOC")
        }
        var first = and
        while first > 0, and - first < 3, isNameWord(first - 1) { first -= 1 }
        var last = and
        while last + 1 < tree.count, last - and < 4, isNameWord(last + 1) { last += 1 }
        guard first < and, last > and else { return nil }
        let form = { (w: Int) in tree.words[w].form }
        // An acronym is a name of its own ("UN and Arab League envoy"); a plural after the names counts them ("the
        // Senate Intelligence and Armed Services committees", "Labor and Finance Ministry officials").
        let acronym = first == and - 1 && form(first).count >= 2 && form(first).allSatisfy { $0.isUppercase || $0 == "." }
        let counted = last + 1 < tree.count && tree.words[last + 1].xpos == "NNS" && form(last + 1).first?.isLowercase == true
        // A name complete before "and" is one of two: "the International Monetary Fund and World Bank" (one word is
        // no name by itself: "the Securities and Exchange Commission").
        let complete = and - first >= 2 && ends.contains(form(and - 1))
        guard !acronym, !counted, !complete else { return nil }
        // ("the Senate and House Intelligence Committees": a plural closing word counts two bodies.)
        if last - and >= 2, ends.contains(form(last)), !(form(last).hasSuffix("s") && ends.contains(String(form(last).dropLast()))) {
            // Not the last item of a list: "Britain, France and Food Standards Agency".
            return first > 0 && [",", "and", "&"].contains(form(first - 1)) ? nil : (first, last)
        }
        if first >= 2, form(first - 1) == "of", SyntaxLexicon.organizationWords.contains(form(first - 2)),
           last - and <= 3, !SyntaxLexicon.organizationWords.contains(form(and + 1)),
           !SyntaxLexicon.organizationWords.contains(form(first)), !SyntaxLexicon.organizationWords.contains(form(and - 1)) {
            return (first, last)
        }
        return nil
    }
}
