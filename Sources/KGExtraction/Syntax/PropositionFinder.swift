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
        switch tree.relation(p) {
        case .amod, .compound, .aux, .auxPass, .cop, .fixed, .flat, .goeswith, .reparandum: return false
        default: return true
        }
    }

    private func verbal(_ p: Int) -> [Proposition] {
        // A control verb with only a clausal complement says nothing by itself: its complement carries it.
        let xcomps = tree.children(of: p, [.xcomp]).filter { tree.upos($0) == .verb }
        let objects = tree.children(of: p, [.obj, .iobj])
        // "Iran did at one point supply drones" with "supply" mis-tagged leaves "do" as the verb: the verb is
        // recovered from the noun compound ("supply drones"); otherwise "do" without an object says nothing.
        var emphatic: (verb: Int, argument: Int)?
        if tree.lemma(p) == "do", objects.isEmpty {
            emphatic = emphaticVerb(of: p)
            if emphatic == nil { return [] }
        }
        if !xcomps.isEmpty, objects.isEmpty, tree.child(of: p, [.ccomp]) == nil,
           L.controlModality[tree.lemma(p)] != nil || L.negatingControl.contains(tree.lemma(p)) {
            return []
        }

        var relationWords = auxiliaries(of: p) + [p] + tree.children(of: p, [.compoundPrt])
        var lemma = tree.lemma(p)
        if let emphatic {
            relationWords.append(emphatic.verb)
            lemma = tree.words[emphatic.verb].form.lowercased()
        }
        if let prt = tree.child(of: p, [.compoundPrt]) { lemma += " " + tree.lemma(prt) }
        var negated = isNegated(p)
        var modality = modal(of: p)
        var confidence = 0.9

        // Complement of a control verb: "refused to meet X", "plans to visit X".
        if tree.relation(p) == .xcomp, let controller = tree.head(of: p), isVerbalPredicate(controller) || tree.upos(controller) == .verb {
            let control = tree.lemma(controller)
            let mark = tree.children(of: p, [.mark])
            relationWords = auxiliaries(of: controller) + [controller] + mark + relationWords
            if L.negatingControl.contains(control) { negated.toggle() }
            if isNegated(controller) { negated.toggle() }
            modality = L.controlModality[control] ?? modal(of: controller) ?? modality
            confidence -= 0.05
        }

        // Subjects, and objects for passives.
        var subjects: [Phrase] = []
        var objectHeads: [Int] = []
        let passiveSubjects = tree.children(of: p, [.nsubjPass, .csubjPass])
        if !passiveSubjects.isEmpty {
            objectHeads = passiveSubjects.flatMap(expand)
            subjects = tree.children(of: p, [.oblAgent]).flatMap(expand).map(nounPhrase)
        } else if tree.relation(p) == .acl, tree.words[p].xpos == "VBN" {
            // "weapons used by Russian troops": a passive participle; its agent (if any) is the subject.
            subjects = tree.children(of: p, [.oblAgent]).flatMap(expand).map(nounPhrase)
            if let noun = tree.head(of: p) { objectHeads = expand(noun) }
        } else {
            subjects = mergedAdjacent(subjectHeads(of: p).map(nounPhrase))
            if subjects.isEmpty, let inherited = inheritedSubject(of: p) {
                subjects = inherited.map(nounPhrase)
                confidence -= 0.15
            }
            objectHeads = objects.filter { tree.relation($0) == .obj }.flatMap(expand)
            if let emphatic { objectHeads = [emphatic.argument] }
            // "The Kremlin warned NATO" with NATO parsed as indirect object: with no direct object, it is the object.
            if objectHeads.isEmpty, let iobj = tree.child(of: p, [.iobj]) { objectHeads = expand(iobj) }
        }
        // Participial modifier: "weapons used by Russian troops" (passive), "drones striking targets" (active).
        if tree.relation(p) == .acl, let noun = tree.head(of: p) {
            if tree.words[p].xpos == "VBN" {
                if objectHeads.isEmpty { objectHeads = expand(noun) }
            } else if subjects.isEmpty {
                subjects = expand(noun).map(nounPhrase)
            }
        }

        var extras: [Phrase] = []
        var object: [Phrase] = objectHeads.map(nounPhrase)
        // The mis-tagged verb and what precedes it ("at one point supply") are not part of the object.
        if let emphatic { object = object.map { Phrase(head: $0.head, words: $0.words.filter { $0 > emphatic.verb }) } }
        // "supplied drones to Russia" is often parsed with "to Russia" under "drones": the recipient is an
        // argument of the verb, not part of the object.
        if !L.lightVerbs.contains(tree.lemma(p)) {
            for (k, phrase) in object.enumerated() {
                for nmod in tree.children(of: phrase.head, [.nmod]) {
                    guard let prep = preposition(of: nmod), L.recipientPrepositions.contains(prep) else { continue }
                    let moved = Set(tree.subtree(of: nmod))
                    object[k].words.removeAll { moved.contains($0) }
                    extras.append(Phrase(head: nmod, words: moved.sorted()))
                }
            }
        }

        // Light verb + event noun: "impose sanctions on X" → sanction X.
        if L.lightVerbs.contains(tree.lemma(p)), let noun = objectHeads.first, let event = L.eventNouns[tree.lemma(noun)] {
            let target = tree.children(of: noun, [.nmod]).first { preposition(of: $0).map(L.targetPrepositions.contains) ?? false }
                ?? tree.children(of: p, [.obl]).first { preposition(of: $0).map(L.targetPrepositions.contains) ?? false }
            if let target {
                lemma = event
                relationWords += phraseWords(noun, excludingSubtreeOf: target) + caseWords(of: target)
                object = expand(target).map(nounPhrase)
                confidence -= 0.05
            }
        }

        // Predicative complement: "became a founding justice", "was appointed Chief Constable".
        if object.isEmpty, let complement = tree.children(of: p, [.xcomp]).first(where: { tree.upos($0) != .verb }) {
            object = [nounPhrase(complement)]
        }
        // A clause as object: "X said (that) Y", "X denied Y".
        if object.isEmpty, let clause = tree.child(of: p, [.ccomp]) {
            let marks = Set(tree.children(of: clause, [.mark]))
            object = [Phrase(head: clause, words: phraseWords(clause).filter { !marks.contains($0) })]
            confidence -= 0.2
        }
        // Prepositional arguments; without an object, the first becomes it ("talk to X", "meet with X").
        for obl in tree.children(of: p, [.obl, .oblUnmarked]) where obl != emphatic?.argument {
            if object.isEmpty, tree.relation(obl) == .obl, let prep = preposition(of: obl), prep != "according to", !isTemporal(obl) {
                relationWords += caseWords(of: obl)
                lemma += " " + prep
                object = expand(obl).map(nounPhrase)
            } else if preposition(of: obl) != "according to" {
                extras.append(Phrase(head: obl, words: (phraseWords(obl) + caseWords(of: obl)).sorted()))
            }
        }
        if let iobj = tree.child(of: p, [.iobj]) {
            extras.insert(Phrase(head: iobj, words: phraseWords(iobj)), at: 0)
        }

        let attribution = self.attribution(of: p)
        if let attribution, L.denialVerbs.contains(attribution.verb) { negated.toggle() }

        // A noun modified by this very clause ("weapons used by …", "drones that strike …") stands for
        // itself, without the clause.
        let clause = Set(tree.subtree(of: p))
        func outsideClause(_ phrase: Phrase) -> Phrase {
            clause.contains(phrase.head) ? phrase : Phrase(head: phrase.head, words: phrase.words.filter { !clause.contains($0) })
        }
        subjects = subjects.map(outsideClause)
        object = object.map(outsideClause)

        var out: [Proposition] = []
        let subjectOptions: [Phrase?] = subjects.isEmpty ? [nil] : subjects
        let objectOptions: [Phrase?] = object.isEmpty ? [nil] : object
        for subject in subjectOptions {
            for obj in objectOptions {
                var proposition = Proposition(
                    predicate: p, relationWords: relationWords.sorted(), lemma: lemma, subject: subject, object: obj,
                    extras: extras, negated: negated, modality: modality, confidence: confidence)
                if let attribution { proposition.attribution = (attribution.speaker, attribution.verb) }
                proposition.confidence = adjustedConfidence(proposition)
                out.append(proposition)
            }
        }
        return out
    }

    private func copular(_ c: Int) -> [Proposition] {
        guard let cop = tree.child(of: c, [.cop]) else { return [] }
        let subjects = subjectHeads(of: c).map(nounPhrase)
        guard !subjects.isEmpty else { return [] }
        let relationWords = (auxiliaries(of: c) + [cop]).sorted()
        let complement = Phrase(head: c, words: phraseWords(c) { child in
            let r = tree.relation(child)
            return r?.base == .nsubj || r == .cop || r == .aux || r == .punct || r == .mark || r == .cc || r == .conj || r == .advcl || r == .parataxis || (r == .advmod && L.negations.contains(tree.lemma(child)))
        })
        var out: [Proposition] = []
        let attribution = self.attribution(of: c)
        for subject in subjects {
            var proposition = Proposition(
                predicate: c, relationWords: relationWords, lemma: "be", subject: subject, object: complement,
                negated: isNegated(c), modality: modal(of: c), confidence: 0.7)
            if let attribution { proposition.attribution = attribution }
            proposition.confidence = adjustedConfidence(proposition)
            out.append(proposition)
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
            if tree.relation(p) == .xcomp, let obj = tree.child(of: h, [.obj]) { return expand(obj) }
            // A clause hanging from a noun ("accused [the United States] of fueling …" parsed under the object):
            // the noun does it.
            if tree.relation(p) == .advcl, [.noun, .propn, .pron].contains(tree.upos(h)),
               tree.children(of: p, [.mark]).contains(where: { ["of", "for"].contains(tree.lemma($0)) }) {
                return expand(h)
            }
            // "accused them of fueling", "blasted the West for pumping": the object does the gerund.
            if tree.relation(p) == .advcl, let obj = tree.child(of: h, [.obj]),
               tree.children(of: p, [.mark]).contains(where: { ["of", "for"].contains(tree.lemma($0)) }) {
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
            if tree.relation(p) != .conj || passive.isEmpty {
                return inheritedSubject(of: h, depth: depth + 1)
            }
            return passive.flatMap(expand)
        case .aclRelcl, .acl:
            return expand(h)
        default:
            return nil
        }
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

    /// A noun phrase headed by `w`, without clauses, appositions and coordinated material.
    func nounPhrase(_ w: Int) -> Phrase {
        var head = w
        if isRelativePronoun(w), let clause = relativeClause(containing: w), let noun = tree.head(of: clause) { head = noun }
        return Phrase(head: head, words: phraseWords(head))
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

    /// The subtree of `w` as phrase words: without relative clauses, appositions, coordination and edge punctuation.
    func phraseWords(_ w: Int, excluding extra: (Int) -> Bool = { _ in false }) -> [Int] {
        var words = tree.subtree(of: w) { child in
            let r = tree.relation(child)
            return r == .aclRelcl || r == .appos || r == .conj || r == .cc || r == .parataxis || r == .dep || extra(child)
        }
        while let last = words.last, last != w, tree.upos(last) == .punct { words.removeLast() }
        while let first = words.first, first != w, tree.upos(first) == .punct || tree.relation(first) == .case && tree.head(of: first) == w {
            words.removeFirst()
        }
        return words
    }

    private func phraseWords(_ w: Int, excludingSubtreeOf x: Int) -> [Int] {
        let excluded = Set(tree.subtree(of: x))
        return phraseWords(w).filter { !excluded.contains($0) }
    }

    /// Dates and times ("in October", "on Friday", "in 2022"): circumstances, never the target of a relation.
    func isTemporal(_ w: Int) -> Bool {
        if let prep = preposition(of: w), L.temporalPrepositions.contains(prep) { return true }
        return tree.upos(w) == .num || L.temporalNouns.contains(tree.lemma(w)) || L.temporalNouns.contains(tree.words[w].form.lowercased())
    }

    /// The preposition of an oblique or nominal modifier ("on", "according to").
    func preposition(of w: Int) -> String? {
        let words = caseWords(of: w)
        guard !words.isEmpty else { return nil }
        return words.map { tree.lemma($0) }.joined(separator: " ")
    }

    private func caseWords(of w: Int) -> [Int] {
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
        for c in tree.children[p] {
            let r = tree.relation(c)
            // "has not sent, nor will it send": the conjunct after "nor" is negated too.
            if r == .cc, ["nor", "neither"].contains(tree.lemma(c)) { return true }
            if r == .advmod && L.negations.contains(tree.lemma(c)) { return true }
            if r == .advmod, tree.lemma(c) == "longer", tree.children(of: c, [.advmod]).contains(where: { tree.lemma($0) == "no" }) { return true }
        }
        return false
    }

    func modal(of p: Int) -> String? {
        tree.children(of: p, [.aux]).map { tree.lemma($0) }.first { L.modals.contains($0) }
    }

    /// The verb of an emphatic "do" that the tagger took for a noun compound: "Iran did at one point supply
    /// drones" parsed as did –obl→ drones –compound→ supply. Only verbs of a short list qualify.
    private func emphaticVerb(of p: Int) -> (verb: Int, argument: Int)? {
        for n in tree.children(of: p, [.obl, .obj, .nsubj]) where n > p {
            for c in tree.children(of: n, [.compound]) where c < n && c > p {
                if L.emphaticDoVerbs.contains(tree.words[c].form.lowercased()) { return (c, n) }
            }
        }
        return nil
    }

    /// The speaker and speech verb when `p` is reported speech ("X claims [p …]", "[p …], X said").
    func attribution(of p: Int, depth: Int = 0) -> (speaker: Phrase, verb: String)? {
        guard depth < 6 else { return nil }
        if let h = tree.head(of: p) {
            switch tree.relation(p) {
            case .ccomp:
                let verb = tree.lemma(h)
                if L.speechVerbs.contains(verb), let speaker = speaker(of: h) { return (speaker, verb) }
            case .advcl where tree.children(of: p, [.mark]).contains { tree.lemma($0) == "that" }:
                // "He admitted, however, that Iran did …" parsed as an adverbial clause: still what he admitted.
                let verb = tree.lemma(h)
                if L.speechVerbs.contains(verb), let speaker = speaker(of: h) { return (speaker, verb) }
            case .conj, .xcomp:
                // A conjunct that agrees with a subject further up was mis-attached inside the reported clause;
                // it shares the attribution of the clause it belongs to.
                let own = subjectHeads(of: h)
                if tree.relation(p) == .conj, !own.isEmpty, agreementClash(p, own),
                   [.ccomp, .advcl, .xcomp].contains(tree.relation(h)), let higher = tree.head(of: h) {
                    return attribution(of: higher, depth: depth + 1)
                }
                return attribution(of: h, depth: depth + 1)
            default: break
            }
        }
        for s in tree.children(of: p, [.parataxis]) where L.speechVerbs.contains(tree.lemma(s)) {
            if let speaker = speaker(of: s) { return (speaker, tree.lemma(s)) }
        }
        for obl in tree.children(of: p, [.obl]) where preposition(of: obl) == "according to" {
            return (nounPhrase(obl), "according to")
        }
        return nil
    }

    private func speaker(of s: Int) -> Phrase? {
        if let subject = subjectHeads(of: s).first { return nounPhrase(subject) }
        if let inherited = inheritedSubject(of: s)?.first { return nounPhrase(inherited) }
        return nil
    }

    private func adjustedConfidence(_ p: Proposition) -> Double {
        var c = p.confidence
        if p.subject == nil { c -= 0.3 }
        if p.object == nil { c -= 0.1 }
        let length = (p.subject?.words.count ?? 0) + (p.object?.words.count ?? 0)
        c -= 0.01 * Double(max(0, length - 8))
        c -= 0.02 * Double(p.extras.count)
        c -= embeddingPenalty(p.predicate)
        return (min(0.99, max(0.01, c)) * 1000).rounded() / 1000
    }

    /// Clauses inside other clauses are parsed less reliably, and a reported or conditional clause is less
    /// often a standalone fact: each level of embedding lowers confidence.
    private func embeddingPenalty(_ p: Int) -> Double {
        var penalty = 0.0
        var node = p
        for _ in 0..<8 {
            guard let h = tree.head(of: node) else { break }
            switch tree.relation(node) {
            case .ccomp, .csubj: penalty += EmbeddingPenalty.clausal
            case .advcl: penalty += EmbeddingPenalty.adverbial
            case .aclRelcl, .acl: penalty += EmbeddingPenalty.relative
            default: break
            }
            node = h
        }
        return penalty
    }
}

/// How much each level of clause embedding lowers a proposition's confidence.
enum EmbeddingPenalty {
    static let clausal = 0.2
    static let adverbial = 0.1
    static let relative = 0.1
}
