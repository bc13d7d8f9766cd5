import KGCore
import KGSyntax
import KGText

/// Dependency-based extraction: every predicate of a parsed sentence becomes assertions (see `PropositionFinder`).
public struct SyntaxExtractor: Extractor {
    public let gazetteer: Gazetteer
    /// How news usually capitalises words (the named-entity model's, `NamedEntityTagger.caseProfile`): a
    /// capitalised word that news writes in lower case is no name by itself ("Mission accomplished"), nor part of
    /// one before a surname ("Hail Trump"). Nil: no such check.
    public let caseProfile: CaseProfile?

    public init(gazetteer: Gazetteer, caseProfile: CaseProfile? = nil) {
        self.gazetteer = gazetteer
        self.caseProfile = caseProfile
    }

    public var needsSyntax: Bool { true }

    /// One extraction in CaRB's terms: relation and argument phrases as space-separated word forms.
    public struct Tuple: Sendable, Hashable {
        public var relation: String
        public var arguments: [String]
        public var confidence: Double
    }

    /// The document's assertions, with names, acronyms and references resolved across its sentences
    /// (`DocumentResolver`). A sentence written again word for word (a scraped page's headline, given as the
    /// title and again above the body) is evidence once: its repeats are read, for the names they give, but
    /// state nothing new. A short sentence may say something new each time ("He refused."), so only one of five
    /// words or more counts as a repeat. An edge from an entity to itself is left out (`isSelfLoop`).
    public func extractAssertions(from document: Document) -> [Assertion] {
        let all = resolvedAssertions(in: document)
        var seen: Set<String> = []
        let repeats = Set(document.sentences.indices.filter { i in
            document.sentences[i].words.count >= 5 && !seen.insert(document.sentences[i].text).inserted
        })
        return all.filter { !repeats.contains($0.sentenceIndex) && !Self.hasUnresolvedOwner($0) && !Self.isSelfLoop($0) }
    }

    /// Whether an assertion relates an entity to itself: news states no such thing ("talks in Tokyo between Japan
    /// and Russia" → Japan –meet in→ Japan, "Indiana Gov. Eric Holcomb" → Holcomb –governor of→ Holcomb); it comes
    /// from a misread phrase or a reference resolved to the subject. ("Britain's government" is Britain's part, an
    /// edge of two different entities.)
    static func isSelfLoop(_ assertion: Assertion) -> Bool {
        guard let entity = assertion.subject.entity, let object = assertion.object?.entity else { return false }
        return entity == object
    }

    /// "Mark Meadows, the group's chairman" with no group named before: the owner of the office is unknown, and
    /// an edge to the words "the group's" says nothing. A name that ends so ("St Michael's") is no owner.
    static func hasUnresolvedOwner(_ assertion: Assertion) -> Bool {
        guard let object = assertion.object, object.entity == nil,
              let owner = object.text.split(separator: " ").last, owner.count > 2, owner.first?.isLowercase == true
        else { return false }
        return owner.hasSuffix("'s") || owner.hasSuffix("’s")
    }

    private func resolvedAssertions(in document: Document) -> [Assertion] {
        var assertions: [Assertion] = []
        var mentions: [Mention] = []
        for sentence in document.sentences {
            let result = analyse(sentence, documentID: document.id)
            assertions += result.assertions
            mentions += result.mentions
        }
        assertions = QuotedSpeech.attribute(assertions, sentences: document.sentences)
        let resolver = DocumentResolver(gazetteer: gazetteer, documentID: document.id, mentions: mentions, assertions: assertions,
                                        caseProfile: caseProfile)
        let countries = resolver.countryMentions(in: document.sentences)
        let resolved = resolver.resolve(assertions, sentences: document.sentences, countries: countries)
        return resolved + resolver.impliedRoles(in: resolved, sentences: document.sentences, countries: countries)
            + resolver.counterpartRoles(in: resolved, sentences: document.sentences)
    }

    /// Assertions of one sentence, for the graph: speech acts whose object is a clause are left out (their
    /// content is an attributed assertion of its own), and so is anything without a subject. Nothing is
    /// resolved across sentences here.
    public func assertions(in sentence: Sentence, documentID: String) -> [Assertion] {
        analyse(sentence, documentID: documentID).assertions
    }

    /// The sentence's words as the rules read them: names the gazetteer knows typed, party-state labels untagged and
    /// every tree repair applied (`newsgraph parse --as-read` prints them, to see why a sentence gave what it gave).
    public func wordsAsRead(_ sentence: Sentence) -> [Word] {
        Self.repairedTree(PartyStateLabel.untagged(knownNamesTyped(sentence.words))).words
    }

    /// The sentence's assertions and the people and acronyms it names.
    func analyse(_ sentence: Sentence, documentID: String) -> (assertions: [Assertion], mentions: [Mention]) {
        let tree = Self.repairedTree(PartyStateLabel.untagged(knownNamesTyped(sentence.words)))
        let resolver = ArgumentResolver(tree: tree, gazetteer: gazetteer, caseProfile: caseProfile)
        let finder = PropositionFinder(tree)
        var out: [Assertion] = []
        var seen = Set<String>()
        var memberships: [String: (organization: Argument, country: String)] = [:]
        var listMembers: [TitledNameList.Member] = []
        // "Japan's ruling party": read off the words; whatever the parse made of "ruling" as a verb is dropped.
        let ruling = RulingPartyFinder(tree).propositions()
        let rulingWords = Set(ruling.map(\.predicate))
        let labels = PartyStateLabel.all(in: tree)
        let labelWords = Set(labels.flatMap(\.words))
        // With the brackets or commas around it: "Rep. Steve King (R-Iowa)" is Steve King, never "R-Iowa".
        let labelled = labelWords.union(labels.flatMap { [$0.words.lowerBound - 1, $0.words.upperBound + 1] }
            .filter { $0 < tree.count && tree.upos($0) == .punct })
        // A label the parse made the argument stands for the name it follows ("Eric Cole, D-Calif., told ABC").
        let unlabelled = { (phrase: Phrase) -> Phrase in
            guard !labelled.isEmpty, phrase.words.contains(where: labelled.contains) else { return phrase }
            if let label = labels.first(where: { $0.words.contains(phrase.head) }) {
                return Phrase(head: label.name.upperBound, words: Array(label.name))
            }
            return Phrase(head: phrase.head, words: phrase.words.filter { !labelled.contains($0) })
        }
        for var p in finder.propositions().filter({ !rulingWords.contains($0.predicate) }) + RoleFinder(tree).roles() + ruling
            + BetweenRelations(tree).propositions() + EventNounRelations(tree).propositions() {
            p.subject = p.subject.map(unlabelled)
            p.object = p.object.map(unlabelled)
            // Copulas ("X is Y") are CaRB's business; the graph takes their useful part as roles.
            guard let subjectPhrase = p.subject, p.lemma != "be" || p.isRole else { continue }
            // "According to him, Moscow stands for …": a source, read as a verb, is no act of anyone's.
            if !p.isRole, tree.words[p.predicate].form.lowercased() == "according" { continue }
            // "Following the vote, the IOC ordered …", "held for two weeks following the assassination": "following"
            // without a subject or auxiliary of its own is the preposition "after", not anyone following anything.
            // ("following in the footsteps of", "following through on" keep their sense).
            if !p.isRole, tree.words[p.predicate].form.lowercased() == "following", tree.words[p.predicate].xpos == "VBG",
               tree.child(of: p.predicate, [.obj]) != nil,
               !tree.children[p.predicate].contains(where: { c in
                   tree.relation(c)?.base == .nsubj || [.aux, .auxPass, .compoundPrt].contains(tree.relation(c))
               }) {
                continue
            }
            // A bracket or comma of a label is no argument.
            if labelled.contains(subjectPhrase.head) || p.object.map({ labelled.contains($0.head) }) == true { continue }
            if let object = p.object, tree.relation(object.head) == .ccomp || tree.upos(object.head) == .verb && !p.isRole { continue }
            if isClauseRemnant(p, tree) { continue }
            var subject = argument(subjectPhrase, tree: tree, resolver: resolver, memberships: &memberships)
            // "sanctioned Iranian banks", "hacked Russian media" target the country; "bought German firms" does not.
            var object = p.object.map {
                argument(finder.withoutContentClause($0), tree: tree, resolver: resolver, memberships: &memberships,
                         bodyStandsForCountry: Self.targetsCountry(RelationTaxonomy.classify(p.lemma)))
            }
            if p.needsActors, !subject.type.isActor || object?.type.isActor != true { continue }
            // "London Mayor Sadiq Khan", "the mayor of Paris": a city's office is the city's, not its country's.
            if p.isRole, var city = object, city.type == .country, p.lemma.split(separator: " ").contains(where: { Self.cityOffices.contains(String($0)) }),
               let entry = gazetteer.entry(named: city.text.hasPrefix("the ") ? String(city.text.dropFirst(4)) : city.text), entry.kind == .metonym {
                city.entity = entry.words.joined(separator: " ")
                city.type = .location
                city.wikidata = nil
                object = city
            }
            // "contributed to this report": a byline's credit, not news.
            if let text = object?.text, text.utf8.count <= 12, Self.selfReferences.contains(text.lowercased()) { continue }
            // "Democratic Sen. Patrick Leahy": the party's adjective names the party the senator belongs to.
            var lemma = p.lemma
            if p.isRole, var owner = object, owner.entity == nil, let party = Self.partyAdjectives[owner.text],
               let entry = gazetteer.entry(named: party) {
                owner.entity = entry.entity
                owner.type = entry.type
                owner.wikidata = gazetteer.wikidata(for: entry.entity)
                object = owner
                // A Democratic senator is a member of the party, not its senator; its nominee or leader is its own.
                if let office = lemma.split(separator: " ").dropLast().last, Self.partyMemberOffices.contains(String(office)) {
                    lemma = "member of"
                }
            }
            // "a Kashmiri separatist leader", "Political strategist Roger Stone", "Justice Mr Sheehan": one word that
            // names no one (no entity, no name the tagger saw, no possessive a later step resolves; an adjective, a
            // lower-case word or a title) is a kind of office, not whose it is. A capitalised noun stays, known or
            // not: "House Speaker Paul Ryan", "Visa spokeswoman".
            if p.isRole, let owner = object, owner.entity == nil, owner.type == .concept, let phrase = p.object, phrase.words.count == 1,
               !tree.words[phrase.head].entity.hasPrefix("B-"), ![.pron, .det].contains(tree.upos(phrase.head)),
               tree.upos(phrase.head) == .adj || tree.words[phrase.head].form.first?.isLowercase == true
                || SyntaxLexicon.titleWords.contains(tree.lemma(phrase.head)) || PersonVocabulary.title(tree.words[phrase.head].form) != nil {
                continue
            }
            let attribution = p.attribution.map { a -> Attribution in
                let speaker = argument(a.speaker, tree: tree, resolver: resolver, memberships: &memberships)
                return Attribution(text: speaker.text, entity: speaker.entity, verb: a.verb)
            }
            // "The United States has announced it will …", "He said he …": a pronoun subject of reported speech
            // is, far more often than not, the speaker.
            // Inside quotation marks the speaker says "I": a quoted "he" is someone else ("'He will not accept my
            // challenge,' Trillanes said").
            // An adverbial clause of a reported clause that names its own subject is that subject's: "Molins said
            // Belgacem called his father after he fired" (he is Belgacem, left to the document's resolution).
            let namedSubjectAbove = tree.relation(p.predicate) == .advcl && tree.head(of: p.predicate).map { clause in
                tree.children(of: clause, [.nsubj, .nsubjPass]).contains { tree.upos($0) == .propn }
            } == true
            // So is a "he" or "she" in a clause the speaker is named after ("she became upset, her lawyer, Hannah
            // Duncan, said": the speaker would have said "I"; "it" and "they" may still be an organisation's own).
            let speakerAfter = p.attribution.map { $0.speaker.head > subjectPhrase.head } == true
                && ["he", "she"].contains(subject.text.lowercased())
            if subject.entity == nil, let speaker = p.attribution?.speaker, !namedSubjectAbove, !speakerAfter,
               !(Self.quotedThirdPersons.contains(subject.text.lowercased()) && isQuoted(subjectPhrase.head, tree)),
               let referent = speakerReferent(for: subject.text, speaker: speaker, tree: tree, resolver: resolver) {
                subject.entity = referent.entity
                subject.type = referent.type
                subject.wikidata = gazetteer.wikidata(for: referent.entity)
                subject.coreferent = true
            }
            let relationText = text(p.relationWords, tree)
            // (Two people under one title start where the title does: "Former Secretaries of State A and B".)
            let person = subject.type == .person ? subject.entity ?? "" : ""
            let key = "\(subject.span.start)|\(person)|\(p.lemma)|\(object?.span.start ?? -1)|\(p.negated)"
            guard seen.insert(key).inserted else { continue }
            let relationSpan = p.relationWords.first.flatMap { first in
                p.relationWords.last.map { TextSpan(start: tree.words[first].span.start, end: tree.words[$0].span.end) }
            }
            let relation = RelationPhrase(lemma: lemma, text: relationText, negated: p.negated, modality: p.modality, span: relationSpan)
            // "… met Italian Prime Minister A and German Chancellor B": one assertion per name.
            let subjectList = p.isRole ? nil : TitledNameList(subjectPhrase, tree: tree, resolver: resolver)
            let objectList = p.isRole ? nil : p.object.flatMap { TitledNameList($0, tree: tree, resolver: resolver) }
            if subjectList != nil || objectList != nil {
                listMembers += (subjectList?.members ?? []) + (objectList?.members ?? [])
                for s in subjectList?.members.map(\.argument) ?? [subject] {
                    for o in objectList.map({ $0.members.map { Optional($0.argument) } }) ?? [object] {
                        out.append(Assertion(
                            documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                            subject: s, relation: relation, object: o, attribution: attribution, confidence: p.confidence * 0.95))
                    }
                }
                continue
            }
            out.append(Assertion(
                documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                subject: subject, relation: relation, object: object, attribution: attribution, confidence: p.confidence))
            // "Iran sent weapons to Russia": besides Iran –send→ weapons, the actor it was sent to is the edge
            // readers look for (Iran –send→ Russia).
            // (Not after a relation that ends in its own preposition: "took part in talks with Turkey" is no
            // "take part in with".)
            if object?.type == .concept, !SyntaxLexicon.endsInPreposition(p.lemma), let recipient = recipient(of: p, tree: tree, resolver: resolver) {
                var edge = relation
                let preposition = tree.child(of: recipient.head, [.case]).map { tree.words[$0].form } ?? ""
                edge.text = relationText + " " + (object?.text ?? "") + " " + preposition
                // "Iran –send to→ Russia", "Turkey –buy from→ Russia": the preposition keeps the direction readable
                // (the graph's taxonomy makes "send to" and "supply to" one edge).
                edge.lemma = p.lemma + " " + preposition.lowercased()
                // "rejected criticism from Colombia", "faces pressure from Germany": after a verb that takes nothing in,
                // "from" says whose the thing is; the noun stays in the relation ("reject criticism from"), which the
                // taxonomy still reads by its verb. ("bought missiles from Russia" is buying from Russia.)
                if preposition.lowercased() == "from", !Self.takingVerbs.contains(tree.lemma(p.predicate)),
                   let noun = p.object?.head, tree.upos(noun) == .noun, !p.lemma.contains(" ") {
                    edge.lemma = p.lemma + " " + tree.lemma(noun).lowercased() + " from"
                }
                // "sold weapons to Egypt, Qatar and Saudi Arabia": each one a recipient.
                let members = finder.expand(recipient.head)
                for member in members {
                    let words = members.count == 1
                        ? recipient.words.filter { tree.relation($0) != .case || tree.head(of: $0) != recipient.head }
                        : finder.phraseWords(member)
                    let target = argument(Phrase(head: member, words: words), tree: tree, resolver: resolver, memberships: &memberships)
                    let key = "\(subject.span.start)|\(p.lemma)|\(target.span.start)|\(p.negated)"
                    if seen.insert(key).inserted {
                        out.append(Assertion(
                            documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                            subject: subject, relation: edge, object: target, attribution: attribution, confidence: p.confidence * ExtractionConfidence.recipientFactor))
                    }
                }
            }
            // "condemned North Korea's missile test", "praised Macron's reform plans": whose act, plan or claim is
            // judged is the actor the judgement targets. Only an actor's judgement of its direct object.
            if subject.type.isActor, object?.type == .concept, !p.isRole, !p.negated, let judged = p.object,
               tree.relation(judged.head) == .obj,
               Self.ownerTargetCategories.contains(relation.relationClass.category),
               let owner = judgedOwner(of: judged, tree: tree, finder: finder) {
                let target = argument(owner, tree: tree, resolver: resolver, memberships: &memberships)
                let key = "\(subject.span.start)|\(p.lemma)|\(target.span.start)|owner"
                if target.type.isActor, target.entity != nil, target.entity != subject.entity, seen.insert(key).inserted {
                    var edge = relation
                    edge.text = relationText + " " + (object?.text ?? "")
                    out.append(Assertion(
                        documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                        subject: subject, relation: edge, object: target, attribution: attribution,
                        confidence: p.confidence * ExtractionConfidence.ownerFactor))
                }
            }
        }
        // Each titled name of a list holds its office: "Italian Prime Minister A" → A –prime minister of→ Italy.
        var listed = Set(out.filter { $0.relation.lemma.hasSuffix(" of") }.compactMap(\.subject.entity))
        for member in listMembers {
            guard let role = member.role, let country = member.country, let person = member.argument.entity,
                  listed.insert(person).inserted else { continue }
            let object = Argument(text: country, entity: country, type: .country, span: member.argument.span,
                                  wikidata: gazetteer.wikidata(for: country))
            out.append(Assertion(
                documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                subject: member.argument, relation: RelationPhrase(lemma: role + " of", text: role), object: object, confidence: 0.7))
        }
        // "Thomas Massie, R-Ky.": a member of the Republican Party.
        for label in labels {
            guard let partyName = label.party else { continue }
            let person = argument(Phrase(head: label.name.upperBound, words: Array(label.name)), tree: tree, resolver: resolver, memberships: &memberships)
            guard person.type == .person else { continue }
            let span = tree.words[label.letter].span
            // A letter is no name of the party: as with a reference, its text adds no alias.
            let party = Argument(text: tree.words[label.letter].form, entity: partyName, type: .org, span: span,
                                 wikidata: gazetteer.wikidata(for: partyName), coreferent: true)
            out.append(Assertion(
                documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                subject: person, relation: RelationPhrase(lemma: "member of", text: tree.words[label.letter].form, span: span),
                object: party, confidence: ExtractionConfidence.role))
        }
        // "the Russian Defense Ministry" is part of Russia: the graph shows it as an edge.
        for (entity, membership) in memberships.sorted(by: { $0.key < $1.key }) {
            let org = membership.organization
            let country = Argument(
                text: membership.country, entity: membership.country, type: .country, span: org.span,
                wikidata: gazetteer.wikidata(for: membership.country))
            out.append(Assertion(
                documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                subject: Argument(text: org.text, entity: entity, type: .org, span: org.span),
                relation: RelationPhrase(lemma: "part of", text: "part of"), object: country, confidence: ExtractionConfidence.partOf))
        }
        return (ReciprocalPairs.withoutReciprocalPronouns(out) + ReciprocalPairs.pairs(in: out), resolver.mentions(sentenceIndex: sentence.index))
    }

    /// The words with the entity tags of names the gazetteer lists as organisations or groups, in two words or
    /// more ("World Bank", "European Union"), set to that type whatever the entity tagger said: the tagger
    /// reads the gazetteer too, but now and then weighs the context over it ("served at the World Bank" as a
    /// place), and the rules that take an organisation as an actor read its tags. One-word entries are left to the
    /// tagger ("Ford" the carmaker or the president).
    func knownNamesTyped(_ words: [Word]) -> [Word] {
        var out = words
        let forms = words.map(\.form)
        var i = 0
        while i < forms.count {
            guard let entry = gazetteer.longestMatch(in: forms, at: i) else { i += 1; continue }
            let range = i..<(i + entry.words.count)
            i = range.upperBound
            guard entry.words.count >= 2, entry.kind == .name, entry.type == .org || entry.type == .group else { continue }
            // The name as a part of a longer one the tagger found ("World Bank Group", "Liberal Democratic Party")
            // keeps the tagger's span.
            if range.upperBound < words.count, words[range.upperBound].entity.hasPrefix("I-") { continue }
            if words[range.lowerBound].entity.hasPrefix("I-") { continue }
            for k in range { out[k].entity = (k == range.lowerBound ? "B-" : "I-") + NamedEntityType.organization.rawValue }
        }
        return out
    }

    /// The sentence's tree with frequent misparses mended (a dateline read as the subject, names, titled names, a title's preposition, a name
    /// described by a noun before it, lost finite verbs, clause attachment, appositions, lists, titled conjuncts, a
    /// day after a name, names described by a hyphenated participle, verb complements hung on the object, gerund
    /// complements read as adjectives, a clause's object read as a second subject, a speaker named between commas
    /// after what was said, a name glued onto the amount after it); built again only when a repair
    /// changed something.
    static func repairedTree(_ words: [Word]) -> DependencyTree {
        var tree = DependencyTree(words)
        if let mended = DatelineRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = CoordinatedNameRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = DemonymNounRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = NameSpanRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = TitledNameRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = FrontedTitleRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = TitleCaseRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = DescribedNameRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = FiniteVerbRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = ClauseAttachmentRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = AppositionRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = CoordinationRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = TitledConjunctRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = OwnerTitleRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = DescribedHolderRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = ComplexPrepositionRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = TemporalSubjectRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = HyphenParticipleRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = ObjectComplementRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = PredicativeAdjectiveRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = UpToQuantityRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = ActiveAgentRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = ControlComplementRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = GerundComplementRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = ClauseObjectRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = BareObliqueRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = DoubleObjectRepair.repair(tree) { tree = DependencyTree(mended) }
        if let mended = TrailingSpeakerRepair.repair(tree) { tree = DependencyTree(mended) }
        return tree
    }

    /// CaRB-style tuples of one sentence: whole phrases, n-ary arguments, passives kept in the passive voice
    /// ("X was condemned by Y", as CaRB annotates them), every proposition with a first argument.
    public func tuples(in sentence: Sentence) -> [Tuple] {
        let tree = DependencyTree(sentence.words)
        var out: [Tuple] = []
        let finder = PropositionFinder(tree)
        for p in finder.propositions() + RoleFinder(tree).roles() {
            var relation = forms(p.relationWords, tree)
            var arguments: [String] = []
            var extras = p.extras
            if let patient = p.object, (tree.relation(patient.head)?.isPassive ?? false) || finder.isParticipleModifier(p.predicate) {
                arguments.append(forms(patient.words, tree))
                // "an explanation, confirmed by recent events": a participle reads as "was confirmed by".
                if tree.relation(p.predicate) == .acl { relation = (Self.isPastTense(tree) ? "was " : "is ") + relation }
                if let agent = p.subject {
                    let by = tree.children(of: agent.head, [.case])
                    relation += by.isEmpty ? "" : " " + forms(by, tree)
                    arguments.append(forms(agent.words.filter { !by.contains($0) }, tree))
                } else if let first = extras.first, let preposition = tree.child(of: first.head, [.case]) {
                    relation += " " + tree.words[preposition].form
                    arguments.append(forms(first.words.filter { $0 != preposition }, tree))
                    extras.removeFirst()
                }
            } else {
                guard let subject = p.subject else { continue }
                arguments.append(forms(subject.words, tree))
                if let object = p.object { arguments.append(forms(object.words, tree)) }
            }
            arguments += extras.map { forms($0.words, tree) }
            if p.isRole { relation = "is " + relation + " of" }
            out.append(Tuple(relation: relation, arguments: arguments, confidence: p.confidence))
        }
        out += implicitTuples(tree)
        return out
    }

    /// The relations a sentence states without a verb, as Open IE systems report them: appositions ("X, a
    /// stationary cycle" → X is a stationary cycle) and possessives ("Du Pont 's portfolio" → Du Pont has
    /// portfolio). CaRB annotates them; the graph leaves them out (roles cover the useful appositions).
    private func implicitTuples(_ tree: DependencyTree) -> [Tuple] {
        let finder = PropositionFinder(tree)
        var out: [Tuple] = []
        for w in 0..<tree.count {
            let head = tree.words[w]
            guard head.universalPOS == .noun || head.universalPOS == .propn else { continue }
            for a in tree.children(of: w, [.appos]) where [.noun, .propn, .num].contains(tree.upos(a)) {
                let subject = finder.phraseWords(w) { $0 == a || tree.relation($0) == .punct }
                let apposition = finder.phraseWords(a)
                out.append(Tuple(relation: "is", arguments: [forms(subject, tree), forms(apposition, tree)], confidence: ExtractionConfidence.apposition))
            }
            // "the Helmut Newton Foundation in Berlin" → is in.
            if head.universalPOS == .propn {
                for place in tree.children(of: w, [.nmod]) where tree.upos(place) == .propn {
                    guard let prep = tree.child(of: place, [.case]), ["in", "of", "at", "from"].contains(tree.lemma(prep)) else { continue }
                    let subject = finder.phraseWords(w) { $0 == place }
                    let object = finder.phraseWords(place).filter { $0 != prep }
                    out.append(Tuple(relation: "is " + tree.words[prep].form, arguments: [forms(subject, tree), forms(object, tree)], confidence: ExtractionConfidence.locative))
                }
            }
            for owner in tree.children(of: w, [.nmodPoss]) where tree.upos(owner) != .pron {
                let possessor = finder.phraseWords(owner).filter { tree.relation($0) != .case || tree.head(of: $0) != owner }
                let possessed = finder.phraseWords(w) { $0 == owner }
                out.append(Tuple(relation: "has", arguments: [forms(possessor, tree), forms(possessed, tree)], confidence: ExtractionConfidence.possessive))
            }
        }
        return out
    }

    /// What a pronoun or "his country" in reported speech refers to: "he"/"she" the speaking person, "it",
    /// "they" and "his country" the speaker's country or organisation ("Iranian Foreign Minister X said it …"
    /// → Iran). Nil when the words are not such a reference or the speaker is unknown.
    private func speakerReferent(
        for text: String, speaker: Phrase, tree: DependencyTree, resolver: ArgumentResolver
    ) -> (entity: String, type: EntityType)? {
        let words = text.lowercased()
        let resolved = resolver.resolve(speaker)
        guard let entity = resolved.entity else { return nil }
        let personal = words == "he" || words == "she"
        let collective = ["it", "they", "we"].contains(words) || Self.countryReferences.contains(words)
        guard personal || collective else { return nil }
        if resolved.type == .person {
            if personal {
                // "She said he …" is not the speaker: the pronoun must agree with the speaker's title or given name.
                let names = entity.split(separator: " ").map(String.init)
                let known = names.first.flatMap { PersonVocabulary.title($0)?.gender ?? PersonVocabulary.gender(ofGivenName: $0) }
                if let wanted = PersonVocabulary.pronoun(words)?.gender, let known, known != wanted { return nil }
                return (entity, .person)
            }
            // A person's "it"/"his country": the country their title or nationality names.
            guard let country = resolver.country(mentionedIn: speaker) else { return nil }
            return (country, .country)
        }
        return collective ? (entity, resolved.type) : nil
    }

    static let countryReferences = Lexicon.words(.countryReferences)

    /// Pronouns that, inside the speaker's own quoted words, never stand for the speaker.
    static let quotedThirdPersons: Set<String> = ["he", "she", "it", "they"]

    /// Whether word `w` stands inside a direct quotation that opens its sentence ("\"He will not …,\" X said");
    /// a quote inside reported speech ("said that his country had \u{201C}not sent, nor will it send …\u{201D}")
    /// is the speaker's words in the reporter's clause, where "it" is still the speaker's country.
    private func isQuoted(_ w: Int, _ tree: DependencyTree) -> Bool {
        guard let first = tree.words.first?.form, ["\"", "\u{201C}", "``"].contains(first) else { return false }
        let closing: Set<String> = first == "\"" ? ["\""] : ["\u{201D}", "\'\'"]
        return !tree.words[1..<max(1, w)].contains { closing.contains($0.form) }
    }

    /// The extra argument naming an actor the action goes to ("to Russia", "against Ukraine").
    /// Acts whose target an owner's act, plan or claim makes the owner: judgements (criticise, reject, protest,
    /// praise, back), inquiries and coercion of what is someone's ("froze Russia's assets").
    /// Whether a relation's object stands for its country even when it is a company, bank, medium or people:
    /// hostile acts and inquiries ("sanctioned Iranian banks").
    static func targetsCountry(_ relation: RelationClass) -> Bool {
        relation.polarity == .conflictual || relation.category == .investigate
    }

    /// Objects that are the article itself ("contributed to this report").
    static let selfReferences: Set<String> = ["this report", "this story", "this article"]

    /// Verbs that take something in from someone ("buy from", "withdraw troops from"): their "from" is the source.
    static let takingVerbs: Set<String> = [
        "buy", "purchase", "receive", "get", "obtain", "acquire", "import", "borrow", "take", "seek", "request", "ask",
        "demand", "steal", "win", "inherit", "collect", "accept", "recall", "withdraw", "evacuate", "expel", "deport",
        "extradite", "remove", "release", "rescue", "free", "hear", "learn", "order", "rent", "lease", "source", "pull",
        "secure", "raise", "draw", "gain", "earn", "recover", "seize", "capture", "retrieve", "exclude", "ban", "bar",
    ]

    /// Party adjectives before an office, by a name of the party the gazetteer knows ("Democratic Sen. X").
    static let partyAdjectives: [String: String] = [
        "Democratic": "Democrats", "Democrat": "Democrats", "Republican": "Republicans", "Tory": "Tories",
    ]

    /// Offices of a state that a party's adjective does not own ("Republican Sen.", "Democratic Gov.").
    static let partyMemberOffices: Set<String> = [
        "senator", "representative", "congressman", "congresswoman", "governor", "lawmaker", "legislator", "mp",
        "mayor", "president", "minister", "secretary", "councillor", "councilman", "assemblyman", "delegate",
    ]

    static let ownerTargetCategories: Set<RelationCategory> = [
        .disapprove, .reject, .protest, .diplomaticCooperation, .investigate, .coerce, .reduceRelations,
    ]

    /// What a party puts forward, whose country's adjective names the party ("a French proposal").
    static let proposalNouns: Set<String> = [
        "proposal", "plan", "offer", "demand", "request", "claim", "accusation", "allegation", "statement", "decision",
        "move", "initiative", "bid", "position", "stance", "ultimatum", "threat",
    ]

    /// The owner named before a judged thing ("North Korea" of "North Korea's missile test"): a name or a noun, not
    /// a pronoun, of a common noun that names no person ("Trump's wife", "the company's chief" are people of
    /// their own) and nothing done to or befalling the owner ("condemned Navalny's arrest", "celebrated Wilders'
    /// defeat" judge what others did to them; "condemned Russia's arrest of Navalny" is Russia's act), or nil.
    private func judgedOwner(of judged: Phrase, tree: DependencyTree, finder: PropositionFinder) -> Phrase? {
        let head = judged.head
        guard tree.upos(head) == .noun else { return nil }
        let lemma = tree.lemma(head).lowercased()
        // "Russia's arrest of Navalny" is Russia's act; "Navalny's arrest" is not his.
        let befalls = SyntaxLexicon.patientEventNouns.contains(lemma) || SyntaxLexicon.misfortuneNouns.contains(lemma)
        let ofPhrase = tree.children(of: head, [.nmod]).contains { n in tree.child(of: n, [.case]).map { tree.lemma($0) == "of" } ?? false }
        guard !(befalls && !ofPhrase), !SyntaxLexicon.relationalNouns.contains(lemma), !SyntaxLexicon.roleNouns.contains(lemma),
              !SyntaxLexicon.bodyNouns.contains(lemma), !SyntaxLexicon.bodyNouns.contains(tree.words[head].form.lowercased())
        else { return nil }
        // "rejected a French proposal", "welcomed the Iranian offer": a country's adjective before what it put forward.
        if tree.children(of: head, [.nmodPoss]).isEmpty, Self.proposalNouns.contains(lemma),
           let demonym = tree.children(of: head, [.amod]).first(where: { $0 < head && tree.upos($0) == .adj && tree.words[$0].form.first?.isUppercase == true }) {
            return Phrase(head: demonym, words: [demonym])
        }
        guard let owner = tree.children(of: head, [.nmodPoss]).first, owner < head,
              tree.upos(owner) == .propn || tree.upos(owner) == .noun else { return nil }
        let words = finder.phraseWords(owner).filter { tree.relation($0) != .case || tree.head(of: $0) != owner }
        return Phrase(head: owner, words: words)
    }

    private func recipient(of p: Proposition, tree: DependencyTree, resolver: ArgumentResolver) -> Phrase? {
        p.extras.first { extra in
            guard let prep = tree.child(of: extra.head, [.case]).map({ tree.lemma($0) }),
                  SyntaxLexicon.isRecipient(prep, of: tree.lemma(p.predicate)) else { return false }
            return resolver.resolve(extra).type.isActor
        }
    }

    /// "Russia denied Iran supplied drones" parsed with "Iran" as the object of "denied", "Trump believes Putin
    /// respects him" with "Putin respects" as a noun: a speech or belief verb's object that names someone (or
    /// looks like a subject and its verb) is a clause cut down to its subject, not the speaker acting on it.
    private func isClauseRemnant(_ p: Proposition, _ tree: DependencyTree) -> Bool {
        // "a Russian jet which it said had violated its airspace": what was said is a clause about the jet, not
        // the jet (a relative pronoun as the object of a verb that says or believes, not one that answers a claim).
        if !p.isRole, let object = p.object, tree.relation(p.predicate) == .aclRelcl, tree.head(of: p.predicate) == object.head,
           Self.sayingVerbs.contains(tree.lemma(p.predicate)),
           tree.children(of: p.predicate, [.obj]).contains(where: { ["which", "that", "who", "whom"].contains(tree.words[$0].form.lowercased()) }) {
            return true
        }
        guard !p.isRole, let object = p.object, tree.relation(object.head) == .obj,
              SyntaxLexicon.clauseTakingVerbs.contains(tree.lemma(p.predicate)) else { return false }
        let head = object.head
        // "says the simplification … is a big driver" parsed as says –obj→ simplification and says –ccomp→ driver:
        // a clause after the object that has no subject of its own had it taken as the object.
        let subjectless = tree.children(of: p.predicate, [.ccomp]).contains { clause in
            clause > head && !tree.children[clause].contains { tree.relation($0)?.base == .nsubj || tree.relation($0) == .expl }
        }
        if subjectless { return true }
        switch tree.upos(head) {
        case .propn:
            return true
        case .pron:
            return !Self.clausePronouns.contains(tree.lemma(head))
        default:
            let form = tree.words[head].form.lowercased()
            return form.hasSuffix("s") && !form.hasSuffix("ss")
                && tree.children(of: head, [.compound]).contains { $0 < head && tree.upos($0) == .propn }
        }
    }

    /// Verbs that say or believe a clause; a relative pronoun as their object stands for one.
    static let sayingVerbs: Set<String> = ["say", "claim", "allege", "believe", "think", "suggest", "assert", "insist"]

    /// Pronouns that stand for what was said or believed ("denied it", "believes everything").
    static let clausePronouns = Lexicon.words(.clausePronouns)

    /// Whether the sentence's main verb is in the past tense.
    static func isPastTense(_ tree: DependencyTree) -> Bool {
        guard let root = (0..<tree.count).first(where: { tree.words[$0].head == 0 }) else { return false }
        let tags = [tree.words[root].xpos] + tree.children(of: root, [.aux, .auxPass, .cop]).map { tree.words[$0].xpos }
        return tags.contains("VBD") || (tags.contains("VBN") && !tags.contains("VBZ") && !tags.contains("VBP"))
    }

    /// Offices of a city, whose capital is the city rather than its country.
    static let cityOffices: Set<String> = ["mayor", "alderman", "councillor", "councilman", "councilwoman"]

    /// The argument a phrase makes. A body that does not act for its country ("Chinese companies", "the Iranian
    /// people") is a description, unless `bodyStandsForCountry` (the target of a hostile act or an inquiry).
    private func argument(
        _ phrase: Phrase, tree: DependencyTree, resolver: ArgumentResolver,
        memberships: inout [String: (organization: Argument, country: String)],
        bodyStandsForCountry: @autoclosure () -> Bool = false
    ) -> Argument {
        var resolution = resolver.resolve(phrase)
        if resolution.actsForNoState, !bodyStandsForCountry() { resolution = ArgumentResolver.Resolution(entity: nil, type: .concept) }
        let first = phrase.words.first ?? phrase.head
        let last = phrase.words.last ?? phrase.head
        let span = TextSpan(start: tree.words[first].span.start, end: tree.words[last].span.end)
        let argument = Argument(
            text: text(phrase.words, tree), entity: resolution.entity, type: resolution.type, span: span,
            wikidata: resolution.entity.flatMap(gazetteer.wikidata(for:)), qualifier: resolution.qualifier)
        if let entity = resolution.entity, let country = resolution.partOf, memberships[entity] == nil {
            memberships[entity] = (argument, country)
        }
        return argument
    }

    private func text(_ words: [Int], _ tree: DependencyTree) -> String {
        tree.text(of: words)
    }

    private func forms(_ words: [Int], _ tree: DependencyTree) -> String {
        words.map { tree.words[$0].form }.joined(separator: " ")
    }
}
