import KGCore
import KGSyntax

/// Acts a noun states with its actor as its owner: "Russia's invasion of Ukraine" → Russia –invade→ Ukraine; "the
/// US withdrawal from Afghanistan", "the Russian annexation of Crimea", "the invasion of Ukraine by Russia", "its
/// blockade of Qatar". For a noun of `agent-event-nouns`, the owner (a "by" phrase, a possessor, a proper noun or
/// nationality before the noun) gets the noun's relation to each name after one of its prepositions, between
/// actors only. An owned act took place whatever the clause around it says of something else; "a planned visit to
/// Japan" and "called for the withdrawal of" keep their modality; "no invasion of" is negated; "any", or a clause
/// that calls the act off ("the visit to Japan was postponed"), states nothing.
struct EventNounRelations {
    let tree: DependencyTree
    let finder: PropositionFinder

    typealias L = SyntaxLexicon

    init(_ tree: DependencyTree) {
        self.tree = tree
        self.finder = PropositionFinder(tree)
    }

    /// Verbs that call an act off: the noun they take names no act that happened.
    static let cancellingVerbs: Set<String> = [
        "cancel", "postpone", "scrap", "delay", "prevent", "avert", "suspend", "shelve",
        "cancelled", "canceled", "postponed", "scrapped", "delayed", "prevented", "averted", "suspended", "shelved",
    ]

    func propositions() -> [Proposition] {
        var out: [Proposition] = []
        // (A capitalised noun is a title-case headline's or a name's: "the British Invasion of America".)
        for noun in 0..<tree.count where tree.upos(noun) == .noun && tree.words[noun].form.first?.isLowercase == true {
            guard let event = L.agentEventNouns[tree.lemma(noun).lowercased()] ?? L.agentEventNouns[tree.words[noun].form.lowercased()]
            else { continue }
            let clause = finder.nounClause(of: noun)
            // (The noun's head as written: "was postponed" may be tagged an adjective.)
            if let head = tree.head(of: noun),
               Self.cancellingVerbs.contains(tree.lemma(head)) || Self.cancellingVerbs.contains(tree.words[head].form.lowercased())
                   || tree.lemma(head) == "call" && tree.children(of: head, [.compoundPrt]).contains(where: { tree.lemma($0) == "off" }) {
                continue
            }
            let determiners = tree.children(of: noun, [.det]).map { tree.words[$0].form.lowercased() }
            if determiners.contains("any") { continue }
            // "The Taliban claimed responsibility for the attack on the Afghan parliament": the claimant's act, by
            // their claim, on whatever actor the noun names (a body described by its country too).
            let claim = responsibilityClaim(of: noun)
            let isTarget = { (n: Int) in
                n > noun && (self.tree.upos(n) == .propn || claim != nil && self.tree.upos(n) == .noun)
                    && self.finder.preposition(of: n).map(event.prepositions.contains) == true
            }
            var targets = tree.children(of: noun, [.nmod]).filter(isTarget)
            // ("the visit of Prime Minister Abe to Russia" with "to Russia" hung on the visitor.)
            if targets.isEmpty, !event.prepositions.contains("of"),
               let visitor = tree.children(of: noun, [.nmod]).first(where: { finder.preposition(of: $0) == "of" && tree.upos($0) == .propn }) {
                targets = tree.children(of: visitor, [.nmod]).filter(isTarget)
            }
            guard !targets.isEmpty,
                  let agent = claim?.claimant ?? agent(of: noun, clause: clause, ofIsTarget: event.prepositions.contains("of")) else { continue }
            let speech = claim.map { (speaker: $0.claimant, verb: tree.lemma($0.verb)) } ?? clause.flatMap { finder.attribution(of: $0) }
            let negated = determiners.contains("no") != speech.map { L.denialVerbs.contains($0.verb) } ?? false
            let modality = modality(of: noun, clause: clause)
            for target in targets {
                for member in [target] + tree.conjuncts(of: target) where tree.upos(member) == .propn || claim != nil && tree.upos(member) == .noun {
                    var p = Proposition(
                        predicate: noun, relationWords: [noun] + finder.caseWords(of: target), lemma: event.relation,
                        subject: agent, object: phrase(member), negated: negated, modality: modality,
                        confidence: ExtractionConfidence.eventNoun)
                    p.attribution = speech
                    p.needsActors = true
                    out.append(p)
                }
            }
        }
        return out
    }

    /// Verbs whose subject takes the responsibility for an act they object ("claimed responsibility for the attack").
    static let responsibilityVerbs: Set<String> = ["claim", "accept", "take", "admit", "assume"]

    /// The one who claims a noun's act as their own, and the verb they claim it with: "X claimed (accepted, took)
    /// responsibility for the attack".
    private func responsibilityClaim(of noun: Int) -> (claimant: Phrase, verb: Int)? {
        guard finder.preposition(of: noun) == "for", let responsibility = tree.head(of: noun),
              tree.lemma(responsibility).lowercased() == "responsibility", tree.relation(responsibility) == .obj,
              let verb = tree.head(of: responsibility), Self.responsibilityVerbs.contains(tree.lemma(verb)),
              !finder.isNegated(verb), let subject = tree.child(of: verb, [.nsubj]) else { return nil }
        return (finder.nounPhrase(subject), verb)
    }

    /// Who the noun's act is by: "by Russia", "Russia's", "its", "the US withdrawal", "the Russian invasion".
    /// A possessive pronoun is its clause's subject ("Saudi Arabia lifted its blockade of Qatar", "Putin launched
    /// his invasion"); elsewhere it is left alone.
    /// For a noun whose "of" names no target, an "of" name is the actor: "the visit of Prime Minister Abe to Russia".
    private func agent(of noun: Int, clause: Int?, ofIsTarget: Bool) -> Phrase? {
        if let by = tree.children(of: noun, [.nmod]).first(where: { n in
            n > noun && tree.upos(n) == .propn && (finder.preposition(of: n) == "by" || !ofIsTarget && finder.preposition(of: n) == "of")
        }) {
            return phrase(by)
        }
        if let owner = tree.child(of: noun, [.nmodPoss]) {
            // ("Friday's defeat of the bill": a day owns no act.)
            if tree.upos(owner) == .propn { return L.temporalNouns.contains(tree.words[owner].form.lowercased()) ? nil : phrase(owner) }
            guard tree.upos(owner) == .pron, tree.relation(noun) != .nsubj, tree.relation(noun) != .nsubjPass,
                  let subject = clause.flatMap({ tree.child(of: $0, [.nsubj]) }), [.propn, .noun].contains(tree.upos(subject)),
                  agrees(owner, with: subject)
            else { return nil }
            return finder.nounPhrase(subject)
        }
        let capitalised = { (w: Int) in self.tree.words[w].form.first?.isUppercase == true }
        if let before = tree.children(of: noun, [.compound, .amod]).last(where: { $0 < noun && capitalised($0) }),
           tree.upos(before) == .propn || tree.upos(before) == .adj {
            return Phrase(head: before, words: tree.upos(before) == .adj ? [before] : finder.phraseWords(before))
        }
        return nil
    }

    /// Whether a possessive pronoun can be its clause's subject: "his"/"her" a person, "its" one thing or body,
    /// "their" several (not "Democrats and Gorsuch Sen. Chris Coons said in his meeting").
    private func agrees(_ pronoun: Int, with subject: Int) -> Bool {
        let plural = ["NNS", "NNPS"].contains(tree.words[subject].xpos) || !tree.conjuncts(of: subject).isEmpty
        let person = tree.words[subject].entity.hasSuffix("PER")
        switch tree.words[pronoun].form.lowercased() {
        case "his", "her": return person && !plural
        case "its": return !person && !plural
        case "their": return plural
        default: return false
        }
    }

    /// What kind of statement the noun makes: an owned act took place ("Russia's invasion of Ukraine", whatever the
    /// clause around it says of something else: "violated US sanctions against Iran"), unless an adjective makes it
    /// no fact ("a planned visit") or the clause asks for it ("called for the withdrawal", "demanded its release").
    private func modality(of noun: Int, clause: Int?) -> String? {
        // (As written: the tagger may read "planned" as a verb, lemma "plan".)
        if let adjective = tree.children(of: noun, [.amod]).map({ tree.words[$0].form.lowercased() }).first(where: L.irrealisAdjectives.contains) {
            return adjective
        }
        guard let verb = clause else { return nil }
        if tree.relation(noun) == .obj || tree.relation(noun) == .obl && finder.preposition(of: noun) == "for" {
            return L.irrealisComplementVerbs[tree.lemma(verb)]
        }
        return nil
    }

    /// A name's words without what the parser hung on it after it.
    private func phrase(_ w: Int) -> Phrase {
        Phrase(head: w, words: finder.phraseWords(w) { [.nmod, .acl, .aclRelcl].contains(tree.relation($0)) && $0 > w })
    }
}
