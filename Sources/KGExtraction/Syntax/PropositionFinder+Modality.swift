import KGSyntax
/// What keeps a proposition from being read as a fact: reduced passives without an agent, clauses that a noun
/// reports ("the idea that …"), hypotheticals, purposes and demands.
extension PropositionFinder {
    /// Hypotheticals, purposes, demands and unconfirmed reports keep a modality, so that they are stored and
    /// shown as such, never as facts. A modality the verb group already has ("will", "plan to") wins.
    func markIrrealis(_ d: inout VerbalDraft) {
        // "wondered whether Russia would attack", "not clear if it was ready to": a question asks, whatever modal
        // the verb group has; so "does not mean that Russia will attack" leaves it open.
        if d.modality != nil, let open = irrealisModality(of: d.predicate), open == "whether" || open.hasPrefix("not ") {
            d.modality = open
            return
        }
        // "hopes China will sign the deal", "fears Russia could attack": the clause is hoped or feared, whatever its
        // own modal says.
        if d.modality != nil, let wanted = wantedClauseModality(of: d.predicate) {
            d.modality = wanted
            return
        }
        guard d.modality == nil else { return }
        // "Russia allegedly hacked the election": claimed, not stated.
        if let hedge = tree.children(of: d.predicate, [.advmod]).first(where: { L.hedgeAdverbs.contains(tree.lemma($0).lowercased()) }) {
            d.modality = tree.lemma(hedge).lowercased()
            return
        }
        guard let modality = irrealisModality(of: d.predicate) else { return }
        d.modality = modality
    }

    /// The modality of a clause that a verb of `irrealis-complement-verbs` takes as its complement ("hopes (that)
    /// China will sign"), through the clause's conjuncts.
    func wantedClauseModality(of p: Int) -> String? {
        var clause = p
        while tree.relation(clause) == .conj, let h = tree.head(of: clause) { clause = h }
        // (A verb the tagger took for a noun has a subject: "Li hopes that …".)
        guard tree.relation(clause) == .ccomp, let h = tree.head(of: clause), tree.upos(h) == .verb || tree.child(of: h, [.nsubj]) != nil,
              !tree.children(of: clause, [.mark]).contains(where: { ["whether", "if"].contains(tree.lemma($0)) }),
              // Not a participle without an auxiliary, an adjective misread ("said proposed legislation would …").
              tree.words[h].xpos != "VBN" || !tree.children(of: h, [.aux, .auxPass]).isEmpty
        else { return nil }
        return L.irrealisComplementVerbs[tree.lemma(h)]
    }

    /// Adjectives whose "to" gerund is a goal, not done yet: "committed to protecting", "open to competing",
    /// "closer to repealing".
    static let gerundGoalAdjectives: Set<String> = ["committed", "open", "close", "closer", "dedicated", "ready", "willing", "tantamount"]

    /// Verbs that draw a clause from something: negated ("does not mean that …"), they leave it open.
    static let inferenceVerbs: Set<String> = ["mean", "imply", "prove", "suggest", "indicate", "guarantee", "show"]

    /// Verbs whose "of"/"for"/"with" clause is a charge rather than a fact, with the participle that names it.

    static let accusationParticiples = ["accuse": "accused", "suspect": "suspected", "charge": "charged", "blame": "blamed"]

    /// The modality a clause takes from where it sits: "if Russia attacks" (if), "sent troops to attack" (in
    /// order to), "demanded that Russia withdraw" (demand), "urged him to admit he had …" (urge to), "reports
    /// that X …" with no one answering them (reportedly). Conjuncts and complements share their clause's.
    func irrealisModality(of p: Int, depth: Int = 0) -> String? {
        guard depth < 6 else { return nil }
        guard let h = tree.head(of: p) else {
            // "If Congress backs the budget, and that is far from a done deal, …" parsed with the condition as the
            // sentence's root: still a condition.
            return tree.children(of: p, [.mark]).lazy.map { self.tree.lemma($0).lowercased() }
                .filter { ["if", "unless", "whether", "lest"].contains($0) }.compactMap { L.irrealisMarks[$0] }.first
        }
        let marks = tree.children(of: p, [.mark]).map { tree.lemma($0) }
        // "It is time for Romania to decide", "hard for China to redirect", "called for Russia to withdraw": what it
        // is time, hard or wise for someone to do, or what is called for, is not done.
        if marks.contains("for"), marks.contains("to"), tree.child(of: p, [.nsubj]) != nil { return tree.lemma(h).lowercased() + " for" }
        switch tree.relation(p) {
        case .advcl where marks.isEmpty && p > h && tree.words[p].xpos == "VBG":
            // "might roll back these reforms, loosening rules", "will sign the treaty, ending the war": what a
            // closing participle adds is as possible as its verb (its modal only: "braved the cold to protest,
            // demanding the resignation" demands).
            return modal(of: h)
        case .advcl where marks.contains("by") && tree.words[p].xpos == "VBG":
            // "plan to begin the journey by flying to Canada", "cannot defeat Islamists by excluding Saudi Arabia":
            // the means is as planned or possible as the act it serves.
            if let modal = modal(of: h) { return modal }
            if tree.relation(h) == .xcomp, let controller = tree.head(of: h), let control = L.controlModality[tree.lemma(controller)] {
                return control
            }
            return irrealisModality(of: h, depth: depth + 1)
        case .advcl:
            // "Lee is accused of bribing Park", "allegations accusing Duterte of ordering killings", with no accuser
            // named: an accusation, not a fact.
            // (Praise and thanks for an act grant it; credit is given for what was done.)
            if let accusation = passiveAccusation(p) ?? h as Int?, let participle = Self.accusationParticiples[tree.lemma(accusation)],
               let mark = tree.children(of: p, [.mark, .case]).first(where: { ["of", "for", "with"].contains(tree.lemma($0).lowercased()) }),
               attribution(of: p) == nil {
                return participle + " " + tree.lemma(mark).lowercased()
            }
            // "is capable of striking Japan", "an arsenal capable of breaking into iPhones": a capability, no act
            // ("isn't capable of": not even that).
            if tree.upos(h) == .adj, marks.contains("of"), let modality = L.adjectiveControl[tree.lemma(h)] {
                return isNegated(h) ? "not " + modality : modality
            }
            // "called on the military to abandon Maduro": asked of the addressee, not the caller's purpose.
            if addressee(asked: p, by: h) != nil {
                return L.controlModality[tree.lemma(h)] ?? tree.lemma(h) + " to"
            }
            // "confessed to killing Anna Berg", "admitted to taking bribes": "to" before a gerund is a preposition,
            // no purpose; what one looks forward to, is committed, open or close to is not done yet.
            if tree.words[p].xpos == "VBG", marks.contains("to") {
                if tree.lemma(h) == "look", tree.children(of: h, [.compoundPrt, .advmod]).contains(where: { tree.lemma($0) == "forward" }) {
                    return "look forward to"
                }
                // "will contribute to ending the crisis": a contribution, not the end.
                if tree.lemma(h) == "contribute" { return "contribute to" }
                let adjective = tree.words[h].form.lowercased()
                if tree.upos(h) == .adj, Self.gerundGoalAdjectives.contains(adjective) { return adjective + " to" }
                return marks.lazy.filter { $0 != "to" }.compactMap { L.irrealisMarks[$0] }.first
            }
            return marks.lazy.compactMap { L.irrealisMarks[$0] }.first
        case .ccomp, .csubj:
            if marks.contains("whether") || marks.contains("if") { return "whether" }
            // "This does not mean that Russia will attack": a clause a negated inference leaves open is no claim.
            if tree.upos(h) == .verb, Self.inferenceVerbs.contains(tree.lemma(h)), isNegated(h) { return "not " + tree.lemma(h) }
            if tree.upos(h) == .verb, let modality = L.irrealisComplementVerbs[tree.lemma(h)] { return modality }
            if isContentClause(p) { return tree.relation(h) == .obj ? nil : "reportedly" }
            if L.speechVerbs.contains(tree.lemma(h)) { return speechActModality(h) }
            return nil
        case .acl, .aclRelcl:
            // "doubt on whether he can lead": a question about the noun.
            if marks.contains("whether") { return "whether" }
            // A report a speech act takes as its object or says in is that act's ("denied reports that …", "said in
            // a report that …"); one addressed, examined or repeated stays a report ("will address his claim that …").
            guard isContentClause(p) else { return nil }
            return reportingVerb(ofContentNoun: h) == nil ? "reportedly" : nil
        case .conj, .xcomp:
            return irrealisModality(of: h, depth: depth + 1)
        default:
            return nil
        }
    }

    /// The modality of a speech act itself, which what it reports inherits: "urged him to admit (he had …)",
    /// "may claim (that …)", "refused to confirm (that …)".
    func speechActModality(_ s: Int) -> String? {
        if let modal = modal(of: s) { return modal }
        guard tree.relation(s) == .xcomp, let controller = tree.head(of: s) else { return nil }
        let control = tree.lemma(controller)
        if L.negatingControl.contains(control) { return control + " to" }
        return L.controlModality[control]
    }

    /// Whether `p` is the content of a report-like noun ("the idea that …", "reports (that) he told …") rather
    /// than a relative clause about it ("the report that he wrote"): no relative pronoun, and either "that" or
    /// an object of its own.
    func isContentClause(_ p: Int) -> Bool {
        guard let noun = tree.head(of: p), tree.upos(noun) == .noun, L.contentNouns.contains(tree.lemma(noun)), noun < p else {
            return false
        }
        // "that" parsed as a relative pronoun is a complementizer when it fills no gap in the clause: as object
        // when the clause has an object of its own ("the idea that Serbia posed a threat"), as subject when it has
        // a subject of its own, and as an oblique without a preposition ("suggestions that the chaos led to …";
        // "the report that he referred to" keeps its "to").
        let ownObject = tree.children(of: p, [.obj, .ccomp, .xcomp]).contains { tree.lemma($0) != "that" }
        let ownSubject = tree.children(of: p, [.nsubj, .nsubjPass, .csubj]).contains { tree.lemma($0) != "that" }
        let fillsGap = { (c: Int) -> Bool in
            switch self.tree.relation(c) {
            case .mark: return false
            case .obj, .iobj: return !ownObject
            case .nsubj, .nsubjPass, .csubj: return !ownSubject
            default: return self.tree.child(of: c, [.case]) != nil
            }
        }
        let relativePronoun = tree.children[p].contains { c in
            ["which", "who", "whom"].contains(tree.lemma(c)) || tree.lemma(c) == "that" && fillsGap(c)
        }
        // (A passive clause has its subject too: "the claim that he was wiretapped by Obama".)
        guard !relativePronoun, !subjectHeads(of: p).isEmpty || tree.child(of: p, [.nsubjPass]) != nil else { return false }
        return tree.children[p].contains { tree.lemma($0) == "that" } || ownObject
    }

    /// "Jan Kowalski named in report": a past participle with a subject but no auxiliary and nothing it acts on
    /// is a passive in a headline, not the subject acting. In a sentence that ends like one ("Hezbollah fired at
    /// Israel.", "TCL started in the late 1990s.") it is a past tense the tagger took for a participle, unless a
    /// "by" phrase names the agent (a reduced relative the parser made a clause: "cargo handled by union workers").
    func isReducedPassive(_ p: Int) -> Bool {
        guard tree.words[p].xpos == "VBN", [DependencyRelation.root, .parataxis, .ccomp, .conj].contains(tree.relation(p)),
              tree.child(of: p, [.nsubj]) != nil,
              tree.children(of: p, [.aux, .auxPass, .cop, .obj, .iobj, .ccomp, .xcomp, .csubj]).isEmpty else { return false }
        let byAgent = tree.children(of: p, [.oblAgent, .obl]).contains { preposition(of: $0) == "by" }
        // (A conjunct only with its "by" agent, right after a subject with no phrase of its own: "…, the Ukrainian
        // territory annexed by Russia" parsed as a clause.)
        if tree.relation(p) == .conj {
            return byAgent && tree.child(of: p, [.nsubj]).map { s in
                let phrase = tree.subtree(of: s)
                return phrase.last == p - 1 && !phrase.contains { tree.relation($0) == .case }
            } == true
        }
        return !endsLikeASentence || byAgent
    }

    /// Whether the sentence closes with a full stop, a question or an exclamation mark (before any closing quotes
    /// or brackets): headlines do not.
    var endsLikeASentence: Bool {
        for w in (0..<tree.count).reversed() {
            let form = tree.words[w].form
            if [".", "!", "?", "...", "\u{2026}"].contains(form) { return true }
            if !["\"", "'", "''", "\u{201D}", "\u{2019}", ")", "]"].contains(form) { return false }
        }
        return false
    }

    /// The phrase without the clause its noun reports: "reports that Moscow is preparing …" names "reports"; the
    /// clause is an assertion of its own.
    func withoutContentClause(_ phrase: Phrase) -> Phrase {
        let clauses = tree.children[phrase.head].filter { [DependencyRelation.acl, .aclRelcl, .ccomp].contains(tree.relation($0)) && isContentClause($0) }
        guard !clauses.isEmpty else { return phrase }
        let cut = Set(clauses.flatMap { tree.subtree(of: $0) })
        var words = phrase.words.filter { !cut.contains($0) }
        while let last = words.last, last != phrase.head, tree.upos(last) == .punct { words.removeLast() }
        return Phrase(head: phrase.head, words: words)
    }

    /// The verb with its particle ("rule out"), as the lexicon lists phrasal verbs.
    func phrasalLemma(_ v: Int) -> String {
        tree.child(of: v, [.compoundPrt]).map { tree.lemma(v) + " " + tree.lemma($0) } ?? tree.lemma(v)
    }

    /// The verb whose argument the noun is ("talks … collapsed", "held talks", "called for talks").
    func nounClause(of noun: Int) -> Int? {
        guard let head = tree.head(of: noun), tree.upos(head) == .verb,
              [.nsubj, .nsubjPass, .obj, .obl].contains(tree.relation(noun)) else { return nil }
        return head
    }

    /// "a possible meeting", "an alleged deal": the adjective; else the clause's modal ("will hold talks"), a
    /// verb asking for it ("called for talks", "proposed a deal"), or where the clause sits ("plans to hold talks").
    func nounModality(of noun: Int) -> String? {
        if let adjective = tree.children(of: noun, [.amod]).map({ tree.lemma($0).lowercased() }).first(where: L.irrealisAdjectives.contains) {
            return adjective
        }
        guard let verb = nounClause(of: noun) else { return nil }
        // "after the meeting between X and Y": a circumstance of the clause, the meeting took place whatever the
        // clause says; only "for" asks for it ("called for talks between").
        if tree.relation(noun) == .obl {
            return preposition(of: noun) == "for" ? L.irrealisComplementVerbs[tree.lemma(verb)] : nil
        }
        if let modal = modal(of: verb) { return modal }
        if tree.relation(noun) == .obj, let asked = L.irrealisComplementVerbs[tree.lemma(verb)] { return asked }
        if tree.relation(verb) == .xcomp, let controller = tree.head(of: verb), let control = L.controlModality[tree.lemma(controller)] {
            return control
        }
        return irrealisModality(of: verb)
    }
}
