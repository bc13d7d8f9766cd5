import KGSyntax
import KGText

/// Mends misparses that give a clause the wrong subject or lose a name:
///
/// - "Hundreds fled after the Myanmar army attacked their villages": the parser reads "after the Myanmar army" as a
///   time phrase of "fled" and "attacked" as a clause with no subject, which then takes "Hundreds" from the main
///   clause. When a subjectless adverbial clause follows a noun phrase opened by a word that also opens clauses
///   ("after", "before", "since", "until", "as", "once"), and that phrase hangs from the same verb (or its
///   object: "summoned the ambassador after Berlin banned rallies") and ends right before the clause's verb, the noun is the clause's subject and the word its marker.
///   So when the clause is read as a second verb of the sentence without a conjunction ("Spain criticised Putin
///   after the Russian leader accused France" had Spain accusing France).
/// - "Germany's foreign ministry summoned …": the possessive hung from the verb, so the subject reads "foreign
///   ministry" and names no one. A possessive whose head is a verb belongs to the noun after it that is that
///   verb's argument.
/// - "He admitted, however, that Iran did supply drones": a "that" clause read as a second verb (conj) is the
///   verb's complement.
/// - "Accepting the award, Biden doubled down": the opening participle parsed as a clausal subject (so "Accepting the
///   award" doubled down) is an adverbial clause, whose subject is the verb's.
/// - "Sources told the Reuters news agency that Russia has deployed forces": a "that" clause with a subject of its
///   own after the one told, parsed as a relative clause of the agency (so Russia deployed the agency), is what
///   they were told (ccomp of "told", "that" its marker). So after "made plain" and "made clear", parsed with the
///   clause as a relative clause of "plain" (`PropositionFinder.madePlain`), and after where it was said ("The
///   ministry said in a statement that Iran supplied drones" had Iran supplying the statement, and drones as a fact).
/// - "A statement urging North Korea to abide by …", "agreed with Russia to cut output", "tapped Anna Berg to
///   lead the agency": an infinitive read as a purpose after a directive's addressee or the one picked, or after
///   a verb of commitment, is the verb's complement (xcomp).
/// - "Russia will not attack Ukraine or threaten Poland, the minister said": a reporting clause closing the
///   sentence, parsed as one more conjunct, reports the whole sentence (parataxis of its root), so what it
///   reports is the minister's claim rather than a fact.
/// - "It is time for Romania to decide", "hard for China to redirect its exports": the noun of a "for" phrase right
///   before a subjectless infinitive is its subject, with "for" its marker ("It is time for Romania" had become an
///   organisation's name, and "it" China's act).
/// - "Trump is sticking to his claim that Chinese hackers attacked the Pentagon": a "that" clause right after a
///   report-like noun, parsed as the complement of a verb that takes no clause, is the noun's content (acl), so it
///   is the claim's, not a fact.
enum ClauseAttachmentRepair {
    /// Prepositions that open a clause as readily as a noun phrase.
    static let clauseOpeners: Set<String> = ["after", "before", "since", "until", "till", "as", "once"]

    /// Verbs that tell someone something: the "that" clause after the one told is what was said.
    static let tellingVerbs: Set<String> = ["tell", "inform", "assure", "warn", "remind", "notify", "advise", "promise", "convince"]

    /// Verbs whose past with a "to" infinitive is no passive participle ("the bill failed to pass").
    static let activeInfinitiveVerbs: Set<String> = ["fail", "refuse", "decline", "agree", "vow", "try", "threaten"]

    /// A past tense describing the noun before it, which a participle cannot be: tagged a past tense, or a
    /// "participle" with an object or with the infinitive of a verb that has no such passive ("after the army
    /// attacked villages", "after the bill failed to pass"; not "after the plan designed to cut costs").
    private static func isFinitePast(_ verb: Int, _ tree: DependencyTree) -> Bool {
        if tree.words[verb].xpos == "VBD" { return true }
        guard tree.words[verb].xpos == "VBN" else { return false }
        return tree.child(of: verb, [.obj]) != nil
            || activeInfinitiveVerbs.contains(tree.lemma(verb)) && tree.child(of: verb, [.xcomp]) != nil
    }

    /// `noun` becomes the subject of `verb`, and the preposition before it ("after", "for") the clause's marker.
    private static func makeSubject(_ noun: Int, of verb: Int, markedBy marker: Int, in out: inout [Word]) {
        out[noun].head = verb + 1
        out[noun].relation = DependencyRelation.nsubj.rawValue
        out[marker].head = verb + 1
        out[marker].relation = DependencyRelation.mark.rawValue
        out[marker].upos = UniversalPOS.sconj.rawValue
    }

    /// The sentence's words with the misparses mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        // The clause may be read as a second verb of the sentence, with no conjunction ("Spain criticised Putin
        // after the Russian leader accused France": the leader a time phrase and "accused" Spain's act too), or as
        // a past describing the noun ("criticised Ukraine after the bill failed to pass").
        for verb in 0..<tree.count where tree.upos(verb) == .verb
            && (tree.relation(verb) == .advcl || tree.relation(verb) == .conj && tree.child(of: verb, [.cc]) == nil
                || tree.relation(verb) == .acl && tree.head(of: verb) == verb - 1 && isFinitePast(verb, tree)) {
            let described = tree.relation(verb) == .acl
            guard verb > 0, !tree.children[verb].contains(where: { c in
                      tree.relation(c)?.base == .nsubj || [.mark, .aux, .auxPass, .csubj].contains(tree.relation(c)) && c < verb
                  }),
                  // A finite verb (a past the tagger may call a participle): "after leaving" is a clause without a
                  // subject of its own.
                  ["VBD", "VBN", "VBZ", "VBP"].contains(tree.words[verb].xpos),
                  let governor = described ? tree.head(of: verb - 1) : tree.head(of: verb)
            else { continue }
            let noun = verb - 1
            // The phrase hangs from the verb, or from the verb's object ("summoned the ambassador after Berlin
            // banned rallies").
            let hangsFromGovernor = tree.head(of: noun) == governor && tree.relation(noun)?.base == .obl
                || tree.relation(noun) == .nmod && tree.head(of: noun).flatMap { tree.head(of: $0) } == governor
            guard [.noun, .propn, .pron].contains(tree.upos(noun)), hangsFromGovernor,
                  tree.subtree(of: noun, excluding: { $0 == verb }).max() == noun,
                  let opener = tree.child(of: noun, [.case]), clauseOpeners.contains(tree.words[opener].form.lowercased()),
                  tree.children(of: noun, [.case]).count == 1
            else { continue }
            makeSubject(noun, of: verb, markedBy: opener, in: &out)
            out[verb].relation = DependencyRelation.advcl.rawValue
            out[verb].head = governor + 1
            // "…, saying the president showed …" after the clause is said by the sentence's subject, not by the
            // clause's ("Schumer criticized Trump after the bill failed to garner support, saying …").
            for said in tree.subtree(of: verb) where said > verb && tree.relation(said) == .advcl && tree.words[said].xpos == "VBG"
                && SyntaxLexicon.speechVerbs.contains(tree.lemma(said)) && tree.words[said - 1].form == ","
                && !tree.children[said].contains(where: { tree.relation($0)?.base == .nsubj }) {
                out[said].head = governor + 1
            }
        }
        // "It is time for Romania to decide", "hard for China to redirect its exports": the noun of a "for" phrase
        // right before a subjectless infinitive is its subject ("for" its marker), not what is fitting or hard
        // for it to be glued to ("It is time for Romania" had become a name).
        for verb in 1..<max(1, tree.count) where tree.upos(verb) == .verb && tree.words[verb - 1].form.lowercased() == "to" {
            let noun = verb - 2
            guard noun >= 0, tree.head(of: verb - 1) == verb, tree.relation(verb - 1) == .mark,
                  [.acl, .advcl, .xcomp].contains(tree.relation(verb)),
                  !tree.children[verb].contains(where: { tree.relation($0)?.base == .nsubj }),
                  [.noun, .propn, .pron].contains(tree.upos(noun)),
                  let marker = tree.child(of: noun, [.case]), tree.words[marker].form.lowercased() == "for",
                  tree.children(of: noun, [.case]).count == 1,
                  let governor = tree.head(of: noun), tree.head(of: verb) == noun || tree.head(of: verb) == governor,
                  // After a verb the "for" phrase is often the verb's own and the infinitive its purpose ("applied
                  // for funding to begin construction", "has tried for five years to build"): only after verbs that
                  // ask for what someone does ("called for Nunes to step aside").
                  // (Nor after a role whose "for" names the one served: "a motion by attorneys for Slager to exclude
                  // the video".)
                  [.noun, .adj, .adv].contains(tree.upos(governor)) && !tree.isRoleNoun(governor)
                      || tree.upos(governor) == .verb && SyntaxLexicon.forSubjectVerbs.contains(tree.lemma(governor)),
                  !SyntaxLexicon.temporalNouns.contains(tree.lemma(noun).lowercased()),
                  tree.subtree(of: noun, excluding: { $0 == verb }).max() == noun
            else { continue }
            makeSubject(noun, of: verb, markedBy: marker, in: &out)
            if tree.head(of: verb) == noun {
                out[verb].head = governor + 1
                out[verb].relation = (tree.upos(governor) == .noun ? DependencyRelation.acl : .advcl).rawValue
            }
        }
        // "Accepting the award in New York, Biden doubled down": an opening participle set off by a comma, parsed as
        // a clausal subject beside the verb's own subject, is an adverbial clause (Biden accepted the award).
        for participle in 0..<tree.count where tree.relation(participle) == .csubj && tree.words[participle].xpos == "VBG" {
            guard let verb = tree.head(of: participle), tree.children(of: verb, [.nsubj, .nsubjPass]).contains(where: { $0 > participle }),
                  let end = tree.subtree(of: participle).max(), end + 1 < verb, tree.words[end + 1].form == ","
            else { continue }
            out[participle].relation = DependencyRelation.advcl.rawValue
        }
        // "He admitted, however, that Iran did supply drones": a "that" clause after a comma, parsed as a second
        // verb of the sentence (conj) with no conjunction of its own, is the verb's complement (ccomp).
        for clause in 0..<tree.count where tree.relation(clause) == .conj && tree.upos(clause) == .verb {
            guard tree.child(of: clause, [.cc]) == nil,
                  tree.children(of: clause, [.mark]).contains(where: { $0 < clause && tree.words[$0].form.lowercased() == "that" })
            else { continue }
            out[clause].relation = DependencyRelation.ccomp.rawValue
        }
        // "Trump is sticking to his claim that Chinese hackers attacked the Pentagon": a "that" clause right after a
        // report-like noun, parsed as the complement or an adverbial clause of a verb that takes no clause (its
        // "that" perhaps read as the determiner of the clause's subject: "his story that British intelligence
        // wiretapped …"), is what the noun says (acl of the noun), so the clause is the claim's, not a fact. After a
        // speech verb it stays the verb's ("said in a report that …").
        for clause in 0..<tree.count where [.ccomp, .advcl].contains(tree.relation(clause)) && tree.upos(clause) == .verb {
            guard let verb = tree.head(of: clause), tree.upos(verb) == .verb,
                  !SyntaxLexicon.speechVerbs.contains(tree.lemma(verb)), !SyntaxLexicon.clauseTakingVerbs.contains(tree.lemma(verb)),
                  let that = tree.subtree(of: clause).min(), that > 0, tree.words[that].form.lowercased() == "that",
                  tree.relation(that) == .mark && tree.head(of: that) == clause
                      || tree.relation(that) == .det
                          && tree.head(of: that).map({ tree.relation($0)?.base == .nsubj && tree.head(of: $0) == clause }) == true,
                  tree.upos(that - 1) == .noun, SyntaxLexicon.contentNouns.contains(tree.lemma(that - 1)),
                  tree.head(of: that - 1) == verb, [.obj, .obl].contains(tree.relation(that - 1)?.base)
            else { continue }
            out[clause].head = that
            out[clause].relation = DependencyRelation.acl.rawValue
            out[that].head = clause + 1
            out[that].relation = DependencyRelation.mark.rawValue
            out[that].upos = UniversalPOS.sconj.rawValue
        }
        if let (clause, root) = trailingReport(tree) {
            out[clause].head = root + 1
            out[clause].relation = DependencyRelation.parataxis.rawValue
        }
        for clause in 0..<tree.count where tree.relation(clause) == .aclRelcl {
            guard let told = tree.head(of: clause), let verb = tree.head(of: told),
                  [.iobj, .obj].contains(tree.relation(told)) && tellingVerbs.contains(tree.lemma(verb))
                      || [.iobj, .obj, .xcomp].contains(tree.relation(told)) && tree.lemma(verb) == "make"
                          && SyntaxLexicon.statementAdjectives.contains(tree.words[told].form.lowercased())
                      // "said in a statement that Iran supplied drones": where it was said.
                      || tree.relation(told)?.base == .obl && tree.upos(verb) == .verb && SyntaxLexicon.speechVerbs.contains(tree.lemma(verb))
                          && tree.child(of: told, [.case]).map({ tree.words[$0].form.lowercased() == "in" }) == true,
                  let that = tree.children[clause].first(where: { $0 > told && $0 < clause && tree.words[$0].form.lowercased() == "that" }),
                  [.obj, .nsubj, .mark].contains(tree.relation(that)),
                  tree.children(of: clause, [.nsubj, .nsubjPass]).contains(where: { $0 != that })
            else { continue }
            out[clause].head = verb + 1
            out[clause].relation = DependencyRelation.ccomp.rawValue
            out[that].relation = DependencyRelation.mark.rawValue
            out[that].upos = UniversalPOS.sconj.rawValue
        }
        // "a statement urging North Korea to abide by the resolutions", "will work to de-escalate the violence",
        // "agreed with Russia to cut output", "tapped Anna Berg to lead the agency" (the addressee an object or, when
        // coordinated, an indirect one: "urged Seoul and Tokyo to settle"): the infinitive after a
        // directive's addressee or the one a selection verb picks, or after a verb of commitment, parsed as a purpose
        // (advcl), is what the addressee is urged or picked to do or what the subject commits to (xcomp, whose
        // modality or negation the verb gives).
        for clause in 0..<tree.count where tree.relation(clause) == .advcl && tree.upos(clause) == .verb {
            guard let verb = tree.head(of: clause), verb < clause,
                  tree.children(of: clause, [.mark]).contains(where: { tree.words[$0].form.lowercased() == "to" }),
                  !tree.children[clause].contains(where: { tree.relation($0)?.base == .nsubj })
            else { continue }
            // ("pick up the phone to call" is no picking.)
            let picked = SyntaxLexicon.selectionVerbs.contains(tree.lemma(verb)) && tree.child(of: verb, [.compoundPrt]) == nil
            // ("called Trump to discuss the crisis" is a phone call with a purpose; "called on Iran to" is a directive.)
            let callOn = verb + 1 < tree.count && ["on", "upon"].contains(tree.words[verb + 1].form.lowercased())
            let addressed = (SyntaxLexicon.directiveVerbs.contains(tree.lemma(verb)) && (tree.lemma(verb) != "call" || callOn) || picked)
                && (tree.child(of: verb, [.obj]) ?? tree.child(of: verb, [.iobj]).flatMap { tree.conjuncts(of: $0).isEmpty ? nil : $0 })
                    .map { verb < $0 && $0 < clause } == true
            let committed = SyntaxLexicon.commitmentVerbs.contains(tree.lemma(verb)) && tree.child(of: verb, [.obj]) == nil
            if addressed || committed { out[clause].relation = DependencyRelation.xcomp.rawValue }
        }
        for possessor in 0..<tree.count where tree.relation(possessor) == .nmodPoss {
            guard let verb = tree.head(of: possessor), tree.upos(verb) == .verb, possessor < verb,
                  // A common noun, however tagged ("ministry" as a proper noun): a name after a possessive is
                  // read by the name rules ("Al Jazeera's James Bays").
                  let owned = (possessor + 1..<verb).first(where: { w in
                      tree.head(of: w) == verb && [.noun, .propn].contains(tree.upos(w))
                  }), tree.words[owned].form.first?.isLowercase == true
            else { continue }
            out[possessor].head = owned + 1
        }
        return out == tree.words ? nil : out
    }

    /// A speech verb parsed as a conjunct that is the sentence's closing reporting clause ("…, the minister said
    /// on Thursday.", "…, a person familiar with the matter told CNN."): no conjunction of its own, its subject
    /// right after a comma or a closing quote, nothing it says after it, and only punctuation after its phrase.
    /// With the sentence's root, which it reports.
    static func trailingReport(_ tree: DependencyTree) -> (clause: Int, root: Int)? {
        guard let root = (0..<tree.count).first(where: { tree.relation($0) == .root }) else { return nil }
        for clause in (0..<tree.count).reversed() where tree.relation(clause) == .conj && tree.upos(clause) == .verb {
            guard SyntaxLexicon.speechVerbs.contains(tree.lemma(clause)), tree.child(of: clause, [.cc]) == nil,
                  let subject = tree.children(of: clause, [.nsubj]).first, subject < clause,
                  // Not a phrase with a preposition ("according to rules announced", "including 80 jobs added").
                  tree.child(of: subject, [.case]) == nil,
                  // (The comma before it may hang from the subject.)
                  let start = tree.subtree(of: subject).filter({ tree.upos($0) != .punct }).min(), start > 0,
                  [",", "\"", "”", "''", "'"].contains(tree.words[start - 1].form),
                  !tree.children(of: clause, [.ccomp, .xcomp]).contains(where: { $0 > clause }),
                  // Whom it was told ("a person familiar with the matter told CNN"), but nothing said.
                  tellingVerbs.contains(tree.lemma(clause)) || tree.child(of: clause, [.obj]) == nil,
                  let end = tree.subtree(of: clause).max(),
                  (end + 1..<tree.count).allSatisfy({ tree.upos($0) == .punct })
            else { return nil }
            return (clause, root)
        }
        return nil
    }
}
