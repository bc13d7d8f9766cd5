import KGSyntax

/// Finds the propositions of one parsed sentence by rules over its Universal Dependencies tree.
///
/// Verbal predicates with their subjects, objects and prepositional arguments; passives turned active;
/// coordination split; control verbs folded into their complement; negation, modality and reported speech
/// recorded; light verbs mapped to the verb of their event noun.
struct PropositionFinder {
    let tree: DependencyTree

    init(_ tree: DependencyTree) {
        self.tree = tree
    }

    typealias L = SyntaxLexicon

    func propositions() -> [Proposition] {
        var out: [Proposition] = []
        for p in 0..<tree.count {
            if isVerbalPredicate(p) {
                out += verbal(p)
            } else if tree.child(of: p, [.cop]) != nil {
                out += copular(p)
            }
        }
        return out
    }

    // MARK: - Predicates

    func isVerbalPredicate(_ p: Int) -> Bool {
        guard tree.upos(p) == .verb else { return false }
        // "party deputy leader Y" with "deputy" tagged as a verb: a job title is no act.
        if L.roleNounsNeverVerbs.contains(tree.lemma(p)) || L.roleNounsNeverVerbs.contains(tree.words[p].form.lowercased()) {
            return false
        }
        switch tree.relation(p) {
        case .amod, .compound, .aux, .auxPass, .cop, .fixed, .flat, .goeswith, .reparandum: return false
        default: return true
        }
    }

    func copular(_ c: Int) -> [Proposition] {
        guard let cop = tree.child(of: c, [.cop]) else { return [] }
        let subjects = subjectHeads(of: c).map(nounPhrase)
        guard !subjects.isEmpty else { return [] }
        let relationWords = (auxiliaries(of: c) + [cop]).sorted()
        let complement = Phrase(head: c, words: phraseWords(c) { child in
            let r = tree.relation(child)
            return r?.base == .nsubj || r == .cop || r == .aux || r == .punct || r == .mark || r == .cc || r == .conj || r == .advcl || r == .parataxis || (r == .advmod && L.negations.contains(tree.lemma(child)))
        })
        // "Japan is angry at China", "Iran is critical of Washington": the adjective and its preposition are the
        // relation, the name they take the object. Only a name: "proud of the achievement", "higher in fact" and
        // "popular in Germany" (where, not whom) stay what the copula always was, a description.
        var lemma = "be", objects = [complement], words = relationWords
        if tree.upos(c) == .adj, tree.children(of: c, [.csubj, .ccomp, .xcomp]).isEmpty, let (argument, prep) = adjectiveArgument(c),
           !L.placePrepositions.contains(prep) || prep == "at",
           tree.upos(argument) == .propn || !["", "O"].contains(tree.words[argument].entity) {
            lemma = "be " + tree.words[c].form.lowercased() + " " + prep
            objects = expand(argument).map(nounPhrase)
            words = (words + [c] + caseWords(of: argument)).sorted()
        }
        var out: [Proposition] = []
        let attribution = self.attribution(of: c)
        for subject in subjects {
            for object in objects {
                var proposition = Proposition(
                    predicate: c, relationWords: words, lemma: lemma, subject: subject, object: object,
                    negated: isNegated(c), modality: modal(of: c), confidence: ExtractionConfidence.copular)
                if let attribution { proposition.attribution = attribution }
                proposition.confidence = adjustedConfidence(proposition)
                out.append(proposition)
            }
        }
        return out
    }

    // MARK: - Arguments

    /// Subjects that sit side by side with no conjunction between them are one phrase the parser split
    /// ("Foreign Minister | Hossein Amir-Abdollahian"); the rightmost word heads it.
    func mergedAdjacent(_ phrases: [Phrase]) -> [Phrase] {
        guard phrases.count > 1 else { return phrases }
        let sorted = phrases.sorted { ($0.words.first ?? $0.head) < ($1.words.first ?? $1.head) }
        var out: [Phrase] = [sorted[0]]
        for phrase in sorted.dropFirst() {
            guard let last = out.last, let end = last.words.last, let start = phrase.words.first, start > end else {
                out.append(phrase)
                continue
            }
            let gap = (end + 1)..<start
            if gap.allSatisfy({ tree.upos($0) == .punct && tree.words[$0].form != "," }) && !gap.contains(where: { tree.relation($0) == .cc }) {
                out[out.count - 1] = Phrase(head: phrase.head, words: (last.words + Array(gap) + phrase.words).sorted())
            } else {
                out.append(phrase)
            }
        }
        return out
    }

    /// Direct subjects of `p`, split over coordination, relative pronouns replaced by what they refer to.
    func subjectHeads(of p: Int) -> [Int] {
        let subjects = tree.children(of: p, [.nsubj, .csubj, .nsubjOuter])
        if !subjects.isEmpty { return subjects.flatMap(expand) }
        // "Moscow, meanwhile, has claimed …": a fronted noun set off by commas is often mis-parsed as a
        // vocative or dislocated phrase; it is the subject.
        let fronted = tree.children(of: p, [.vocative, .dislocated, .dep, .discourse]).first { c in
            c < p && ([.propn, .noun].contains(tree.upos(c)) || tree.words[c].form.first?.isUppercase == true && c == 0)
        }
        return fronted.map(expand) ?? []
    }

    /// Subject a predicate without its own takes from its context: the first conjunct, the controller of an
    /// `xcomp`, the clause an adverbial hangs from, the noun a relative clause modifies.
    func inheritedSubject(of p: Int, depth: Int = 0) -> [Int]? {
        guard depth < 8, let h = tree.head(of: p) else { return nil }
        switch tree.relation(p) {
        case .conj, .advcl, .xcomp:
            // "… and a Canadian won the prize" parsed with "a Canadian" as the verb's determiner and modifier: the
            // conjunct has a subject of its own, lost to the parse, and is no one else's act.
            if tree.children(of: p, [.det]).contains(where: { $0 < p }) { return nil }
            // "called on the military to abandon Maduro", "appealed to Iran to release them": the one called on
            // would do it, not the caller.
            if tree.relation(p) != .conj, let addressee = addressee(asked: p, by: h) { return expand(addressee) }
            // "He cites the industry, which receives subsidies but is still reliant on imports" with the conjunct
            // hung on "cites": it continues the relative clause that ends right before it.
            if tree.relation(p) == .conj, let clause = openRelativeClause(before: p, under: h) { return subjectHeads(of: clause) }
            // "urged Novak to resign" (Novak parsed as the object, or as the indirect object): Novak would resign.
            if tree.relation(p) == .xcomp, let obj = tree.child(of: h, [.obj]) ?? tree.child(of: h, [.iobj]) { return expand(obj) }
            // "Lee is accused of bribing Park", "Iran has been accused by Israel of arming Hezbollah" (the clause
            // parsed under the agent): the one accused does it.
            if let accusation = passiveAccusation(p) { return tree.children(of: accusation, [.nsubjPass]).flatMap(expand) }
            // A clause hanging from a noun ("accused [the United States] of fueling …" parsed under the object):
            // the noun does it.
            // Not a charge or suspicion ("arrested on suspicion of helping X"): those are someone's claim about
            // someone else.
            if tree.relation(p) == .advcl, [.noun, .propn, .pron].contains(tree.upos(h)), !isClaimNoun(h),
               tree.children(of: p, [.mark]).contains(where: { ["of", "for"].contains(tree.lemma($0)) }) {
                return expand(h)
            }
            // "defended his ban on refugees from entering Germany": the ones banned would enter, never the one who
            // defends the ban (no one, when the ban names no one).
            if let ban = preventionNoun(of: p) {
                return tree.children(of: ban, [.nmod]).filter { ["on", "against", "of"].contains(preposition(of: $0)) }.flatMap(expand)
            }
            // "warned Washington against selling arms": the one warned would sell them.
            if let warned = warnedAgainst(p) { return expand(warned) }
            // "accused them of fueling", "blasted the West for pumping": the object does the gerund; so in
            // "stopped them from reaching" (which did not happen: `isPrevented`).
            if tree.relation(p) == .advcl, let obj = tree.child(of: h, [.obj]),
               tree.children(of: p, [.mark]).contains(where: { ["of", "for"].contains(tree.lemma($0)) }) || isPrevented(p) {
                return expand(obj)
            }
            let own = subjectHeads(of: h)
            // "Moscow has claimed that [the weapons come from stockpiles] and has also condemned the US": a
            // conjunct attached inside the clause but agreeing with a subject further up belongs up there.
            if tree.relation(p) == .conj, !own.isEmpty, agreementClash(p, own),
               [.ccomp, .advcl, .xcomp].contains(tree.relation(h)), let higher = tree.head(of: h) {
                let above = subjectHeads(of: higher)
                if !above.isEmpty, !agreementClash(p, above) { return above }
            }
            if !own.isEmpty { return own }
            let passive = tree.children(of: h, [.nsubjPass])
            // "Japan was expected to hold talks", "X was asked to leave": the passive's subject would do it.
            if tree.relation(p) == .advcl || passive.isEmpty {
                return inheritedSubject(of: h, depth: depth + 1)
            }
            return passive.flatMap(expand)
        case .aclRelcl, .acl:
            if let accusation = passiveAccusation(p) { return tree.children(of: accusation, [.nsubjPass]).flatMap(expand) }
            // "on suspicion of helping X", "the idea of sending troops": no suspicion or idea does it.
            if tree.relation(p) == .acl, isClaimNoun(h) {
                return nil
            }
            // "Russia's attempts to influence the vote": Russia would influence it, not the attempts.
            if let owner = intentionOwner(of: p) { return owner }
            return expand(predicatedSubject(of: h) ?? h)
        default:
            return nil
        }
    }

    /// The intention noun whose "to" clause `p` is ("Russia's attempts to influence the vote", "the decision to
    /// fire him"), or nil.
    func intentionNoun(of p: Int) -> Int? {
        guard tree.relation(p) == .acl, let noun = tree.head(of: p), tree.upos(noun) == .noun,
              L.intentionNouns[tree.lemma(noun)] != nil,
              tree.children(of: p, [.mark]).contains(where: { tree.lemma($0) == "to" }) else { return nil }
        return noun
    }

    /// Verbs whose subject makes the intention noun they take as object ("made an attempt to", "launched a bid to").
    static let intentionMakingVerbs: Set<String> = ["make", "launch", "lead", "announce", "take", "step", "renew", "intensify", "redouble"]

    /// Who means to do what an intention noun's "to" clause `p` says: the noun's possessor ("Russia's attempts to
    /// influence the vote", "his decision to fire Comey"), its "by" phrase ("the decision by China to block it"),
    /// the subject of a verb that makes it ("Iran made an attempt to …", "took the decision to …") or acts "in" it
    /// ("launched the operation in an effort to …").
    func intentionOwner(of p: Int) -> [Int]? {
        guard let noun = intentionNoun(of: p) else { return nil }
        if let owner = tree.child(of: noun, [.nmodPoss]) { return expand(owner) }
        if let agent = tree.children(of: noun, [.nmod]).first(where: { preposition(of: $0) == "by" && $0 < p }) { return expand(agent) }
        // "Turkey launched the operation in an effort to push ISIL back": the one who acts means it.
        if tree.relation(noun) == .obl, preposition(of: noun) == "in", let verb = tree.head(of: noun), tree.upos(verb) == .verb,
           tree.children(of: verb, [.nsubjPass]).isEmpty {
            let subjects = subjectHeads(of: verb)
            return subjects.isEmpty ? nil : subjects
        }
        if tree.relation(noun) == .obj, let verb = tree.head(of: noun), tree.upos(verb) == .verb,
           Self.intentionMakingVerbs.contains(tree.lemma(verb)) {
            let subjects = subjectHeads(of: verb)
            return subjects.isEmpty ? inheritedSubject(of: verb) : subjects
        }
        return nil
    }

    /// Whether `w` is a noun whose clause is someone's claim or suspicion ("the idea of", "on suspicion of"):
    /// never the one who does what the clause says.
    func isClaimNoun(_ w: Int) -> Bool {
        let lemma = tree.lemma(w).lowercased()
        return L.contentNouns.contains(lemma) || lemma == "suspicion"
    }

    /// The passive accusation verb whose charge `p` is ("Lee is accused of bribing Park", "Iran has been accused
    /// by Israel of arming Hezbollah" with the clause under the agent), or nil.
    func passiveAccusation(_ p: Int) -> Int? {
        guard tree.relation(p) == .advcl || tree.relation(p) == .acl, var h = tree.head(of: p),
              tree.children(of: p, [.mark, .case]).contains(where: { ["of", "for", "with"].contains(tree.lemma($0).lowercased()) })
        else { return nil }
        if tree.relation(h) == .oblAgent, let verb = tree.head(of: h) {
            h = verb
        } else if tree.relation(p) == .acl {
            return nil
        }
        guard tree.upos(h) == .verb, L.accusationVerbs.contains(tree.lemma(h)) || L.exoneratingVerbs.contains(tree.lemma(h)),
              tree.child(of: h, [.nsubjPass]) != nil else { return nil }
        return h
    }

    /// Verbs whose addressee follows a preposition and would do what is asked ("call on X to", "appeal to X to").
    static let addresseePrepositions: [String: Set<String>] = [
        "call": ["on", "upon"], "appeal": ["to"], "prevail": ["on", "upon"], "plead": ["with"], "rely": ["on", "upon"],
    ]

    /// Whom calling verb `h` asks to do `p` ("called on the military to abandon Maduro"): its oblique with the
    /// verb's preposition before the "to" clause `p`; not a time ("called on Monday for", "on the eve of the
    /// visit") nor "on behalf of".
    func addressee(asked p: Int, by h: Int) -> Int? {
        guard tree.children(of: p, [.mark]).contains(where: { tree.lemma($0) == "to" }),
              let prepositions = Self.addresseePrepositions[tree.lemma(h)] else { return nil }
        return tree.children(of: h, [.obl]).first { o in
            o < p && prepositions.contains(preposition(of: o) ?? "") && !isTemporal(o)
                && !Self.nonAddressees.contains(tree.lemma(o))
        }
    }

    /// Nouns after "on"/"to" that are no addressee: times and occasions.
    static let nonAddressees: Set<String> = [
        "eve", "behalf", "occasion", "day", "night", "morning", "afternoon", "evening", "anniversary", "sideline", "sidelines",
    ]

    /// Whether `p` is an act its head verb keeps someone from: "stopped them from reaching", "barred X from
    /// sending" (`prevention-verbs` with an object, the act introduced by "from").
    func isPrevented(_ p: Int) -> Bool {
        guard tree.relation(p) == .advcl, let h = tree.head(of: p), L.preventionVerbs.contains(tree.lemma(h)),
              tree.child(of: h, [.obj]) != nil else { return false }
        return tree.children(of: p, [.mark]).contains { tree.lemma($0) == "from" }
    }

    /// A relative clause set off by a comma before it and not closed by one, that ends right before conjunct `p`'s
    /// own words and lies between `p` and its head: what `p` continues ("the industry, which receives subsidies but
    /// is still reliant …"). Not a clause closed by a comma ("Abe, who leads Japan, and discussed trade").
    func openRelativeClause(before p: Int, under h: Int) -> Int? {
        guard let start = tree.subtree(of: p).min(), start > h, tree.words[start - 1].form != "," else { return nil }
        return (h + 1..<start).first { r in
            guard tree.relation(r) == .aclRelcl, tree.subtree(of: h).contains(r) else { return false }
            let words = tree.subtree(of: r)
            // (The opening comma may hang on the clause or before it.)
            guard let first = words.min(), words.max() == start - 1,
                  tree.words[first].form == "," || first > 0 && tree.words[first - 1].form == "," else { return false }
            return tree.children(of: r, [.nsubj]).contains { isRelativePronoun($0) }
        }
    }

    /// The one warned when `p` is the act they are warned against: "warned Washington against selling arms to
    /// Taiwan", an adverbial clause marked "against" on a verb of `warning-verbs`, the one warned its object (or
    /// indirect object).
    func warnedAgainst(_ p: Int) -> Int? {
        guard tree.relation(p) == .advcl, let h = tree.head(of: p), L.warningVerbs.contains(tree.lemma(h)),
              tree.children(of: p, [.mark, .case]).contains(where: { tree.lemma($0) == "against" })
        else { return nil }
        return tree.child(of: h, [.obj]) ?? tree.child(of: h, [.iobj])
    }

    /// The noun of a ban whose "from" clause `p` is: "his ban on refugees from entering Germany" (the clause parsed
    /// under the verb whose object the ban is), a noun of the `prevention-verbs` ("ban", "block", "bar").
    func preventionNoun(of p: Int) -> Int? {
        guard tree.relation(p) == .advcl, let h = tree.head(of: p),
              tree.children(of: p, [.mark]).contains(where: { tree.lemma($0) == "from" }),
              let ban = tree.child(of: h, [.obj]), tree.upos(ban) == .noun, L.preventionVerbs.contains(tree.lemma(ban))
        else { return nil }
        return ban
    }

    /// Whether a finite verb group (its auxiliary or the verb itself) disagrees in number with the subjects:
    /// "has" with "the weapons", "have" with "Moscow".
    func agreementClash(_ p: Int, _ subjects: [Int]) -> Bool {
        let finite = (tree.children(of: p, [.aux, .auxPass]).first.map { [$0] } ?? []) + [p]
        guard let tag = finite.lazy.map({ self.tree.words[$0].xpos }).first(where: { $0 == "VBZ" || $0 == "VBP" }) else { return false }
        let plural: Bool
        if subjects.count > 1 {
            plural = true
        } else if let s = subjects.first {
            let xpos = tree.words[s].xpos
            if xpos == "NNS" || xpos == "NNPS" { plural = true }
            else if xpos == "NN" || xpos == "NNP" { plural = false }
            else if ["they", "we"].contains(tree.lemma(s)) || ["they", "we"].contains(tree.words[s].form.lowercased()) { plural = true }
            else if ["he", "she", "it"].contains(tree.words[s].form.lowercased()) { plural = false }
            else { return false }
        } else {
            return false
        }
        return plural ? tag == "VBZ" : tag == "VBP"
    }

    /// The word and its conjuncts; a relative pronoun becomes the noun its clause modifies.
    func expand(_ w: Int) -> [Int] {
        [w] + tree.conjuncts(of: w).filter { tree.upos($0) != .verb || tree.upos(w) == .verb }
    }

    /// "Ukrainian and Russian negotiators", "Russian and Iranian forces": a common noun whose capitalised
    /// modifier is coordinated with another is one phrase per modifier ("Ukrainian negotiators", "Russian
    /// negotiators"), so each country is an actor of its own.
    func splitCoordinatedModifiers(_ phrase: Phrase) -> [Phrase] {
        let head = phrase.head
        guard tree.upos(head) == .noun else { return [phrase] }
        // Proper adjectives ("Russian") or acronyms ("US"); not "House and Senate committees".
        let capitalised = { (w: Int) in
            let form = self.tree.words[w].form
            return form.first?.isUppercase == true
                && (self.tree.upos(w) == .adj || self.tree.upos(w) == .propn && form.count > 1 && form.allSatisfy { $0.isUppercase || $0 == "." })
        }
        guard let first = tree.children(of: head, [.amod, .compound]).first(where: { $0 < head && capitalised($0) }) else {
            return [phrase]
        }
        let others = tree.children(of: first, [.conj]).filter { $0 < head && capitalised($0) }
        guard !others.isEmpty else { return [phrase] }
        let modifiers = [first] + others
        // Each modifier's own words: its subtree without the other conjuncts, their conjunctions and commas.
        let coordination = Set(modifiers.flatMap { tree.subtree(of: $0) })
        func own(_ m: Int) -> Set<Int> {
            Set(tree.subtree(of: m) { c in c != m && (others.contains(c) || [.cc, .punct].contains(tree.relation(c))) })
        }
        // (The phrase itself leaves coordinated material out: the later conjuncts are added back one at a time.)
        return modifiers.map { m in
            Phrase(head: head, words: Set(phrase.words.filter { !coordination.contains($0) }).union(own(m)).sorted())
        }
    }

    /// "Former Secretaries of State Madeleine Albright and John Kerry", "Their wives, Fionnuala Kenny and Karen
    /// Pence,", "The leaders of that effort, Sens. Richard Burr and Mark Warner": a title or relational noun whose
    /// name (`titledName`) is two or more people's names joined by "and" or commas is one phrase per name (each
    /// keeps the phrase's other words, its title), never one person called "Madeleine Albright and John Kerry".
    /// Names inside a modifier ("the relationship between Trump and Pence") stay the phrase's.
    func splitNamedConjuncts(_ phrase: Phrase) -> [Phrase] {
        guard let titled = tree.titledName(phrase.head) else { return [phrase] }
        let spans = tree.personNameSpans(in: titled)
        guard spans.count >= 2 else { return [phrase] }
        let words = Set(phrase.words).union(titled).sorted()
        // Only "and", "&" or commas between consecutive names.
        var joiners: Set<Int> = []
        for (a, b) in zip(spans, spans.dropFirst()) {
            guard let end = a.last, let start = b.first, end + 1 < start else { return [phrase] }
            let between = Array((end + 1)..<start)
            guard between.allSatisfy({ ["and", "&", ","].contains(tree.words[$0].form.lowercased()) }),
                  between.allSatisfy(words.contains) else { return [phrase] }
            joiners.formUnion(between)
        }
        let named = Set(spans.joined())
        return spans.map { span in
            let own = Set(span)
            let kept = words.filter { !joiners.contains($0) && (!named.contains($0) || own.contains($0)) }
            let head = named.contains(phrase.head) ? (span.first { w in tree.head(of: w).map { !own.contains($0) } ?? true } ?? span[0]) : phrase.head
            return Phrase(head: head, words: kept)
        }
    }

    /// A noun phrase headed by `w`, without clauses, appositions and coordinated material.
    func nounPhrase(_ w: Int) -> Phrase {
        var head = w
        if isRelativePronoun(w) {
            if let clause = relativeClause(containing: w), let noun = tree.head(of: clause) {
                head = predicatedSubject(of: noun) ?? noun
            } else if let noun = antecedentBefore(w) {
                head = noun
            }
        }
        return Phrase(head: head, words: phraseWords(head))
    }

    /// The subject a predicate noun describes: "Anna Novak is a lawyer who represented Freedonia" — the lawyer
    /// who represented it is Anna Novak, not the copular clause "Anna Novak is a lawyer".
    func predicatedSubject(of noun: Int) -> Int? {
        guard tree.child(of: noun, [.cop]) != nil, [.noun, .propn].contains(tree.upos(noun)),
              let subject = tree.child(of: noun, [.nsubj]) else { return nil }
        // "it was a challenge to get information": an extraposed "it" is no one who gets it.
        return tree.upos(subject) == .pron && ["it", "this", "that"].contains(tree.lemma(subject)) ? nil : subject
    }

    /// The noun right before a relative "who" or "which" that the parser did not attach as a relative clause
    /// ("Walsh, who served under Priebus, …" parsed with "who served" as an adverbial): the noun phrase it
    /// follows, through one comma, is what the pronoun stands for. "that" is left alone: it is as often a
    /// complementizer.
    private func antecedentBefore(_ w: Int) -> Int? {
        guard ["who", "whom", "which"].contains(tree.words[w].form.lowercased()) else { return nil }
        var n = w - 1
        if n >= 0, tree.words[n].form == "," { n -= 1 }
        guard n >= 0, [.noun, .propn].contains(tree.upos(n)) else { return nil }
        // The head of the name or compound the word belongs to ("Mary" heads "Mary Jones").
        for _ in 0..<4 {
            guard let h = tree.head(of: n), [.flat, .compound, .fixed, .goeswith].contains(tree.relation(n)),
                  abs(h - n) <= 3 else { break }
            n = h
        }
        return n
    }

    private func isRelativePronoun(_ w: Int) -> Bool {
        ["which", "who", "that", "whom"].contains(tree.lemma(w)) && (tree.upos(w) == .pron || tree.upos(w) == .det)
    }

    private func relativeClause(containing w: Int) -> Int? {
        var n = w
        for _ in 0..<4 {
            guard let h = tree.head(of: n) else { return nil }
            if tree.relation(h) == .aclRelcl { return h }
            n = h
        }
        return nil
    }

    /// The subtree of `w` as phrase words: without relative clauses, appositions, the phrase's own coordination
    /// and edge punctuation. Coordination inside a modifier stays ("the alliance between Russia and Iran"), but
    /// not a clause with a subject of its own joined to it ("…, while members question …"). (A conjunct the
    /// parser hung on a name's last word is the phrase's own: "Anna Berg and her husband".)
    func phraseWords(_ w: Int, excluding extra: (Int) -> Bool = { _ in false }) -> [Int] {
        let nameParts: Set<DependencyRelation> = [.flat, .fixed, .goeswith]
        var words = tree.subtree(of: w) { child in
            let r = tree.relation(child)
            let coordination = (r == .conj || r == .cc || r == .ccPreconj) && (tree.head(of: child).map { h in
                h == w || tree.head(of: h) == w && tree.relation(h).map(nameParts.contains) == true
            } == true || r == .conj && tree.child(of: child, [.nsubj, .nsubjPass]) != nil)
            return coordination || r == .aclRelcl || r == .appos || r == .parataxis || r == .dep || extra(child)
        }
        // (With the rest of a preposition of several words: "according to the report"; the "'s" of an intention's
        // owner: "the government's refusal to …" is refused by "the government". Other possessors keep theirs:
        // "the group's" in "X, the group's chairman" is an owner no one named.)
        let isMarker = { (x: Int) in self.tree.relation(x) == .case && self.tree.head(of: x) == w }
        let ownsAnIntention = tree.relation(w) == .nmodPoss && tree.head(of: w).map { L.intentionNouns[tree.lemma($0)] != nil } == true
        while let last = words.last, last != w, tree.upos(last) == .punct || ownsAnIntention && last > w && isMarker(last) { words.removeLast() }
        while let first = words.first, first != w,
              tree.upos(first) == .punct || isMarker(first) || tree.relation(first) == .fixed && tree.head(of: first).map(isMarker) == true {
            words.removeFirst()
        }
        return words
    }

    func phraseWords(_ w: Int, excludingSubtreeOf x: Int) -> [Int] {
        let excluded = Set(tree.subtree(of: x))
        return phraseWords(w).filter { !excluded.contains($0) }
    }

    /// Dates and times ("in October", "on Friday", "in 2022"): circumstances, never the target of a relation.
    func isTemporal(_ w: Int) -> Bool {
        let prep = preposition(of: w)
        if let prep, L.temporalPrepositions.contains(prep) { return true }
        // "spoke with May", "met with Jan Nowak": a person, however like a month or a day its name is.
        if tree.words[w].entity.hasSuffix("PER") || prep.map(Self.partnerPrepositions.contains) == true && tree.upos(w) == .propn {
            return false
        }
        return tree.upos(w) == .num || L.temporalNouns.contains(tree.lemma(w)) || L.temporalNouns.contains(tree.words[w].form.lowercased())
    }

    /// Prepositions that never put a date after them: a month or a day's name after one is a name ("talks with May").
    static let partnerPrepositions: Set<String> = ["with", "against", "alongside", "toward", "towards", "behind", "like"]

    /// The preposition of an oblique or nominal modifier ("on", "according to").
    func preposition(of w: Int) -> String? {
        let words = caseWords(of: w)
        guard !words.isEmpty else { return nil }
        return words.map { tree.lemma($0) }.joined(separator: " ")
    }

    func caseWords(of w: Int) -> [Int] {
        tree.children(of: w, [.case]).flatMap { [$0] + tree.children(of: $0, [.fixed]) }.sorted()
    }

    // MARK: - Polarity, modality, attribution

    /// Auxiliaries, negation and the adverbs inside the verb group ("has also been illegally acquiring").
    func auxiliaries(of p: Int) -> [Int] {
        let auxiliaries = tree.children[p].filter { tree.relation($0) == .aux || tree.relation($0) == .auxPass }
        let groupStart = auxiliaries.min() ?? p
        let subjectEnd = tree.children[p].filter { tree.relation($0)?.base == .nsubj }.max() ?? -1
        return tree.children[p].filter { c in
            let r = tree.relation(c)
            if r == .aux || r == .auxPass { return true }
            guard r == .advmod, c < p else { return false }
            if L.negations.contains(tree.lemma(c)) { return true }
            // An adverb between the subject and the verb, with no dependents of its own ("also", "often").
            return c > subjectEnd && c >= groupStart - 1 && tree.children[c].isEmpty && tree.upos(c) == .adv
        }
    }

    func isNegated(_ p: Int) -> Bool {
        // "No country could stop Russia", "nobody criticized China": the subject denies the predicate.
        for subject in tree.children(of: p, [.nsubj, .nsubjPass]) {
            if L.negativeSubjects.contains(tree.lemma(subject)) { return true }
            if tree.children(of: subject, [.det]).contains(where: { tree.lemma($0) == "no" }) { return true }
        }
        // "Russia sent no troops", "he had no wallet, phone or documents": a "no" object denies the act too (its
        // conjuncts with it).
        for object in tree.children(of: p, [.obj]) where isDeniedByNo(object) { return true }
        // "there is no evidence that X colluded with Y", "found no sign that China had hacked it": what no evidence,
        // sign or claim says is not stated (whether the parse reads the clause as the noun's content or as a
        // relative clause). "No city that Ukraine held" still has Ukraine holding cities; "no doubt that" affirms.
        if [DependencyRelation.acl, .aclRelcl, .ccomp].contains(tree.relation(p)), let noun = tree.head(of: p), tree.upos(noun) == .noun,
           L.contentNouns.contains(tree.lemma(noun)) || L.evidenceNouns.contains(tree.lemma(noun)),
           tree.children(of: noun, [.det]).contains(where: { tree.lemma($0) == "no" }),
           !tree.children[p].contains(where: { ["what", "who", "how", "why", "where", "when", "whether"].contains(tree.lemma($0).lowercased()) }) {
            // ("We have no idea what we are doing" still has them doing something.)
            return true
        }
        // "…, without providing any details": what is done without is not done.
        if tree.children(of: p, [.mark]).contains(where: { tree.lemma($0) == "without" }) { return true }
        // "acquitted him of murdering her", "was cleared of bribing officials": the act is denied.
        if exonerated(p) { return true }
        // "Neither Germany nor France signed", "criticised neither Germany nor France": none of them did.
        for argument in tree.children(of: p, [.nsubj, .nsubjPass, .obj]) where isNeitherNor(argument) { return true }
        for c in tree.children[p] {
            let r = tree.relation(c)
            // "has not sent, nor will it send": the conjunct after "nor" is negated too.
            if r == .cc, ["nor", "neither"].contains(tree.lemma(c)) { return true }
            // "not only focuses on X but also Y" affirms both.
            if r == .advmod && L.negations.contains(tree.lemma(c)) && !(c + 1 < tree.count && tree.words[c + 1].form.lowercased() == "only") {
                return true
            }
            if r == .advmod, tree.lemma(c) == "longer", tree.children(of: c, [.advmod]).contains(where: { tree.lemma($0) == "no" }) { return true }
        }
        return false
    }

    /// Whether `p` is the act a verb of `exonerating-verbs` clears someone of: its gerund clause with "of".
    func exonerated(_ p: Int) -> Bool {
        // "was acquitted of" is often tagged an adjective with a copula.
        guard tree.relation(p) == .advcl || tree.relation(p) == .acl, let h = tree.head(of: p), [.verb, .adj].contains(tree.upos(h)),
              L.exoneratingVerbs.contains(tree.lemma(h)) else { return false }
        return tree.children(of: p, [.mark]).contains { tree.lemma($0).lowercased() == "of" }
    }

    /// Whether an object is determined by "no" ("no troops"; not "no longer", an adverb).
    func isDeniedByNo(_ object: Int) -> Bool {
        // "say no matter what" is an idiom, not a denial.
        tree.lemma(object) != "matter" && tree.children(of: object, [.det]).contains { tree.words[$0].form == "no" }
    }

    /// Whether a coordinated argument is "neither … nor …".
    private func isNeitherNor(_ w: Int) -> Bool {
        // ("Neither Israeli nor Palestinian representatives": the modifiers are coordinated.)
        let coordinated = [w] + tree.children(of: w, [.amod, .compound])
        let marks = coordinated.flatMap { tree.children(of: $0, [.ccPreconj, .cc]) + tree.conjuncts(of: $0).flatMap { tree.children(of: $0, [.cc]) } }
        return marks.contains { ["neither", "nor"].contains(tree.lemma($0)) }
    }

    func modal(of p: Int) -> String? {
        tree.children(of: p, [.aux]).map { tree.lemma($0) }.first { L.modals.contains($0) }
    }

    /// The verb of an emphatic "do" that the tagger took for a noun compound: "Iran did at one point supply
    /// drones" parsed as did –obl→ drones –compound→ supply. Only verbs of a short list qualify.
    func emphaticVerb(of p: Int) -> (verb: Int, argument: Int)? {
        for n in tree.children(of: p, [.obl, .obj, .nsubj]) where n > p {
            for c in tree.children(of: n, [.compound]) where c < n && c > p {
                if L.emphaticDoVerbs.contains(tree.words[c].form.lowercased()) { return (c, n) }
            }
        }
        return nil
    }

    /// The speech verb that answers or makes a report-like noun's claim: one that takes the noun as its object
    /// ("denied reports that …") or says it in it ("said in a report that …").
    func reportingVerb(ofContentNoun noun: Int) -> Int? {
        guard let verb = tree.head(of: noun), tree.upos(verb) == .verb, L.speechVerbs.contains(tree.lemma(verb)) else { return nil }
        if tree.relation(noun) == .obj { return verb }
        return tree.relation(noun)?.base == .obl && preposition(of: noun) == "in" ? verb : nil
    }

    /// The speaker and speech verb when `p` is reported speech ("X claims [p …]", "[p …], X said").
    func attribution(of p: Int, depth: Int = 0) -> (speaker: Phrase, verb: String)? {
        guard depth < 6 else { return nil }
        // "rejected the idea that X posed a threat", "dismissed reports he told Y": the clause is what the idea or
        // report says, answered (rejected, denied, confirmed) by the subject of the verb that has it as object.
        // Only a speech act answers it: one who addresses, faces or investigates a claim does not make it; the claim's
        // owner does ("will address Trump's claim that …", "renewed Trump's claims that …").
        if isContentClause(p), let noun = tree.head(of: p) {
            if let verb = reportingVerb(ofContentNoun: noun) { return speaker(of: verb).map { ($0, tree.lemma(verb)) } }
            if let owner = tree.child(of: noun, [.nmodPoss]) { return (nounPhrase(owner), tree.lemma(noun)) }
            // "Purcell argued that the judges should not discount the possibility that …": a report inside reported
            // speech is the speaker's too (not inside a denial).
            guard let verb = tree.head(of: noun), tree.upos(verb) == .verb, let reported = attribution(of: verb, depth: depth + 1),
                  !L.denialVerbs.contains(reported.verb) else { return nil }
            return reported
        }
        if let h = tree.head(of: p) {
            switch tree.relation(p) {
            case .ccomp:
                if let verb = speechLemma(h), let speaker = speaker(of: h) { return (speaker, verb) }
                if speechLemma(h) == nil, let reported = attribution(of: h, depth: depth + 1),
                   !L.denialVerbs.contains(reported.verb) {
                    // "The monitor said it had learned that the dam had stopped": what a reported verb (learn,
                    // find, know) takes in is reported by the same speaker (not a denial: denying that one
                    // learned something does not deny the thing).
                    return reported
                }
            case .advcl where passiveAccusation(p) != nil, .acl where passiveAccusation(p) != nil:
                // "Iran has been accused by Israel of arming Hezbollah": the agent's claim (with none named, the
                // clause keeps "accused of" as its modality).
                if let accusation = passiveAccusation(p), let agent = tree.child(of: accusation, [.oblAgent]) {
                    return (nounPhrase(agent), tree.lemma(accusation))
                }
            case .advcl where (L.accusationVerbs.contains(tree.lemma(h)) || L.exoneratingVerbs.contains(tree.lemma(h))
                && tree.upos(h) == .verb && tree.child(of: h, [.nsubjPass, .cop]) == nil)
                && tree.children(of: p, [.mark, .case]).contains { ["of", "for", "with"].contains(tree.lemma($0)) }:
                // "accused him of breaking the pledge", "blamed Kiev for shelling": the act is the accuser's claim
                // ("acquitted him of murdering her": the court's, denied).
                if let speaker = speaker(of: h) { return (speaker, tree.lemma(h)) }
            case .advcl where tree.children(of: p, [.mark]).contains { tree.lemma($0) == "that" }:
                // "He admitted, however, that Iran did …" parsed as an adverbial clause: still what he admitted.
                let verb = tree.lemma(h)
                if L.speechVerbs.contains(verb), let speaker = speaker(of: h) { return (speaker, verb) }
            case .advcl:
                // "'Erdogan is making full use of this to try to gain support,' Chesal told CNN": a purpose or other
                // adverbial clause inside reported speech is reported too (of the speech verb itself it is not:
                // the verb's own attribution, usually none, is what it inherits).
                return attribution(of: h, depth: depth + 1)
            case .conj where tree.children(of: p, [.mark]).contains { tree.lemma($0) == "that" }
                && speechLemma(h) != nil && !tree.children(of: h, [.ccomp]).isEmpty:
                // "said the dam had stopped, but that ISIL remained in control": a "that" clause joined to the
                // speech verb is a second thing said, not a main clause.
                if let verb = speechLemma(h), let speaker = speaker(of: h) { return (speaker, verb) }
            case .conj, .xcomp:
                // A conjunct that agrees with a subject further up was mis-attached inside the reported clause;
                // it shares the attribution of the clause it belongs to.
                let own = subjectHeads(of: h)
                if tree.relation(p) == .conj, !own.isEmpty, agreementClash(p, own),
                   [.ccomp, .advcl, .xcomp].contains(tree.relation(h)), let higher = tree.head(of: h) {
                    return attribution(of: higher, depth: depth + 1)
                }
                return attribution(of: h, depth: depth + 1)
            case .acl where predicatedSubject(of: h) != nil, .aclRelcl where predicatedSubject(of: h) != nil:
                // "alleged that Russia and Iran were in the process of establishing …": the act described through
                // the copula is what the clause of the copula reports.
                return attribution(of: h, depth: depth + 1)
            default: break
            }
        }
        for s in tree.children(of: p, [.parataxis]) where L.speechVerbs.contains(tree.lemma(s)) {
            if let speaker = speaker(of: s) { return (speaker, tree.lemma(s)) }
        }
        for obl in tree.children(of: p, [.obl]) where isAccordingTo(preposition(of: obl)) {
            // Without "according to" itself ("to" hangs from "according", not from the noun).
            let preposition = Set(caseWords(of: obl))
            let phrase = nounPhrase(obl)
            return (Phrase(head: phrase.head, words: phrase.words.filter { !preposition.contains($0) }), "according to")
        }
        return nil
    }

    /// The speech verb a clause's head is: its lemma, or for a past form the tagger read as an adjective
    /// ("Kirby further alleged that …" with "alleged" ADJ) the verb it comes from.
    func speechLemma(_ h: Int) -> String? {
        let lemma = tree.lemma(h)
        if L.speechVerbs.contains(lemma) { return lemma }
        if let plain = madePlain(h) { return "make " + tree.words[plain].form.lowercased() }
        let form = tree.words[h].form.lowercased()
        guard tree.upos(h) == .adj, form.hasSuffix("ed") else { return nil }
        return [String(form.dropLast(2)), String(form.dropLast())].first(where: L.speechVerbs.contains)
    }

    /// The "clear" of "made (it) clear that …", "made plain that …": with its clause, a statement like "said that
    /// …", whose content is the speaker's (`speechLemma`), not an act on a thing called "clear".
    func madePlain(_ p: Int) -> Int? {
        guard tree.lemma(p) == "make", tree.child(of: p, [.ccomp]) != nil else { return nil }
        return tree.children(of: p, [.xcomp, .obj]).first { L.statementAdjectives.contains(tree.words[$0].form.lowercased()) }
    }

    private func speaker(of s: Int) -> Phrase? {
        if let subject = subjectHeads(of: s).first { return nounPhrase(subject) }
        if let inherited = inheritedSubject(of: s)?.first { return nounPhrase(inherited) }
        return nil
    }

    func adjustedConfidence(_ p: Proposition) -> Double {
        typealias C = ExtractionConfidence
        var c = p.confidence
        if p.subject == nil { c += C.missingSubject }
        if p.object == nil { c += C.missingObject }
        let length = (p.subject?.words.count ?? 0) + (p.object?.words.count ?? 0)
        c += C.perLongArgumentWord * Double(max(0, length - C.longArgumentWords))
        c += C.perExtra * Double(p.extras.count)
        c += embeddingAdjustment(p.predicate)
        return (min(C.ceiling, max(C.floor, c)) * 1000).rounded() / 1000
    }

    /// Clauses inside other clauses are parsed less reliably, and a reported or conditional clause is less
    /// often a standalone fact: each level of embedding lowers confidence.
    private func embeddingAdjustment(_ p: Int) -> Double {
        var adjustment = 0.0
        var node = p
        for _ in 0..<8 {
            guard let h = tree.head(of: node) else { break }
            switch tree.relation(node) {
            case .ccomp, .csubj: adjustment += ExtractionConfidence.clausalEmbedding
            case .advcl: adjustment += ExtractionConfidence.adverbialEmbedding
            case .aclRelcl, .acl: adjustment += ExtractionConfidence.relativeEmbedding
            default: break
            }
            node = h
        }
        return adjustment
    }
}
