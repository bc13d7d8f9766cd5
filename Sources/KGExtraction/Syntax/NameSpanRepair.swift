import KGSyntax
import KGText

/// Mends a name the parser split between two attachments before the rules read a sentence: in "Japan and South
/// Korea agreed" both "South" and "Korea" were conjuncts of "Japan" (three actors: Japan, "South", "Korea"); in
/// "Sudan and South Sudan signed" "South" was a conjunct and the second "Sudan" a `flat` part of the first.
///
/// When the entity tagger marks capitalised words as one name (a B- span of one type) and more than one of them
/// hangs outside the span, all from the same word, the name becomes one phrase again, in UD's shapes: a place or organisation headed by
/// its last word with `compound` parts ("South Korea", "New York"), a person headed by the first with `flat`
/// parts ("Angela Merkel"). The head takes the span's outside attachment (a name's own relation, not a `flat` or
/// `compound` one the parser glued onto a neighbour), and whatever hung on the other words from outside moves to
/// the head. Nothing changes when the result would not be a tree.
enum NameSpanRepair {
    /// The sentence's words with split names mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for span in spans(tree) {
            mend(span, tree: tree, into: &out)
        }
        guard out != tree.words, isTree(out) else { return nil }
        return out
    }

    /// Entity spans of two or more capitalised words: (first, last, type).
    private static func spans(_ tree: DependencyTree) -> [(range: ClosedRange<Int>, type: Substring)] {
        var out: [(ClosedRange<Int>, Substring)] = []
        var i = 0
        while i < tree.count {
            let tag = tree.words[i].entity
            guard tag.hasPrefix("B-") else { i += 1; continue }
            let type = tag.dropFirst(2)
            var j = i
            while j + 1 < tree.count, tree.words[j + 1].entity == "I-\(type)" { j += 1 }
            let capitalised = (i...j).allSatisfy { tree.words[$0].form.first?.isUppercase == true }
            if j > i, capitalised { out.append((i...j, type)) }
            i = j + 1
        }
        return out
    }

    private static func mend(_ span: (range: ClosedRange<Int>, type: Substring), tree: DependencyTree, into out: inout [Word]) {
        let range = span.range
        let outside = range.filter { i in tree.head(of: i).map { !range.contains($0) } ?? true }
        // Split between two places of the tree, the words are rather a title and a name or two names the tagger
        // joined ("US Homeland" before "Security Secretary John Kelly"); only a name hung twice on one word is mended.
        guard outside.count > 1, Set(outside.map { tree.head(of: $0) ?? -1 }).count == 1 else { return }
        // "Russian Sports Minister Pavel Kolobkov": words the tagger took for a name that modify a title are the
        // title's country and portfolio, read by the role rules.
        if let shared = tree.head(of: outside[0]), SyntaxLexicon.roleNouns.contains(tree.lemma(shared)) { return }
        let nameParts: Set<DependencyRelation> = [.flat, .compound, .amod]
        // The attachment the name keeps: the root's, else the first that is a name's own relation.
        let keeper = outside.first { tree.head(of: $0) == nil }
            ?? outside.first { !(tree.relation($0).map(nameParts.contains) ?? false) }
            ?? outside[0]
        let head = span.type == "PER" ? range.lowerBound : range.upperBound
        join(range, head: head, keeper: keeper, part: span.type == "PER" ? "flat" : "compound", tree: tree, into: &out)
    }

    /// Makes the words of `range` one phrase headed by `head` with `part` relations, attached where `keeper` was;
    /// whatever hung on the other words from outside moves to the head.
    static func join(_ range: ClosedRange<Int>, head: Int, keeper: Int, part: String, tree: DependencyTree, into out: inout [Word]) {
        out[head].head = tree.words[keeper].head
        out[head].relation = tree.words[keeper].relation
        for w in range where w != head {
            out[w].head = head + 1
            out[w].relation = part
        }
        for w in range where w != head {
            for child in tree.children[w] where !range.contains(child) {
                out[child].head = head + 1
            }
        }
    }

    /// Whether every word reaches the root without a cycle, with exactly one root.
    static func isTree(_ words: [Word]) -> Bool {
        guard words.filter({ $0.head == 0 }).count == 1 else { return false }
        for start in words.indices {
            var node = start, steps = 0
            while words[node].head != 0 {
                let h = words[node].head
                guard h >= 1, h <= words.count, steps <= words.count else { return false }
                node = h - 1
                steps += 1
            }
        }
        return true
    }
}
