import KGSyntax

/// Verbal predicates as named passes over a `VerbalDraft`: each pass is one rule, in the order they apply.
extension PropositionFinder {
    typealias C = ExtractionConfidence

    func verbal(_ p: Int) -> [Proposition] {
        guard var draft = draft(for: p) else { return [] }
        applyControl(&draft)
        findSubjectsAndObjects(&draft)
        dropNamingPredicate(&draft)
        detachRecipients(&draft)
        foldLightVerb(&draft)
        foldPatientEvent(&draft)
        foldPartnerNoun(&draft)
        foldPredicativeAdjective(&draft)
        addComplementAsObject(&draft)
        addObliques(&draft)
        foldSource(&draft)
        attribute(&draft)
        markIrrealis(&draft)
        keepArgumentsOutsideTheClause(&draft)
        return propositions(from: draft)
    }

    /// The verb group, or nil when the predicate says nothing by itself: an emphatic "do" without its verb, a
    /// control verb whose complement carries the relation ("refused to meet X" is found at "meet").
    func draft(for p: Int) -> VerbalDraft? {
        // "the closely-watched election": a participle inside a hyphenated modifier is no predicate.
        if p >= 2, tree.isHyphenJoiner(p - 1), ["VBN", "VBD", "VBG"].contains(tree.words[p].xpos) { return nil }
        // "its managing director", "the acting president": a participle before the role noun it governs is
        // part of the title.
        if tree.words[p].xpos == "VBG", p + 1 < tree.count, tree.head(of: p + 1) == p, tree.relation(p + 1) == .obj,
           L.roleNouns.contains(tree.lemma(p + 1)) {
            return nil
        }
        let xcomps = tree.children(of: p, [.xcomp]).filter { tree.upos($0) == .verb }
        let objects = tree.children(of: p, [.obj, .iobj])
        // "Iran did at one point supply drones" with "supply" mis-tagged leaves "do" as the verb: the verb is
        // recovered from the noun compound ("supply drones"); otherwise "do" without an object says nothing.
        var emphatic: (verb: Int, argument: Int)?
        if tree.lemma(p) == "do", objects.isEmpty {
            emphatic = emphaticVerb(of: p)
            if emphatic == nil { return nil }
        }
        // A directive ("urged X to", "called on X to", "asked X to") is an act towards its addressee, kept.
        // A partner or subject after the verb is kept too: "will work with Turkey to end the war", "agreed with
        // Russia to cut output", "agreed on a package to provide …" (not a fronted "With few exceptions, everything
        // he tried to do …", nor "decided on Monday to …").
        if !xcomps.isEmpty, objects.isEmpty, tree.child(of: p, [.ccomp]) == nil, !L.directiveVerbs.contains(tree.lemma(p)),
           L.controlModality[tree.lemma(p)] != nil || L.negatingControl.contains(tree.lemma(p)) || L.negatingControl.contains(phrasalLemma(p)),
           !tree.children(of: p, [.obl]).contains(where: { $0 > p && ["with", "alongside", "on"].contains(preposition(of: $0) ?? "") && !isTemporal($0) }) {
            return nil
        }
        // "had Navalny jailed", "saw his proposal rejected": the object is the participle's patient, and the verb
        // says nothing by itself.
        let patients = participlePatients(of: p)
        if !patients.isEmpty, objects.allSatisfy(patients.contains) { return nil }
        var relationWords = auxiliaries(of: p) + [p] + tree.children(of: p, [.compoundPrt])
        var lemma = tree.lemma(p)
        if let emphatic {
            relationWords.append(emphatic.verb)
            lemma = tree.words[emphatic.verb].form.lowercased()
        }
        if let prt = tree.child(of: p, [.compoundPrt]) { lemma += " " + tree.lemma(prt) }
        if let plain = madePlain(p) {
            relationWords.append(plain)
            lemma += " " + tree.words[plain].form.lowercased()
        }
        // "would support France and oppose Italy": a bare infinitive joined to a verb shares its auxiliaries, so
        // their modal; and after "or" their negation ("will not attack Ukraine or threaten Poland"; after "and" the
        // negation may be the first verb's alone: "will not mince words and speak honestly").
        let shared = sharedAuxiliaryHead(of: p)
        let sharesNegation = shared.map { isNegated($0) && tree.children(of: p, [.cc]).contains { tree.lemma($0) == "or" } } ?? false
        return VerbalDraft(
            predicate: p, relationWords: relationWords, lemma: lemma,
            negated: isNegated(p) || sharesNegation, modality: modal(of: p) ?? shared.flatMap(modal),
            confidence: C.verbal, emphatic: emphatic)
    }

    /// The verb whose auxiliaries a conjunct shares: a bare infinitive ("threaten" in "will not attack Ukraine or
    /// threaten Poland", "support" in "did not oppose and support") with no subject, auxiliary or marker of its own,
    /// joined to a verb with a modal or "do". Not "has not paid Iraq and cut exports" (a past that may be its own).
    func sharedAuxiliaryHead(of p: Int) -> Int? {
        guard tree.relation(p) == .conj, tree.words[p].xpos == "VB", let h = tree.head(of: p), tree.upos(h) == .verb,
              tree.children[p].allSatisfy({ c in
                  let r = tree.relation(c)
                  return r?.base != .nsubj && r != .aux && r != .auxPass && r != .mark && !(r == .advmod && L.negations.contains(tree.lemma(c)))
              }),
              tree.children(of: h, [.aux]).contains(where: { L.modals.contains(tree.lemma($0)) || tree.lemma($0) == "do" })
        else { return nil }
        return h
    }

    /// Complement of a control verb: "refused to meet X" (negated), "plans to visit X" (modality "plan to").
    func applyControl(_ d: inout VerbalDraft) {
        let p = d.predicate
        // "had Navalny jailed" is no obligation, "wants Comey fired" is wanted: the participle is the relation.
        if let controller = participleComplement(p)?.controller {
            let control = tree.lemma(controller)
            if isNegated(controller) { d.negated.toggle() }
            d.modality = L.participleComplementVerbs.contains(control) ? modal(of: controller) : L.controlModality[control] ?? modal(of: controller)
            d.confidence += C.controlComplement
            return
        }
        // "Russia's attempts to influence the vote" is tried as "attempted to influence" is; "China's refusal to
        // condemn Russia" and "made no attempt to hide it" deny the act.
        if let noun = intentionNoun(of: p), let control = L.intentionNouns[tree.lemma(noun)] {
            if L.negatingControl.contains(control) { d.negated.toggle() }
            if tree.children(of: noun, [.det]).contains(where: { tree.lemma($0) == "no" }) { d.negated.toggle() }
            d.modality = L.controlModality[control] ?? d.modality
            d.confidence += C.controlComplement
            return
        }
        // "stopped them from reaching the US": they did not reach it (unless the stopping itself is negated).
        if isPrevented(p) || preventionNoun(of: p) != nil, let h = tree.head(of: p) {
            d.negated = !isNegated(h)
            d.confidence += C.controlComplement
            return
        }
        // "warned Washington against selling arms": only warned against ("warn against"), not done.
        if warnedAgainst(p) != nil, let h = tree.head(of: p) {
            d.modality = tree.lemma(h) + " against"
            d.confidence += C.controlComplement
            return
        }
        // "has yet to name" parsed with "has" an auxiliary of "name" and "yet" and "to" on it: not done either.
        if tree.children(of: p, [.mark]).contains(where: { tree.lemma($0) == "to" }),
           tree.children(of: p, [.aux]).contains(where: { ["have", "be"].contains(tree.lemma($0)) }),
           tree.children(of: p, [.advmod]).contains(where: { L.notYetAdverbs.contains(tree.lemma($0)) }) {
            d.negated.toggle()
            d.confidence += C.controlComplement
            return
        }
        // "plans to build a plant and sell oil to China": a verb joined to the complement is as much planned. Not
        // a finite verb with a subject or auxiliary of its own ("refused to see Trump and has called for …"), and a
        // modal of its own stays ("is expected to make roads impassable and could produce outages").
        // (Through a chain of conjuncts the parser hung one on the other: "to take Spain out of the EU, close all
        // mosques and ban the Koran".)
        var complement = p
        if tree.relation(p) == .conj, var first = tree.head(of: p), ["VB", "VBG"].contains(tree.words[p].xpos),
           tree.children(of: p, [.nsubj, .nsubjPass, .aux, .auxPass]).isEmpty {
            while tree.relation(first) == .conj, let above = tree.head(of: first), tree.upos(above) == .verb,
                  tree.children(of: first, [.nsubj, .nsubjPass, .aux, .auxPass]).isEmpty {
                first = above
            }
            if tree.relation(first) == .xcomp, tree.upos(first) == .verb { complement = first }
        }
        guard tree.relation(complement) == .xcomp, let controller = tree.head(of: complement) else { return }
        let control = tree.lemma(controller)
        // "is set to abolish", "is likely to veto", "was unable to reach": an adjective controls its complement.
        if tree.upos(controller) == .adj, let modality = L.adjectiveControl[control] ?? L.adjectiveControl[tree.words[controller].form.lowercased()] {
            if L.negatingAdjectives.contains(control) { d.negated.toggle() } else { d.modality = modality }
            if isNegated(controller) { d.negated.toggle() }
            d.confidence += C.controlComplement
            return
        }
        let mark = tree.children(of: p, [.mark])
        // "has yet to name", "is yet to sign": not done (so far), whatever the control verb says (the tagger may
        // read "has" here as an auxiliary).
        if ["have", "be"].contains(control),
           tree.children(of: controller, [.advmod]).contains(where: { L.notYetAdverbs.contains(tree.lemma($0)) }) {
            d.relationWords = [controller] + mark + d.relationWords
            if isNegated(controller) { d.negated.toggle() }
            d.negated.toggle()
            d.confidence += C.controlComplement
            return
        }
        guard isVerbalPredicate(controller) || tree.upos(controller) == .verb else { return }
        d.relationWords = auxiliaries(of: controller) + [controller] + mark + d.relationWords
        if L.negatingControl.contains(control) || L.negatingControl.contains(phrasalLemma(controller)) { d.negated.toggle() }
        if isNegated(controller) { d.negated.toggle() }
        d.modality = L.controlModality[control] ?? modal(of: controller) ?? d.modality
        d.confidence += C.controlComplement
        applyOuterControl(of: controller, &d)
    }

    /// Control verbs above the first: "urged Ethiopia to stop filling the dam" is asked of Ethiopia (modality
    /// "urge to"), not a fact that it stopped; "refused to stop filling" negates twice. The first modality found
    /// going up stays. Negation passes up only while the subject stays the same: above a verb with an object
    /// ("failed to persuade Trump to leave") it is the persuading that failed, not Trump's act.
    private func applyOuterControl(of controller: Int, _ d: inout VerbalDraft) {
        var link = controller
        var sameSubject = tree.children(of: controller, [.obj, .iobj]).isEmpty
        for _ in 0..<4 {
            guard tree.relation(link) == .xcomp, let outer = tree.head(of: link), tree.upos(outer) == .verb else { return }
            let control = tree.lemma(outer)
            if sameSubject {
                if L.negatingControl.contains(control) || L.negatingControl.contains(phrasalLemma(outer)) { d.negated.toggle() }
                if isNegated(outer) { d.negated.toggle() }
            }
            sameSubject = sameSubject && tree.children(of: outer, [.obj, .iobj]).isEmpty
            if d.modality == nil { d.modality = L.controlModality[control] ?? modal(of: outer) }
            link = outer
        }
    }

    /// Subjects and object heads: passives made active, participles ("weapons used by Russian troops",
    /// "drones striking targets"), subjects inherited from context.
    func findSubjectsAndObjects(_ d: inout VerbalDraft) {
        let p = d.predicate
        let passiveSubjects = tree.children(of: p, [.nsubjPass, .csubjPass])
        if !passiveSubjects.isEmpty {
            d.objectHeads = passiveSubjects.flatMap(expand)
            d.subjects = tree.children(of: p, [.oblAgent]).flatMap(expand).map(nounPhrase)
        } else if isReducedPassive(p) {
            // "Jan Kowalski named in report": a past participle with no auxiliary and nothing it acts on is a
            // passive; its subject is the patient and only a "by" phrase names an agent.
            d.objectHeads = subjectHeads(of: p)
            d.subjects = byAgents(of: p)
        } else if let patients = conjoinedPassivePatients(p) {
            // "The SPLM advanced, led by John Garang": led, not leading; John Garang leads it.
            d.objectHeads = patients
            d.subjects = byAgents(of: p)
        } else if let patient = participleComplement(p)?.patient {
            // "had Navalny jailed", "saw his proposal rejected by parliament": the object is the participle's
            // patient, and only a "by" phrase names an agent (whoever "had" it done may only have suffered it).
            d.objectHeads = expand(patient)
            d.subjects = byAgents(of: p)
        } else if isAdverbialParticiple(p) {
            // "Backed by Russian jets, Syrian troops attacked", "If elected, she will …": the clause's subject is
            // the participle's patient, and only a "by" phrase names its agent. After its verb, the participle is
            // rather a noun's the parser hung on the verb ("dismissed it as a scam perpetrated by the media"): no
            // patient is known.
            d.objectHeads = p < (tree.head(of: p) ?? p) ? inheritedSubject(of: p) ?? [] : []
            d.subjects = byAgents(of: p)
        } else if isParticipleModifier(p) {
            // "weapons used by Russian troops": a passive participle; its agent (if any) is the subject.
            d.subjects = tree.children(of: p, [.oblAgent]).flatMap(expand).map(nounPhrase)
            if let noun = tree.head(of: p) { d.objectHeads = expand(noun) }
        } else {
            d.subjects = mergedAdjacent(subjectHeads(of: p).map(nounPhrase)).flatMap(splitCoordinatedModifiers).flatMap(splitNamedConjuncts)
            if d.subjects.isEmpty, let inherited = inheritedSubject(of: p) {
                d.subjects = inherited.map(nounPhrase).flatMap(splitNamedConjuncts)
                d.confidence += C.inheritedSubject
            }
            // A complementizer "that" parsed as the object ("the idea that Serbia posed a threat") is none.
            let patients = participlePatients(of: p)
            d.objectHeads = tree.children(of: p, [.obj])
                .filter { !(tree.lemma($0) == "that" && isContentClause(p)) && $0 != madePlain(p) && !patients.contains($0) }
                .flatMap(expand)
            if let emphatic = d.emphatic { d.objectHeads = [emphatic.argument] }
            // "The Kremlin warned NATO" with NATO parsed as indirect object: with no direct object, it is the object.
            // Beside one, a name is whom the act is addressed to: "asked Donald Trump a question", "sent Iran a
            // letter" (not a pronoun: "gave him a chance" adds nothing a reader would draw).
            if let iobj = tree.child(of: p, [.iobj]) {
                if d.objectHeads.isEmpty {
                    d.objectHeads = expand(iobj)
                } else if tree.upos(iobj) == .propn, d.emphatic == nil {
                    d.objectHeads = expand(iobj) + d.objectHeads
                }
            }
            // "held them hostage", "took him prisoner": the second noun says what the object became, it is not one.
            if d.objectHeads.count > 1 { d.objectHeads.removeAll { L.captiveNouns.contains(tree.lemma($0)) && tree.children[$0].isEmpty } }
        }
        // Participial modifier: "weapons used by Russian troops" (passive), "drones striking targets" (active).
        if tree.relation(p) == .acl, let noun = tree.head(of: p) {
            if isParticipleModifier(p) {
                if d.objectHeads.isEmpty { d.objectHeads = expand(noun) }
            } else if d.subjects.isEmpty, tree.children(of: p, [.mark]).isEmpty || !isClaimNoun(noun) {
                // ("on suspicion of helping X": no suspicion helps.)
                d.subjects = expand(noun).map(nounPhrase)
            }
        }
    }

    /// The "by" phrases of a passive `p`: its agents.
    /// The patients of a past participle joined to a verb with no auxiliary, subject or object of its own and a
    /// "by" agent: a passive whose patient is the first verb's subject ("The SPLM advanced, led by John Garang",
    /// "was founded in 1990 and led by Anna Berg", "the opposition, trained and supplied by the US"), or
    /// nil. Its patient is known after an active verb only when a comma sets the participle off ("will be funded
    /// and replicated by X" may hang on "said" before it, and is still no act of whoever said it) and the verb has
    /// no object ("drove out the government, led by Hadi" may describe either).
    func conjoinedPassivePatients(_ p: Int) -> [Int]? {
        guard tree.relation(p) == .conj, tree.words[p].xpos == "VBN", tree.upos(p) == .verb, let h = tree.head(of: p),
              tree.upos(h) == .verb,
              tree.children(of: p, [.aux, .auxPass, .cop, .nsubj, .nsubjPass, .obj, .iobj, .ccomp, .xcomp]).isEmpty,
              !byAgents(of: p).isEmpty else { return nil }
        // (A participle after "has" is active: "has suffered a setback in a Congress controlled by his party".)
        let perfect = tree.children(of: h, [.aux]).contains { tree.lemma($0) == "have" }
        let passive = !tree.children(of: h, [.nsubjPass]).isEmpty || tree.words[h].xpos == "VBN" && !perfect
        guard passive || p > 0 && tree.words[p - 1].form == "," else { return [] }
        // Set off after an active verb's object, it may describe the object ("drove out the government, led by
        // Hadi") or the subject ("attacked Aleppo, backed by Russian jets"): the patient is unknown.
        if !passive, tree.children(of: h, [.obj]).contains(where: { $0 < p }) { return [] }
        let own = tree.children(of: h, [.nsubj, .nsubjPass]).flatMap(expand)
        // A passive whose subject the parse lost inherits none: its patient is not the subject above it.
        if own.isEmpty, !tree.children(of: h, [.auxPass]).isEmpty { return [] }
        return own.isEmpty ? inheritedSubject(of: h) ?? [] : own
    }

    func byAgents(of p: Int) -> [Phrase] {
        tree.children(of: p, [.oblAgent, .obl]).filter { preposition(of: $0) == "by" }.flatMap(expand).map(nounPhrase)
    }

    /// The objects of verb `p` that are the patients of a past participle complementing it (`participleComplement`).
    func participlePatients(of p: Int) -> Set<Int> {
        let participles = tree.children(of: p, [.xcomp]) + tree.children(of: p, [.obj]).flatMap { tree.children(of: $0, [.acl]) }
        return Set(participles.compactMap { c in participleComplement(c).flatMap { $0.controller == p ? $0.patient : nil } })
    }

    /// The verb `p` complements and its patient, when `p` is a past participle complementing a verb's object ("had
    /// Navalny jailed", "wants Comey fired"; also parsed with the object as the participle's subject, or, after the
    /// verbs of `participle-object-verbs`, with the participle modifying the object right before it, "wants the
    /// sanctions lifted"): a passive, not the object acting. Not a past tense hanging from a verb the tagger took
    /// for a main verb ("had arrested the man": it has an object).
    func participleComplement(_ p: Int) -> (controller: Int, patient: Int)? {
        guard tree.words[p].xpos == "VBN", let head = tree.head(of: p),
              tree.children(of: p, [.obj, .aux, .auxPass, .cop, .nsubjPass]).isEmpty else { return nil }
        let controller: Int, patient: Int
        switch tree.relation(p) {
        case .xcomp?:
            guard let object = tree.child(of: head, [.obj]) ?? tree.child(of: p, [.nsubj]) else { return nil }
            (controller, patient) = (head, object)
        case .acl?:
            guard tree.relation(head) == .obj, let verb = tree.head(of: head), p > head, L.participleObjectVerbs.contains(tree.lemma(verb)),
                  tree.subtree(of: head, excluding: { $0 == p }).last == p - 1 else { return nil }
            (controller, patient) = (verb, head)
        default:
            return nil
        }
        guard tree.upos(controller) == .verb,
              L.participleComplementVerbs.contains(tree.lemma(controller)) || L.controlModality[tree.lemma(controller)] != nil else { return nil }
        return (controller, patient)
    }

    /// Whether `p` is a past participle opening or closing a clause as its adverbial, with no subject, auxiliary
    /// or object of its own ("Backed by Russia, …", "Founded in 1990, …", "If elected, …"): a passive.
    func isAdverbialParticiple(_ p: Int) -> Bool {
        tree.relation(p) == .advcl && tree.words[p].xpos == "VBN"
            && tree.children(of: p, [.nsubj, .nsubjPass, .csubj, .aux, .auxPass, .cop, .obj, .iobj]).isEmpty
    }

    /// Whether `p` is a past participle modifying a noun ("weapons used by Russian troops"), not a clause with a
    /// subject of its own tagged as a participle ("reports that Tehran supplied drones to Russia").
    func isParticipleModifier(_ p: Int) -> Bool {
        tree.relation(p) == .acl && tree.words[p].xpos == "VBN" && tree.child(of: p, [.nsubj]) == nil
    }

    /// "Called the lawsuit a baseless attempt", "elected him president": the name a naming verb gives is no second
    /// object. "What he called the nation's crumbling roads": the roads are the name, "what" the thing named, so
    /// the verb has no object.
    func dropNamingPredicate(_ d: inout VerbalDraft) {
        let p = d.predicate
        guard L.namingVerbs.contains(tree.lemma(p)) else { return }
        let objects = tree.children(of: p, [.obj])
        if objects.count > 1 {
            let name = Set(objects.dropFirst().flatMap(expand))
            d.objectHeads.removeAll { name.contains($0) }
        }
        if tree.relation(p) == .aclRelcl, let head = tree.head(of: p), ["what", "whatever"].contains(tree.words[head].form.lowercased()) {
            d.objectHeads = []
        }
    }

    /// Object phrases without what belongs to the verb: "supplied drones to Russia" is often parsed with "to
    /// Russia" under "drones"; the recipient is an argument of the verb, not part of the object.
    func detachRecipients(_ d: inout VerbalDraft) {
        d.objects = d.objectHeads.map(nounPhrase).flatMap(splitCoordinatedModifiers).flatMap(splitNamedConjuncts)
        // "sent no troops" is stored as not sending troops (`isNegated`), so the object is "troops".
        d.objects = d.objects.map { phrase in
            guard isDeniedByNo(phrase.head) else { return phrase }
            return Phrase(head: phrase.head, words: phrase.words.filter { !(tree.relation($0) == .det && tree.head(of: $0) == phrase.head) })
        }
        // The mis-tagged verb and what precedes it ("at one point supply") are not part of the object.
        if let emphatic = d.emphatic {
            d.objects = d.objects.map { Phrase(head: $0.head, words: $0.words.filter { $0 > emphatic.verb }) }
        }
        // A light verb's event noun keeps its target ("sanctions on Russia" is folded by `foldLightVerb`).
        let eventNoun = d.objectHeads.first.map { L.eventNouns[tree.lemma($0)] != nil } ?? false
        guard !(L.lightVerbs.contains(tree.lemma(d.predicate)) && eventNoun) && tieRelation(d) == nil else { return }
        let verb = tree.lemma(d.predicate)
        for (k, phrase) in d.objects.enumerated() {
            // Also after an amount's "in" phrase: "$2 billion in aid to Indonesia"; after a counted noun's, only a
            // "to" ("500 million euros in aid to Greece"; not "one billion Ecus in loans from the bank" after
            // "include").
            let amount = [.sym, .num].contains(tree.upos(phrase.head))
            let counted = !amount && tree.child(of: phrase.head, [.nummod]) != nil
            let inner = amount || counted ? tree.children(of: phrase.head, [.nmod]).filter { preposition(of: $0) == "in" } : []
            let innerNmods = inner.flatMap { tree.children(of: $0, [.nmod]) }.filter { !counted || preposition(of: $0) == "to" }
            for nmod in (tree.children(of: phrase.head, [.nmod]) + innerNmods) {
                guard let prep = preposition(of: nmod), L.isRecipient(prep, of: verb) else { continue }
                let moved = Set(tree.subtree(of: nmod))
                d.objects[k].words.removeAll { moved.contains($0) }
                d.extras.append(Phrase(head: nmod, words: moved.sorted()))
            }
        }
    }

    /// "cut diplomatic ties with Qatar", "restored relations with Cuba": the relation a relation-changing verb
    /// makes of its object "ties" or "relations" (nil for any other verb or object).
    func tieRelation(_ d: VerbalDraft) -> String? {
        guard let noun = d.objectHeads.first, L.tieNouns.contains(tree.lemma(noun)) else { return nil }
        return L.tieVerbs[tree.lemma(d.predicate)]
    }

    /// Light verb + event noun: "impose sanctions on X" → sanction X; a relation-changing verb + "ties with X"; a
    /// reciprocal verb and noun with a partner ("exchanged fire with X", "traded accusations with X").
    func foldLightVerb(_ d: inout VerbalDraft) {
        let p = d.predicate
        guard let noun = d.objectHeads.first else { return }
        let tie = tieRelation(d)
        let light = L.lightVerbs.contains(tree.lemma(p)) ? L.eventNouns[tree.lemma(noun)] : nil
        // (Looked up only when neither reads the noun: the key is a new string.)
        let reciprocal = tie == nil && light == nil
            ? ReciprocalPairs.relations[tree.lemma(p) + " " + tree.lemma(noun)].flatMap { $0.hasSuffix(" with") ? $0 : nil } : nil
        guard let event = tie ?? light ?? reciprocal else { return }
        let forTarget = L.forTargetNouns.contains(tree.lemma(noun))
        // Talks, agreements and meetings are held with a partner; "talks on trade", "an agreement on gas supplies"
        // name their subject, no partner. So are ties and reciprocal acts.
        let withPartner = tie != nil || reciprocal != nil
            || ["meet", "meet with", "sign agreement with", "sign deal with", "negotiate with", "consult with", "do business with"].contains(event)
        func isTarget(_ w: Int) -> Bool {
            // "held talks on Monday": a time is no target.
            guard let prep = preposition(of: w), !isTemporal(w) else { return false }
            if withPartner { return prep == "with" }
            // "take part in the summit": an event whose relation ends in a preposition takes its phrase.
            return L.targetPrepositions.contains(prep) || forTarget && prep == "for" || event.hasSuffix(" " + prep)
        }
        let target = tree.children(of: noun, [.nmod]).first(where: isTarget) ?? tree.children(of: p, [.obl]).first(where: isTarget)
        guard let target else { return }
        d.lemma = event
        d.relationWords += phraseWords(noun, excludingSubtreeOf: target) + caseWords(of: target)
        d.objects = expand(target).map(nounPhrase)
        d.confidence += C.lightVerb
    }

    /// "ordered the arrest of X", "demanded the release of X", "extended the detention of X": a verb of
    /// `patient-event-verbs` whose object is an event done to a named person or organisation relates its subject
    /// to them ("order arrest of" X). Not "condemned the arrest of X" (the verb sides with X), nor a light verb's
    /// event noun (`foldLightVerb`).
    func foldPatientEvent(_ d: inout VerbalDraft) {
        let p = d.predicate
        let verb = tree.lemma(p).lowercased()
        // The event is the object, or without one a "for" phrase ("called for the release of X").
        let viaFor = d.objectHeads.isEmpty
        guard d.lemma == verb || d.lemma == verb + " for", L.patientEventVerbs.contains(verb),
              let noun = d.objectHeads.first ?? tree.children(of: p, [.obl]).first(where: { preposition(of: $0) == "for" }),
              L.patientEventNouns.contains(tree.lemma(noun).lowercased()),
              let target = tree.children(of: noun, [.nmod]).first(where: { preposition(of: $0) == "of" && namesActor($0) })
        else { return }
        d.lemma = verb + (viaFor ? " for " : " ") + tree.lemma(noun).lowercased() + " of"
        d.relationWords += phraseWords(noun, excludingSubtreeOf: target) + caseWords(of: target) + (viaFor ? caseWords(of: noun) : [])
        d.objects = expand(target).map(nounPhrase)
    }

    /// "will forge a new relationship with the EU", "strengthened its partnership with Japan", "pressed for an
    /// agreement with Japan": a verb (not a light verb, which `foldLightVerb` reads) whose object, or without one
    /// its "for" phrase, is a relation between two parties (`between-nouns`: relations, ties, talks, a deal, a
    /// war …) with a named partner after "with" relates its subject to the partner ("forge relationship with").
    func foldPartnerNoun(_ d: inout VerbalDraft) {
        let p = d.predicate
        let verb = tree.lemma(p).lowercased()
        let viaFor = d.objectHeads.isEmpty
        guard d.lemma == verb || viaFor && d.lemma == verb + " for", !L.lightVerbs.contains(verb), verb != "be", verb != "have",
              let noun = d.objectHeads.first ?? tree.children(of: p, [.obl]).first(where: { preposition(of: $0) == "for" }),
              tree.upos(noun) == .noun, L.betweenNouns[tree.lemma(noun).lowercased()] != nil,
              let partner = tree.children(of: noun, [.nmod]).first(where: { preposition(of: $0) == "with" && (namesActor($0) || namesPlace($0)) })
        else { return }
        d.lemma = verb + (viaFor ? " for " : " ") + tree.words[noun].form.lowercased() + " with"
        d.relationWords += phraseWords(noun, excludingSubtreeOf: partner) + caseWords(of: partner) + (viaFor ? caseWords(of: noun) : [])
        d.objects = expand(partner).map(nounPhrase)
    }

    /// "Remained committed to the alliance", "grew angry with Beijing", "appeared ready to veto": the adjective a
    /// linking verb joins to its subject is part of the relation, and the adjective's prepositional argument is the
    /// object ("remain committed to" → the alliance). Without one the verb's own oblique may be (`addObliques`:
    /// "grew impatient with Beijing" parsed with "with Beijing" under "grew"); the adjective never is.
    func foldPredicativeAdjective(_ d: inout VerbalDraft) {
        let p = d.predicate
        guard d.objects.isEmpty, L.linkingVerbs.contains(tree.lemma(p)),
              let adjective = tree.children(of: p, [.xcomp]).first(where: { tree.upos($0) == .adj })
        else { return }
        d.complement = adjective
        d.relationWords.append(adjective)
        d.lemma += " " + tree.words[adjective].form.lowercased()
        if let (argument, prep) = adjectiveArgument(adjective) {
            d.relationWords += caseWords(of: argument)
            d.lemma += " " + prep
            d.objects = expand(argument).map(nounPhrase)
        }
    }

    /// The prepositional argument of a predicative adjective and its preposition: "angry at China", "committed to
    /// the alliance", "involved in the talks"; not a time ("angry on Monday", "strong after the increase"), a clause
    /// ("ready to veto"), a comparison ("higher than the US", "successful like Grace") or a setting ("effective in
    /// any case").
    func adjectiveArgument(_ adjective: Int) -> (Int, String)? {
        for argument in tree.children(of: adjective, [.obl, .nmod]) where !isTemporal(argument) && !isAccordingTo(preposition(of: argument)) {
            guard let prep = preposition(of: argument), [.noun, .propn, .pron].contains(tree.upos(argument)) else { continue }
            if prep.split(separator: " ").contains(where: { L.adjectiveAdjuncts.contains(String($0)) }) { continue }
            if prep == "in", !L.adjectivesTakingIn.contains(tree.words[adjective].form.lowercased()) { continue }
            return (argument, prep)
        }
        return nil
    }

    /// Without an object: a predicative complement ("became a founding justice") or a clause ("X said (that) Y").
    func addComplementAsObject(_ d: inout VerbalDraft) {
        let p = d.predicate
        if d.objects.isEmpty, let complement = tree.children(of: p, [.xcomp]).first(where: {
            tree.upos($0) != .verb && $0 != madePlain(p) && $0 != d.complement
        }) {
            d.objects = [nounPhrase(complement)]
        }
        // "Vietnam demanded that China withdraw its rig", "urged that Israel halt": a directive's subjunctive
        // clause names whom it is addressed to, its subject, when that may name someone (a name, a pronoun, "Israeli
        // troops"; not "that the document should mention …"); what is asked stays the clause's own (`modality`).
        if d.objects.isEmpty, L.directiveVerbs.contains(tree.lemma(p)), let clause = tree.child(of: p, [.ccomp]),
           let addressee = subjunctiveSubject(of: clause),
           [.propn, .pron].contains(tree.upos(addressee))
            || tree.children(of: addressee, [.amod, .compound]).contains(where: { tree.words[$0].form.first?.isUppercase == true }) {
            d.objects = expand(addressee).map(nounPhrase)
        }
        // "Wilders called for the Netherlands to leave the EU": whom a call is for is the one who is to act
        // (`ClauseAttachmentRepair` made it the infinitive's subject); what is called for stays the clause's.
        // ("asked for more legal pathways for Syrians to travel": the call is for the pathways.)
        if d.objects.isEmpty, L.forSubjectVerbs.contains(tree.lemma(p)),
           !tree.children(of: p, [.obl]).contains(where: { preposition(of: $0) == "for" }),
           let (subject, marker) = tree.children(of: p, [.advcl, .xcomp]).lazy.compactMap({ c -> (Int, Int)? in
               guard c > p, let subject = tree.child(of: c, [.nsubj]),
                     let marker = self.tree.children(of: c, [.mark]).first(where: { self.tree.lemma($0) == "for" }) else { return nil }
               return (subject, marker)
           }).first {
            d.relationWords.append(marker)
            d.lemma += " for"
            d.objects = expand(subject).map(nounPhrase)
        }
        if d.objects.isEmpty, let clause = tree.child(of: p, [.ccomp]) {
            let marks = Set(tree.children(of: clause, [.mark]))
            d.objects = [Phrase(head: clause, words: phraseWords(clause).filter { !marks.contains($0) })]
            d.confidence += C.clausalObject
        }
    }

    /// The active subject of a subjunctive clause: a bare verb with no auxiliary but "should" ("that China withdraw",
    /// "that Iran should release them").
    func subjunctiveSubject(of clause: Int) -> Int? {
        guard tree.upos(clause) == .verb, tree.words[clause].xpos == "VB",
              tree.children(of: clause, [.aux]).allSatisfy({ tree.lemma($0) == "should" }),
              tree.child(of: clause, [.auxPass]) == nil
        else { return nil }
        return tree.child(of: clause, [.nsubj])
    }

    /// Prepositional arguments; without an object, the first becomes it ("talk to X", "meet with X").
    func addObliques(_ d: inout VerbalDraft) {
        let p = d.predicate
        // "Republicans see Pence as a steadying influence", "Moscow regards NATO as a threat": what the object is
        // seen as belongs to the relation ("see as"), whose object stays the one seen.
        if !d.objects.isEmpty, L.viewingVerbs.contains(tree.lemma(p)),
           let seenAs = tree.children(of: p, [.obl]).first(where: { $0 > p && preposition(of: $0) == "as" }) {
            d.lemma += " as"
            d.relationWords += caseWords(of: seenAs)
        }
        let verb = d.lemma
        // ("showed up at the rally" is no speech.)
        let isSpeech = L.speechVerbs.contains(tree.lemma(p)) && tree.child(of: p, [.compoundPrt]) == nil
        // An oblique a light verb's noun took as its target ("do business with X") is the object already.
        for obl in tree.children(of: p, [.obl, .oblUnmarked])
        where obl != d.emphatic?.argument && !isControllersAgent(obl) && !d.objects.contains(where: { $0.head == obl }) {
            // "said at the UN", "told reporters in Moscow", "reporting from Moscow": where a speech was made is no
            // object of it.
            if d.objects.isEmpty, tree.relation(obl) == .obl, let prep = preposition(of: obl), !isAccordingTo(prep), !isTemporal(obl),
               !(isSpeech && (L.placePrepositions.contains(prep) || prep == "from" && namesPlace(obl))) {
                d.relationWords += caseWords(of: obl)
                d.lemma += " " + prep
                d.objects = expand(obl).map(nounPhrase)
            } else if !isAccordingTo(preposition(of: obl)) {
                d.extras.append(Phrase(head: obl, words: (phraseWords(obl) + caseWords(of: obl)).sorted()))
                // Recipients ("to", "from", "against") have their own edge beside a concept object (`recipient`).
                // Where and to whom something was said ("claimed on board the Freewinds", "said at the UN") is
                // the setting of the speech, not a relation of the speaker. A place is a partner only after "with".
                if tree.relation(obl) == .obl, !isSpeech,
                   let prep = preposition(of: obl), !L.secondaryExcludedPrepositions.contains(prep),
                   !L.isRecipient(prep, of: tree.lemma(p)), !isTemporal(obl),
                   namesActor(obl) || prep == "with" && namesPlace(obl), !L.endsInPreposition(verb) {
                    d.secondary.append((verb + " " + prep, obl))
                }
            }
        }
        if let iobj = tree.child(of: p, [.iobj]) {
            d.extras.insert(Phrase(head: iobj, words: phraseWords(iobj)), at: 0)
        }
    }

    /// "Novak was forced to resign by Trump": the parser hangs the passive controller's agent on its complement,
    /// where it would read as "resign by Trump"; it is who forced, no argument of the resigning.
    func isControllersAgent(_ obl: Int) -> Bool {
        guard preposition(of: obl) == "by", let p = tree.head(of: obl), tree.relation(p) == .xcomp,
              let controller = tree.head(of: p) else { return false }
        return tree.child(of: controller, [.nsubjPass]) != nil
    }

    /// "according to X" names a source, never an argument; the lemmatizer gives "according" as "accord".
    func isAccordingTo(_ preposition: String?) -> Bool {
        preposition == "according to" || preposition == "accord to"
    }

    /// Whether an argument is a name the entity tagger calls a person or organisation ("the RNC", "Priebus");
    /// places are circumstances ("met Lavrov in Moscow").
    func namesActor(_ w: Int) -> Bool {
        let entity = tree.words[w].entity
        return entity.hasSuffix("-PER") || entity.hasSuffix("-ORG")
    }

    /// Whether an argument is a name the entity tagger calls a place: a circumstance after most prepositions, a
    /// partner after "with" ("shared intelligence with Israel").
    func namesPlace(_ w: Int) -> Bool {
        tree.words[w].entity.hasSuffix("-LOC")
    }

    /// What one actor gets from another: "asked for help from the United Nations", "received approval from the
    /// FDA" relate the subject to the source ("ask for help from" → United Nations), whether the parser hangs the
    /// "from" phrase from the noun or from the verb.
    func foldSource(_ d: inout VerbalDraft) {
        guard d.objects.count == 1, let noun = d.objects.first?.head, tree.upos(noun) == .noun,
              L.sourceNouns.contains(tree.lemma(noun)) else { return }
        let isSource = { (w: Int) in self.preposition(of: w) == "from" && !self.isTemporal(w) }
        let source: Int
        if let nmod = tree.children(of: noun, [.nmod]).first(where: isSource) {
            source = nmod
        } else if let k = d.extras.firstIndex(where: { isSource($0.head) && (tree.head(of: $0.head) == noun || tree.head(of: $0.head) == d.predicate) }) {
            source = d.extras.remove(at: k).head
        } else {
            return
        }
        d.lemma += " " + tree.lemma(noun) + " from"
        d.relationWords += [noun] + caseWords(of: source)
        d.objects = expand(source).map(nounPhrase)
    }

    /// Reported speech: the speaker and speech verb; a denial negates what it reports. Under a negated verb of
    /// saying the clause is not claimed at all ("did not say that Iran supplied drones": modality "not say"),
    /// except under "think" or "believe", whose negation is the clause's ("I don't think he will win": he will not).
    func attribute(_ d: inout VerbalDraft) {
        d.attribution = attribution(of: d.predicate)
        guard let attribution = d.attribution else { return }
        if tree.relation(d.predicate) == .ccomp, let verb = tree.head(of: d.predicate), speechLemma(verb) == attribution.verb,
           isNegated(verb) {
            if Self.negRaisingVerbs.contains(attribution.verb) {
                d.negated.toggle()
            } else {
                d.modality = "not " + attribution.verb
            }
            return
        }
        if L.denialVerbs.contains(attribution.verb) { d.negated.toggle() }
    }

    /// Verbs of belief whose negation is understood in their clause ("I don't think he will win").
    static let negRaisingVerbs: Set<String> = ["think", "believe", "expect", "suppose", "imagine"]

    /// A noun modified by this very clause ("weapons used by …", "drones that strike …") stands for itself,
    /// without the clause.
    func keepArgumentsOutsideTheClause(_ d: inout VerbalDraft) {
        let clause = Set(tree.subtree(of: d.predicate))
        func outsideClause(_ phrase: Phrase) -> Phrase {
            clause.contains(phrase.head) ? phrase : Phrase(head: phrase.head, words: phrase.words.filter { !clause.contains($0) })
        }
        d.subjects = d.subjects.map(outsideClause)
        d.objects = d.objects.map(outsideClause)
    }

    /// One proposition per subject and object (coordination split), with its final confidence.
    func propositions(from d: VerbalDraft) -> [Proposition] {
        var out: [Proposition] = []
        let subjectOptions: [Phrase?] = d.subjects.isEmpty ? [nil] : d.subjects
        let objectOptions: [Phrase?] = d.objects.isEmpty ? [nil] : d.objects
        let secondary = d.secondary.flatMap { arg in expand(arg.argument).map { (lemma: arg.lemma, object: nounPhrase($0)) } }
        for subject in subjectOptions {
            for (lemma, object) in secondary where subject != nil {
                var proposition = Proposition(
                    predicate: d.predicate, relationWords: (d.relationWords + caseWords(of: object.head)).sorted(), lemma: lemma,
                    subject: subject, object: object, extras: [], negated: d.negated, modality: d.modality,
                    confidence: d.confidence + C.secondaryArgument)
                proposition.attribution = d.attribution
                proposition.confidence = adjustedConfidence(proposition)
                out.append(proposition)
            }
            for object in objectOptions {
                var proposition = Proposition(
                    predicate: d.predicate, relationWords: d.relationWords.sorted(), lemma: d.lemma, subject: subject,
                    object: object, extras: d.extras, negated: d.negated, modality: d.modality, confidence: d.confidence)
                proposition.attribution = d.attribution
                proposition.confidence = adjustedConfidence(proposition)
                out.append(proposition)
            }
        }
        return out
    }
}
