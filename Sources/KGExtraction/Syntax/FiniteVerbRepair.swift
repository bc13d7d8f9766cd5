import KGSyntax
import KGText

/// Mends a sentence the tagger and parser read as one noun phrase: "Russian troops crossed into Ukraine." parsed
/// as "troops [that were] crossed into Ukraine", with "crossed" a past participle (`acl`) of the root noun, so
/// the sentence states nothing. A full sentence ending in a period whose root is a noun, with a past-form verb
/// right after the noun's phrase and no other verb, is that verb's clause: the verb becomes the root and the noun
/// its subject. So when the participle hangs on the noun of the root's "of" phrase ("Dozens of Turkish soldiers
/// crossed into Syria", "Hundreds of protesters clashed with police": the root is the quantity, and it becomes the
/// subject, which names its "of" phrase's people). Not when the participle has an agent ("Talk delivered by X",
/// plainly passive), a subject, an auxiliary or a marker of its own, nor without an object or oblique (a caption
/// "Photos taken." says nothing). So too a finite verb hung on the noun as a conjunct after a comma, without a
/// conjunction: "The chief executive of Siemens, Joe Kaeser, announced the cuts" with "executive" read as an
/// adjective and the root, "announced" its conjunct; and one hung as a conjunct on a relative clause of the root
/// name: "Issa, 40, who did not give his last name, works for the coast guard" with "works" joined to "give".
enum FiniteVerbRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        guard let root = (0..<tree.count).first(where: { tree.head(of: $0) == nil && tree.words[$0].head == 0 }),
              tree.upos(root) == .noun || tree.upos(root) == .propn || tree.upos(root) == .adj && tree.isRoleWord(root),
              let last = tree.words.last, last.form == "." || last.form == "!",
              // "In an operation dubbed Linebacker II, …": a noun under a preposition is no subject.
              tree.child(of: root, [.case]) == nil,
              // The last such participle: "Turkish troops, backed by Russian jets, pushed into Syria" has a
              // parenthetical one before it.
              let verb = participles(of: root, tree).last(where: { v in
                  // Lower-case: a title-case caption ("Photos Provided to China Daily") is no sentence.
                  v > root && tree.upos(v) == .verb && ["VBN", "VBD"].contains(tree.words[v].xpos)
                      && tree.words[v].form.first?.isLowercase == true
                      || conjoinedVerb(v, of: root, tree) || relativeClause(above: v, of: root, tree) != nil
              })
        else { return nil }
        let own = tree.children[verb]
        guard !own.contains(where: { c in
                  [.aux, .auxPass, .mark, .nsubj, .nsubjPass, .csubj].contains(tree.relation(c))
                      || tree.relation(c)?.base == .obl && tree.child(of: c, [.case]).map { tree.lemma($0) == "by" } == true
              }),
              own.contains(where: { [.obj, .obl, .xcomp, .ccomp].contains(tree.relation($0)) })
        else { return nil }
        // The verb follows the noun's own phrase directly: every word between them belongs to the noun's phrase.
        let verbWords = Set(tree.subtree(of: verb))
        let nounPhrase = Set(tree.subtree(of: root)).subtracting(verbWords)
        guard (root + 1..<verb).allSatisfy({ nounPhrase.contains($0) || tree.upos($0) == .punct }) else { return nil }
        // "The Airbus, packed with 190 passengers, touched down": the verb after the participle's comma is the
        // predicate the parse lost, not the participle.
        // ("…, killing 75 people" is the participle's own).
        guard !verbWords.contains(where: { w in
                  w > verb && tree.upos(w) == .verb && ["VBD", "VBN", "VBZ", "VBP"].contains(tree.words[w].xpos) && tree.words[w - 1].form == ","
              })
        else { return nil }
        // A participle set off by commas before it ("…, backed by Russian jets, …") describes the noun; it is
        // no second predicate.
        var parenthetical = Set(tree.children(of: root, [.acl]).filter { v in
            v > root && v < verb && v > 0 && tree.words[v - 1].form == ","
                && tree.subtree(of: v).max().map { $0 + 1 < verb && tree.words[$0 + 1].form == "," } == true
        }.flatMap { tree.subtree(of: $0) })
        // The relative clause the verb was joined to describes the name.
        let relative = relativeClause(above: verb, of: root, tree)
        if let relative { parenthetical.formUnion(Set(tree.subtree(of: relative)).subtracting(verbWords)) }
        // No other verb: the sentence has no predicate but this one. A participle before the noun modifies it
        // ("The Saudi-led coalition bombed Yemen", "A Washington-based think tank criticised China").
        let prenominal = { (w: Int) in w < root && tree.relation(w) == .amod && nounPhrase.contains(w) }
        guard !(0..<tree.count).contains(where: { w in
                  !verbWords.contains(w) && !parenthetical.contains(w) && !prenominal(w)
                      && (tree.upos(w) == .verb || tree.upos(w) == .aux)
              })
        else { return nil }
        var out = tree.words
        out[verb].head = 0
        out[verb].relation = DependencyRelation.root.rawValue
        // A finite past, not a participle (a conjoined verb keeps its tense).
        if tree.relation(verb) != .conj { out[verb].xpos = "VBD" }
        out[root].head = verb + 1
        out[root].relation = DependencyRelation.nsubj.rawValue
        if let relative { out[relative].relation = DependencyRelation.aclRelcl.rawValue }
        // What followed the verb hung from the noun (the final period) goes to the verb.
        for c in tree.children[root] where c > verb { out[c].head = verb + 1 }
        if let of = ofNoun(of: root, tree), tree.head(of: verb) == of {
            for c in tree.children[of] where c > verb { out[c].head = verb + 1 }
        }
        return out
    }

    /// The relative clause on the root name ("…, who did not give his name,") that the finite verb `v` hangs on as
    /// a conjunct after a comma, without a conjunction or a subject of its own; nil when `v` is not such a verb.
    private static func relativeClause(above v: Int, of root: Int, _ tree: DependencyTree) -> Int? {
        guard tree.upos(root) == .propn, tree.relation(v) == .conj, let clause = tree.head(of: v), tree.head(of: clause) == root,
              clause > root, clause < v, [.aclRelcl, .acl, .parataxis].contains(tree.relation(clause)),
              let pronoun = tree.child(of: clause, [.nsubj, .nsubjPass]), ["who", "which"].contains(tree.lemma(pronoun)),
              tree.upos(v) == .verb, ["VBD", "VBZ", "VBP"].contains(tree.words[v].xpos), tree.words[v - 1].form == ",",
              tree.child(of: v, [.cc]) == nil
        else { return nil }
        return clause
    }

    /// A finite verb hung on the root as a conjunct right after a comma, with no conjunction: the predicate. Not
    /// when the root has a subject or copula of its own (the parse made it a clause: "the leader of the minority
    /// Democrats, Nancy Pelosi, described …" with "Democrats" the root and "leader" its subject).
    private static func conjoinedVerb(_ v: Int, of root: Int, _ tree: DependencyTree) -> Bool {
        v > root && tree.head(of: v) == root && tree.relation(v) == .conj && tree.child(of: v, [.cc]) == nil
            && tree.child(of: root, [.nsubj, .nsubjPass, .cop]) == nil
            && tree.upos(v) == .verb && ["VBD", "VBZ", "VBP"].contains(tree.words[v].xpos)
            && tree.words[v].form.first?.isLowercase == true && tree.words[v - 1].form == ","
    }

    /// The participles (and conjoined finite verbs) on the root noun and on its "of" phrase's noun, in sentence order.
    private static func participles(of root: Int, _ tree: DependencyTree) -> [Int] {
        var out = tree.children(of: root, [.acl]) + tree.children(of: root, [.conj]).filter { conjoinedVerb($0, of: root, tree) }
            + tree.children(of: root, [.aclRelcl, .acl, .parataxis]).flatMap { tree.children(of: $0, [.conj]) }
                .filter { relativeClause(above: $0, of: root, tree) != nil }
        if let of = ofNoun(of: root, tree) { out += tree.children(of: of, [.acl]) }
        return out.filter { $0 > root }.sorted()
    }

    /// The noun of the root's "of" phrase ("soldiers" in "Dozens of Turkish soldiers").
    private static func ofNoun(of root: Int, _ tree: DependencyTree) -> Int? {
        tree.children(of: root, [.nmod]).first { n in
            n > root && tree.child(of: n, [.case]).map { tree.lemma($0) == "of" } == true
        }
    }
}
