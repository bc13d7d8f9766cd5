import KGCore
import KGText

extension DocumentResolver {
    /// Pronouns and descriptions in any argument position, and pronoun speakers: "he"/"she" → the nearest
    /// person of that gender (preferring subjects), "they" → the nearest collective actor (never a person),
    /// "the minister" → the one person the article gave that role, "the party" → the one party it named,
    /// "his country" → that person's country. Each resolves to the antecedent's entity, never its words.
    func resolveReference(
        in assertion: inout Assertion, people: [String: [Mention]], collectives: [Collective], actors: [NamedActor],
        controller: Argument? = nil, home: String? = nil, bodies: [AffiliatedBody] = []
    ) {
        if var attribution = assertion.attribution, let pronoun = PersonVocabulary.pronoun(attribution.text), pronoun.isPersonal {
            attribution.entity = nearestPerson(before: assertion.subject.start, sentence: assertion.sentenceIndex, gender: pronoun.gender, people: people)
            assertion.attribution = attribution
        } else if var attribution = assertion.attribution, attribution.entity == nil,
                  let country = Self.affiliatedCountry(attribution.text.lowercased(), before: assertion.subject.start, bodies: bodies) {
            // "The police said …" after "Kenyan police": Kenya's police speak.
            attribution.entity = country
            assertion.attribution = attribution
        } else if var attribution = assertion.attribution, attribution.entity == nil,
                  let word = Self.bodyDescription(attribution.text.lowercased()),
                  let actor = onlyActor(named: word, before: assertion.subject.start, actors: actors) {
            // "The commission said …" after "The European Commission fined Google": the one body named so speaks.
            attribution.entity = actor.entity
            assertion.attribution = attribution
        }
        var subject = assertion.subject
        if let controller {
            subject.entity = controller.entity
            subject.type = controller.type
            subject.wikidata = controller.wikidata
            subject.coreferent = controller.coreferent
        } else {
            resolve(&subject, in: assertion, isSubject: true, people: people, collectives: collectives, actors: actors, home: home,
                    bodies: bodies)
        }
        assertion.subject = subject
        if var object = assertion.object {
            resolve(&object, in: assertion, isSubject: false, people: people, collectives: collectives, actors: actors, home: home,
                    bodies: bodies)
            // "He praised him": never the subject itself.
            if object.coreferent, object.entity == assertion.subject.entity { object.entity = nil; object.type = .concept; object.coreferent = false }
            assertion.object = object
        }
    }

    private func resolve(
        _ argument: inout Argument, in assertion: Assertion, isSubject: Bool, people: [String: [Mention]],
        collectives: [Collective], actors: [NamedActor], home: String?, bodies: [AffiliatedBody]
    ) {
        let text = argument.text.lowercased()
        if argument.entity == nil, let country = administration(text, before: argument.start, sentence: assertion.sentenceIndex, people: people, home: home)
            ?? leadersGovernment(argument.text, at: argument.start, people: people, home: home)
            ?? Self.affiliatedCountry(text, before: argument.start, bodies: bodies)
            ?? (Self.stateBodyReferences.contains(text) ? home : nil) {
            argument.entity = country
            argument.type = .country
            argument.wikidata = gazetteer.wikidata(for: country)
            argument.coreferent = true
            return
        }
        let offset = argument.start
        let sentence = assertion.sentenceIndex
        // "the chancellor for her remarks" is described as "the chancellor".
        let described = Self.withoutTrailingPhrase(argument.text)
        // "US" in capitals is the country, not "us".
        let writtenAsName = argument.text.count > 1 && argument.text.allSatisfy(\.isUppercase)
        let pronoun = writtenAsName ? nil : PersonVocabulary.pronoun(text)
        if Self.firstPerson.contains(text) {
            // "'I have asked the UN for help,' he said": inside reported speech, "I" is the speaker, when the
            // speaker is a person the document names (or a one-word name that may be one: "Juncker said").
            if argument.entity == nil, let speaker = assertion.attribution?.entity,
               isPerson(speaker) || mentions.contains(where: { $0.kind == .unknownName && $0.entity == speaker }) {
                argument.entity = speaker
                argument.type = .person
                argument.wikidata = nil
                argument.coreferent = true
            }
        } else if let pronoun, pronoun.isPersonal {
            // "'He has real good instincts,' said Olsen", "'We will allege that he …,' Colvin said": inside quotation
            // marks the speaker is "I", so a quoted "he" or "she" is someone else than the speaker, whether the
            // assertion is attributed to them or they are named as a subject after the quotation.
            let quotedSpeakers = QuotedSpeech.isQuoted(offset, in: assertion) ? speakers(after: offset, in: assertion, people: people) : []
            // The extractor may already have taken the speaker of reported speech ("He said he …"); it must agree.
            if argument.entity != nil, argument.coreferent, let wanted = pronoun.gender, let known = gender(of: argument.entity ?? ""), known != wanted {
                argument.entity = nil
            }
            if let entity = argument.entity, argument.coreferent, quotedSpeakers.contains(entity) { argument.entity = nil }
            // "A St. Louis native, she started …": a place or body the parser put beside the pronoun is not who it is.
            if argument.entity != nil, argument.type != .person { argument.entity = nil }
            // "A top aide to Chancellor X said she is leaving": the subject pronoun of reported speech is the
            // speaker, here one person the sentence describes by a role (a singular role noun) and does not name;
            // not X, nor anyone named before. ("Officials said he …" is someone else.)
            let unnamedSpeaker = isSubject && argument.entity == nil && assertion.attribution.map { speaker in
                speaker.entity == nil && speaker.text.lowercased().split(separator: " ").contains { L.roleNouns.contains(String($0)) }
            } == true
            if unnamedSpeaker {
                argument.entity = nil
            } else if !isSubject, text.hasSuffix("self"), assertion.subject.type == .person, let subject = assertion.subject.entity {
                // "Flentje found himself on the defensive": a reflexive object is its own clause's subject.
                argument.entity = subject
            } else if isSubject, let linked = mentions.first(where: { $0.kind == .pronoun && $0.start == offset && $0.cataphor != nil }) {
                // A pronoun that refers ahead, linked when the document was read (`linkPronouns`).
                argument.entity = linked.entity
            } else if argument.entity == nil || !argument.coreferent && !isSubject {
                // "Novak praised him": an object pronoun that is not reflexive never names its own clause's
                // subject, so the nearest other person is its antecedent.
                let reflexive = isSubject || text.hasSuffix("self")
                // "he did not mention Trump": a subject is none of the people its clause acts on.
                let object = assertion.object
                var bound: Set<String> = isSubject && object?.type == .person && object?.coreferent == false
                    ? Set([object?.entity].compactMap { $0 }) : []
                bound.formUnion(quotedSpeakers)
                argument.entity = nearestPerson(before: offset, sentence: sentence, gender: pronoun.gender, people: people,
                                                excluding: reflexive ? nil : assertion.subject.entity,
                                                excludingAt: reflexive ? nil : assertion.subject.start, excludingAll: bound)
            }
            argument.type = argument.entity == nil ? .concept : .person
            argument.wikidata = nil
            argument.coreferent = argument.entity != nil
        } else if let pronoun, pronoun.isPlural || pronoun.gender == nil {
            if argument.type == .person {
                // "Trump said they …": a person is never "they" or "it".
                argument.entity = nil
                argument.type = .concept
                argument.wikidata = nil
                argument.coreferent = false
            }
            // "Johnston and MSNBC said they would reveal it", "Russian officials said they …": "they" reporting their own
            // plans is the speakers, never an actor of the sentence before; resolved only when the speaker is one
            // country, organisation or group.
            if text == "they", isSubject, argument.entity == nil, let speaker = assertion.attribution {
                if !speaker.text.contains(" and "), let entity = speaker.entity,
                   let actor = actors.last(where: { $0.entity == entity && $0.type != .person }) {
                    argument.entity = actor.entity
                    argument.type = actor.type
                    argument.wikidata = gazetteer.wikidata(for: actor.entity)
                }
            } else if text == "they", isSubject, argument.entity == nil,
               let actor = nearestCollective(before: offset, in: assertion, collectives: collectives) {
                argument.entity = actor.entity
                argument.type = actor.type
                argument.wikidata = gazetteer.wikidata(for: actor.entity)
            }
            // "Samsung denied that it had bribed Park", "the UK … as it leaves the European Union": "it" acting on an
            // actor is the country or body that reports it, else the one named as a subject just before.
            // Conservative: only with an actor as object ("it would cost billions" stays unresolved).
            if text == "it", isSubject, argument.entity == nil, assertion.object?.type.isActor == true {
                // With a speaker, only the speaker; a person's "it" is a country or body the speaker's sentence has as a
                // subject before it ("May said the UK faces a defining moment as it leaves the EU"), or no one.
                // Without one, the nearest subject.
                let actor: (String, EntityType)?
                if let speaker = assertion.attribution?.entity {
                    actor = isPerson(speaker)
                        ? collectives.last { $0.start < offset && $0.sentence == assertion.sentenceIndex }.map { ($0.entity, $0.type) }
                        : actors.last { $0.entity == speaker && $0.type != .person }.map { ($0.entity, $0.type) }
                } else {
                    actor = nearestCollective(before: offset, in: assertion, collectives: collectives)
                }
                if let actor, actor.0 != assertion.object?.entity {
                    argument.entity = actor.0
                    argument.type = actor.1
                    argument.wikidata = gazetteer.wikidata(for: actor.0)
                }
            }
            argument.coreferent = argument.entity != nil
        } else if argument.entity == nil || argument.type == .country, let (country, office, head) = countryRole(argument.text),
                  let person = onlyPerson(withRole: head, described: office, before: offset, people: people, country: country) {
            // "the Japanese foreign minister", "Japan's foreign minister": the one person named before with that
            // office of that country, not the country (which stays when the article names no one so).
            argument.entity = person
            argument.type = .person
            argument.wikidata = nil
            argument.coreferent = true
        } else if argument.type == .org || argument.type == .group, let organization = argument.entity,
                  let person = onlyPerson(holding: argument.text, in: organization, before: offset, people: people) {
            // "The National Front leader" after "National Front leader Marine Le Pen": the one person named before
            // with that office of that organisation, not the organisation (which stays when the article names no one).
            argument.entity = person
            argument.type = .person
            argument.wikidata = nil
            argument.coreferent = true
        } else if let role = Self.roleDescription(described, roles: gazetteer.roles) {
            if let person = onlyPerson(withRole: role, described: String(described.dropFirst(4)), before: offset, people: people) {
                argument.entity = person
                argument.type = .person
                argument.wikidata = nil
                argument.coreferent = true
            }
        } else if let word = Self.bodyDescription(described), argument.entity == nil || argument.type == .concept {
            if let actor = onlyActor(named: word, before: offset, actors: actors) {
                argument.entity = actor.entity
                argument.type = actor.type
                argument.wikidata = gazetteer.wikidata(for: actor.entity)
                argument.coreferent = true
            }
        } else if isSubject, Self.countryReferences.contains(text) {
            if argument.entity == nil, let person = nearestPerson(before: offset, sentence: sentence, gender: nil, people: people),
               let country = roles[person]?.country {
                argument.entity = country
                argument.type = .country
                argument.wikidata = gazetteer.wikidata(for: country)
            }
            argument.coreferent = argument.entity != nil
        }
    }

    /// "the administration", "the current administration", "his administration": the government of the country
    /// whose president or prime minister the document names before it, when that is one country (for "his" and
    /// "her", the nearest person of that gender must be that leader). The country is the one the document gives
    /// the leader's office, else the country it is plainly about (`home`).
    func administration(_ text: String, before offset: Int, sentence: Int, people: [String: [Mention]], home: String?) -> String? {
        guard let phrase = Self.administrationPhrases[text] else { return nil }
        let named = { (m: Mention) in self.person(m, people: people) ?? m.entity }
        func country(of person: String) -> String? {
            guard let role = roles[person], Self.leaderOffices.contains(role.role) else { return nil }
            return role.country ?? home
        }
        if let gender = phrase {
            guard let person = nearestPerson(before: offset, sentence: sentence, gender: gender, people: people) else { return nil }
            return country(of: person)
        }
        let countries = Set(mentions.filter { $0.kind == .person && $0.start < offset }.compactMap { country(of: named($0)) })
        return countries.count == 1 ? countries.first : nil
    }

    /// "Theresa May's government", "Maduro's regime": the country whose president or prime minister the
    /// possessor is, by the office the document gives that person (else the country it is plainly about).
    func leadersGovernment(_ written: String, at offset: Int, people: [String: [Mention]], home: String?) -> String? {
        guard let range = written.range(of: "'s ", options: .backwards),
              Self.governmentNouns.contains(written[range.upperBound...].lowercased()) else { return nil }
        let name = String(written[..<range.lowerBound])
        guard let first = name.first, first.isUppercase, !name.hasPrefix("The "),
              let person = personName(name, written: name, at: offset, people: people),
              let role = roles[person], Self.leaderOffices.contains(role.role) else { return nil }
        return role.country ?? home
    }

    /// What a leader's possessive makes a government ("Maduro's regime").
    static let governmentNouns: Set<String> = ["government", "administration", "regime", "cabinet"]

    /// A state body the document names with its country ("Kenyan police", "Turkey's parliament", "the Russian
    /// army"), where the name starts.
    typealias AffiliatedBody = (body: String, country: String, start: Int)

    /// "the police", "prosecutors", "the army" (as `text`, lower-cased): the country the document named that
    /// body for before `offset`, when it named it for one country only; nil otherwise. Without "the" only the
    /// bodies news writes bare ("Police said", "Prosecutors charged"): "re-enter government" or "authorities were
    /// seeking" name no particular one. "The ministry" is any ministry named so ("Russia's foreign ministry").
    static func affiliatedCountry(_ text: String, before offset: Int, bodies: [AffiliatedBody]) -> String? {
        guard !bodies.isEmpty else { return nil }
        let definite = text.hasPrefix("the ")
        let body = definite ? String(text.dropFirst(4)) : text
        let anyMinistry = definite && body == "ministry"
        guard stateBodies.contains(body) || anyMinistry, definite || bareStateBodies.contains(body) else { return nil }
        let countries = Set(bodies.lazy.filter { ($0.body == body || anyMinistry && $0.body.hasSuffix(" ministry")) && $0.start < offset }
            .map(\.country))
        return countries.count == 1 ? countries.first : nil
    }

    static let stateBodies = Lexicon.words(.stateBodies)
    static let bareStateBodies: Set<String> = ["police", "prosecutors", "parliament"]

    /// Phrases for a government by its head, with the gender a possessive asks of that head (nil: none).
    static let administrationPhrases: [String: Gender?] = [
        "the administration": nil, "the current administration": nil, "his administration": .male, "her administration": .female,
    ]

    /// "the government", "the military": a body of the state the document is plainly about (`home`), when it
    /// is about one.
    static let stateBodyReferences = Lexicon.words(.stateBodyReferences)

    /// Offices that head a government.
    static let leaderOffices: Set<String> = ["president", "prime minister", "premier", "chancellor", "taoiseach"]

    /// Who speaks a quotation holding `offset`: the assertion's speaker unless named inside the marks before it
    /// (`"Sessions could argue that he was responding," said Turley`: "he" may be Sessions), and the people named
    /// as subjects after the offset outside the marks in its sentence (`"…," Colvin said`).
    func speakers(after offset: Int, in assertion: Assertion, people: [String: [Mention]]) -> Set<String> {
        var out: Set<String> = []
        if let speaker = assertion.attribution, let entity = speaker.entity {
            let scalars = Array(assertion.sentence.unicodeScalars), name = Array(speaker.text.unicodeScalars)
            let before = min(offset - assertion.sentenceSpan.start, scalars.count)
            let nested = !name.isEmpty && before - name.count >= 0 && (0...(before - name.count)).contains { k in
                scalars[k..<(k + name.count)].elementsEqual(name) && QuotedSpeech.isQuoted(assertion.sentenceSpan.start + k, in: assertion)
            }
            if !nested { out.insert(entity) }
        }
        for m in mentions where m.sentenceIndex == assertion.sentenceIndex && m.isSubject && m.start > offset
            && (m.kind == .person || m.kind == .unknownName) && !QuotedSpeech.isQuoted(m.start, in: assertion) {
            if let entity = person(m, people: people) { out.insert(entity) }
        }
        return out
    }

    /// The nearest person named before `offset` whose gender does not contradict `gender`, as the document
    /// resolves that name ("Mr Novak" → Anna Novak's husband only if he is the Novak named in full): in the
    /// same sentence the closest subject, else the closest one; in earlier sentences (up to three back) the last subject, else the last
    /// person named.
    func nearestPerson(
        before offset: Int, sentence: Int, gender: Gender?, people: [String: [Mention]], excluding excluded: String? = nil,
        excludingAt excludedStart: Int? = nil, excludingAll excludedPeople: Set<String> = []
    ) -> String? {
        // The clause's own subject is excluded by where it is too: "Trump told him" in an article that never gives
        // Trump's full name resolves "Trump" to no one, and that no one must not stand in for the antecedent.
        let earlier = mentions.filter { m in
            m.kind != .acronym && m.start < offset && m.sentenceIndex >= sentence - 3 && m.start != excludedStart
                && (gender == nil || self.gender(of: m, people: people).map { $0 == gender } ?? true)
        }
        // Names are resolved lazily, nearest first: only the candidates looked at, and only to skip `excluded`.
        var resolved: [Int: String?] = [:]
        func entity(_ i: Int) -> String? {
            if let known = resolved[i] { return known }
            let found = person(earlier[i], people: people)
            resolved[i] = found
            return found
        }
        let candidates = Array(earlier.indices.reversed())
        let allowed = { (i: Int) in
            (excluded == nil || entity(i) != excluded) && (excludedPeople.isEmpty || entity(i).map(excludedPeople.contains) != true)
        }
        // In the same sentence the nearest subject before it, else the nearest person: "X wrote to Y and he was
        // pointing out …", "Although he didn't mention Trump, he blasted …" (the first "he", not Trump).
        let inSentence = candidates.filter { earlier[$0].sentenceIndex == sentence }
        if let same = inSentence.first(where: { earlier[$0].isSubject && allowed($0) }) ?? inSentence.first(where: allowed) {
            return entity(same)
        }
        guard let last = candidates.first(where: allowed) else { return nil }
        let inLast = candidates.filter { earlier[$0].sentenceIndex == earlier[last].sentenceIndex && allowed($0) }
        return (inLast.first { earlier[$0].isSubject } ?? inLast.first).flatMap(entity)
    }

    /// The person a mention names. An unknown one-word name ("Valovaya said she …") is one only through a
    /// full name of this document ending in it; otherwise it is nil, and a pronoun it stands nearest to stays
    /// unresolved rather than jumping back to someone named before it.
    func person(_ m: Mention, people: [String: [Mention]]) -> String? {
        if m.kind == .pronoun { return m.entity }
        if m.kind == .unknownName { return fullName(endingIn: m, people: people) }
        return personName(m.entity, written: m.text, at: m.start, people: people)
    }

    /// A person's name as the document resolves it ("Mr Ross" → the Wilbur Ross it names in full).
    func personName(_ name: String, written text: String, at offset: Int, people: [String: [Mention]]) -> String? {
        var argument = Argument(text: text, entity: name, type: .person, span: TextSpan(start: offset, end: offset))
        resolveName(&argument, people: people)
        return argument.entity
    }

    /// The full name of this document, named before a one-word name, that ends in it ("Samantha Schigel" for
    /// "Schigel"), or nil.
    private func fullName(endingIn m: Mention, people: [String: [Mention]]) -> String? {
        // "Mr. Polanski" ends in "Polanski" too, but is no full name: it names no one else.
        if let full = mentions.last(where: { $0.kind == .person && $0.start < m.start && $0.entity.hasSuffix(" " + m.entity)
            && $0.entity.split(separator: " ").first.map({ PersonVocabulary.title(String($0)) == nil }) == true }) {
            return full.entity
        }
        // A family name written first ("Yang" for Yang Wenzhuang), as the document resolves surnames.
        guard m.type == .person else { return nil }
        return personName(m.entity, written: m.text, at: m.start, people: people).flatMap { $0 != m.entity && $0.contains(" ") ? $0 : nil }
    }

    static let firstPerson = Lexicon.words(.firstPersonSingular)

    /// Words that make an office a different one: the vice president is not "the president".
    static let rankWords = Lexicon.words(.rankWords)

    /// Whether `entity` is a person this document names (in full, or by a titled surname).
    func isPerson(_ entity: String) -> Bool {
        mentions.contains { $0.kind == .person && $0.entity == entity }
    }

    /// The gender a mention shows: a linked pronoun's own, else its person's (below).
    private func gender(of m: Mention, people: [String: [Mention]]) -> Gender? {
        switch m.kind {
        case .pronoun: m.gender
        case .unknownName: gender(of: fullName(endingIn: m, people: people) ?? "")
        default: gender(of: m.entity)
        }
    }

    /// The gender a person's name shows: its courtesy title ("Mrs Novak"), its given name ("Anna"), or a
    /// title the document gave the same name ("Ms Anna Novak", "Mrs Novak" for the only Novak).
    func gender(of name: String) -> Gender? {
        let words = name.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        if let title = PersonVocabulary.title(first) { return title.gender }
        return genders[name] ?? PersonVocabulary.gender(ofGivenName: first)
    }

    /// The one person named before `offset` whose role has the head noun of `role` ("the minister" → the
    /// foreign minister named earlier); nil when none or two different people have it.
    /// With `country`, only a person whose office is of that country; then "leader" is whoever heads its government
    /// ("the Chinese leader" after "Chinese President Xi Jinping").
    func onlyPerson(withRole head: String, described description: String, before offset: Int, people: [String: [Mention]],
                    country: String? = nil) -> String? {
        // "the president" is not the vice president: a rank word of the role must be in the description too.
        let described = Set(description.split(separator: " ").map(String.init))
        let candidates = mentions.filter { m in
            guard m.kind == .person, m.start < offset, let role = roles[m.entity]?.role else { return false }
            if let country, roles[m.entity]?.country != country { return false }
            let words = role.split(separator: " ").map(String.init)
            if words.contains(where: { Self.rankWords.contains($0) && !described.contains($0) }) { return false }
            return words.last == head || gazetteer.roles[role] == head || role.hasSuffix(head)
                || country != nil && head == "leader" && Self.leaderOffices.contains(role)
        }
        // "the vice president" is the one whose office is exactly that, when the president is named too.
        // Each as the person it names: "Mr Ross" is the Wilbur Ross named before, never a node of its own.
        let named = { (m: Mention) in self.person(m, people: people) ?? m.entity }
        let exact = Set(candidates.filter { roles[$0.entity]?.role == description }.map(named))
        let found = exact.count == 1 ? exact : Set(candidates.map(named))
        return found.count == 1 ? found.first : nil
    }

    /// The one person named before `offset` whose office in `organization` the description `text` names ("the
    /// National Front leader", "the party's leader" is not: only the organisation's name and the office).
    func onlyPerson(holding text: String, in organization: String, before offset: Int, people: [String: [Mention]]) -> String? {
        let lower = text.lowercased()
        let name = organization.lowercased()
        let start = lower.hasPrefix("the ") ? lower.dropFirst(4) : lower[...]
        guard start.hasPrefix(name + " ") else { return nil }
        let office = String(start.dropFirst(name.count + 1))
        guard !office.isEmpty, !office.contains(" ") || gazetteer.roles[office] != nil else { return nil }
        let head = gazetteer.roles[office] ?? office
        let found = Set(mentions.filter { m in
            guard m.kind == .person, m.start < offset, let held = organizationRoles[m.entity], held.organization == organization else { return false }
            return held.role == office || held.role.split(separator: " ").last.map(String.init) == head
        }.map { person($0, people: people) ?? $0.entity })
        return found.count == 1 ? found.first : nil
    }

    /// The one organisation or group named before `offset` whose name has `word` ("the party" → Labour
    /// Party, "the ministry" → the Foreign Ministry); nil when none or several. A name that ends in the word
    /// counts too ("Sberbank" for "the bank", beside the National Bank of Ukraine: none).
    func onlyActor(named word: String, before offset: Int, actors: [NamedActor]) -> NamedActor? {
        var found: [String: NamedActor] = [:]
        for actor in actors where actor.start < offset && (actor.type == .org || actor.type == .group) {
            let words = actor.entity.lowercased().split(separator: " ")
            if words.contains(where: { $0 == word || $0 == word + "s" }) || words.last?.hasSuffix(word) == true {
                found[actor.entity] = actor
            }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// The nearest country, organisation or group acting before "they": the last actor subject in this or
    /// the previous sentence's assertions.
    func nearestCollective(before offset: Int, in assertion: Assertion, collectives: [Collective]) -> (entity: String, type: EntityType)? {
        let found = collectives.last { $0.start < offset && $0.sentence >= assertion.sentenceIndex - 1 }
        return found.map { ($0.entity, $0.type) }
    }

    /// "the Japanese foreign minister", "Japan's foreign minister": the country (by demonym or name), the office
    /// ("foreign minister") and its head noun ("minister"); nil when the words after the country are no office.
    /// A title written without "the" before a name ("Israeli Prime Minister, Ehud Olmert") describes no one named
    /// before.
    func countryRole(_ text: String) -> (country: String, office: String, head: String)? {
        // Most arguments reach here; only a capitalised first word (after "the") can name a country, so the rest
        // are not tokenized.
        let start = text.hasPrefix("the ") || text.hasPrefix("The ") ? text.dropFirst(4) : text[...]
        guard start.first?.isUppercase == true, start.contains(" ") else { return nil }
        var forms = Gazetteer.tokenizer.tokenize(text).map(\.form)
        let definite = forms.first?.lowercased() == "the"
        if definite { forms.removeFirst() }
        guard forms.count >= 2, let entry = gazetteer.longestMatch(in: forms, at: 0), entry.type == .country else { return nil }
        var rest = forms.dropFirst(entry.words.count)
        if let first = rest.first, ["'s", "’s", "'"].contains(first) {
            guard entry.kind != .demonym else { return nil }
            rest = rest.dropFirst()
        }
        guard definite || rest.allSatisfy({ $0.first?.isLowercase == true }) else { return nil }
        let office = rest.joined(separator: " ").lowercased()
        guard let head = gazetteer.roles[office] else { return nil }
        return (entry.entity, office, head)
    }

    /// "the minister", "the foreign minister", "the opposition leader": the role's head noun.
    static func roleDescription(_ text: String, roles: [String: String]) -> String? {
        guard text.hasPrefix("the ") else { return nil }
        return roles[String(text.dropFirst(4))]
    }

    /// "the chancellor for her remarks", "the party in the election": a definite description with the
    /// prepositional phrase the parser hung on it cut off ("the chancellor"); "of" phrases stay ("the minister of
    /// trade" is another office).
    /// A capitalised phrase is a name, never cut ("The Department for Communities"). Returns the text lower-cased.
    /// A possessive is described as its owner: "the ministry's (spokeswoman)" as "the ministry".
    static func withoutTrailingPhrase(_ original: String) -> String {
        var text = original.lowercased()
        for possessive in ["'s", "’s"] where text.hasSuffix(possessive) && text.hasPrefix("the ") {
            text = String(text.dropLast(possessive.count))
        }
        guard text.hasPrefix("the ") else { return text }
        let words = text.split(separator: " ")
        guard original.split(separator: " ").dropFirst().first?.first?.isLowercase == true,
              let cut = words.indices.dropFirst(2).first(where: { trailingPrepositions.contains(String(words[$0])) }) else { return text }
        return words[..<cut].joined(separator: " ")
    }

    static let trailingPrepositions: Set<String> = [
        "for", "over", "on", "in", "at", "after", "during", "about", "with", "to", "from", "before", "against", "into",
        "amid", "despite",
    ]

    /// "the party", "the ministry": the body noun a named organisation's name contains; so is a bare "police"
    /// ("Police arrested the father" after "the Lorain Police Department found …").
    static func bodyDescription(_ text: String) -> String? {
        if text == "police" { return text }
        guard text.hasPrefix("the ") else { return nil }
        let rest = String(text.dropFirst(4))
        return bodyNouns.contains(rest) ? rest : nil
    }

    static let bodyNouns = Lexicon.words(.bodyNouns)
    static let countryReferences = Lexicon.words(.countryReferences)
}
