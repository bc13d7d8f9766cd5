import KGSyntax
import KGText

/// Mends a titled name the parser headed by its first word: in "Samsung Electronics vice chairman Lee Jae-yong
/// appeared before prosecutors" or "Austrian Defense Minister Hans Peter Doskozil said …" the parser makes the
/// organisation or the country word the subject and hangs the person's name on it as an apposition, so Samsung
/// appears and Austria speaks. When a person's name (an entity-tagger span) hangs as an apposition, `flat` or
/// `compound` part from a word before it, and the words from that word to the name are one run of nouns,
/// adjectives and names with a role noun right before the name ("vice chairman", "spokesman", "Minister"), the
/// name takes that word's place in the sentence and the words before it describe the name; the role rules read
/// the title as before ("vice chairman of Samsung Electronics").
enum TitledNameRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for span in personSpans(tree) {
            mend(span, tree: tree, into: &out)
        }
        guard out != tree.words, NameSpanRepair.isTree(out) else { return nil }
        return out
    }

    /// Spans the entity tagger calls a person, of capitalised words (and the hyphens inside them).
    private static func personSpans(_ tree: DependencyTree) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        var i = 0
        while i < tree.count {
            guard tree.words[i].entity == "B-PER" else { i += 1; continue }
            var j = i
            while j + 1 < tree.count, tree.words[j + 1].entity == "I-PER" { j += 1 }
            if tree.words[i].form.first?.isUppercase == true { out.append(i...j) }
            i = j + 1
        }
        return out
    }

    private static func mend(_ span: ClosedRange<Int>, tree: DependencyTree, into out: inout [Word]) {
        let first = span.lowerBound
        // The span's attachments to the rest of the sentence: all from one word before it, as a name's part or
        // an apposition.
        let outside = span.filter { w in tree.head(of: w).map { !span.contains($0) } ?? true }
        let nameParts: Set<DependencyRelation> = [.flat, .compound, .amod, .nmodDesc, .fixed, .appos]
        guard let attached = outside.first, var governor = tree.head(of: attached), governor < first,
              outside.allSatisfy({ tree.head(of: $0) == governor }),
              outside.allSatisfy({ [.appos, .flat, .compound].contains(tree.relation($0)) })
        else { return }
        // "UN Secretary General Antonio Guterres" with the name on "Secretary", itself a part of "UN": the
        // governor is the word the run hangs from, which stands in the sentence as an argument.
        while let r = tree.relation(governor), r == .flat || r == .compound, let h = tree.head(of: governor), h < governor { governor = h }
        let role = first - 1
        guard let place = tree.relation(governor), !nameParts.contains(place),
              // A title that opens with a title word ("Justice Commissioner Vera Jourova") the role rules read
              // off the words as the parser left them; a party's name that is also one ("Labour MP Diane Abbott")
              // opens a party role.
              !tree.isRoleNoun(governor), !SyntaxLexicon.titleWords.contains(tree.lemma(governor).lowercased())
                || tree.upos(governor) == .propn && role == governor + 1 && SyntaxLexicon.partyRoleNouns.contains(tree.lemma(role))
        else { return }
        guard role > governor, tree.isRoleNoun(role) || SyntaxLexicon.roleNouns.contains(tree.lemma(role).lowercased()),
              (governor..<first).allSatisfy({ w in
                  [.noun, .propn, .adj].contains(tree.upos(w)) || tree.isHyphenJoiner(w)
              }),
              // The run is one phrase: nothing in it hangs outside it but the governor.
              (governor + 1..<first).allSatisfy({ w in tree.head(of: w).map { (governor...span.upperBound).contains($0) } ?? false })
        else { return }
        // The name, headed by its first word, takes the governor's place; the governor, with the title words
        // on it as the parser hung them, describes the name (the role rules read the title off the words).
        out[first].head = tree.words[governor].head
        out[first].relation = tree.words[governor].relation
        for w in span where w != first {
            out[w].head = first + 1
            out[w].relation = tree.upos(w) == .punct ? DependencyRelation.punct.rawValue : DependencyRelation.flat.rawValue
        }
        if let roleHead = tree.head(of: role), span.contains(roleHead) {
            // The role describes the name already ("vice chairman Lee"): the governor is the role's organisation or
            // country ("Samsung Electronics vice chairman").
            out[governor].head = role + 1
            out[governor].relation = (tree.upos(governor) == .adj ? DependencyRelation.amod : DependencyRelation.compound).rawValue
        } else {
            out[governor].head = first + 1
            out[governor].relation = (tree.upos(governor) == .adj ? DependencyRelation.amod : DependencyRelation.nmodDesc).rawValue
        }
        // What hung on the name's other words from outside it (the role noun, a clause after the name) is the
        // name's; so are the governor's dependents outside the run (a determiner, a preposition).
        let run = governor...span.upperBound
        for w in span where w != first {
            for child in tree.children[w] where !span.contains(child) { out[child].head = first + 1 }
        }
        for child in tree.children[governor] where !run.contains(child) { out[child].head = first + 1 }
    }
}
