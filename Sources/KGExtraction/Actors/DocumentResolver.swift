import KGCore
import KGSyntax
import KGText

/// Resolves, across the sentences of one document, what a sentence alone cannot: person-name variants
/// ("Kirby", "Mr Kirby" → John Kirby), acronyms the text defines, and — conservatively, in subject
/// position — pronouns and role descriptions ("he", "they", "the minister", "his country").
struct DocumentResolver {
    let gazetteer: Gazetteer
    let documentID: String
    /// People named in full, acronyms defined and subject pronouns resolved to a person, in document order.
    private(set) var mentions: [Mention]
    /// What each person is ("foreign minister") and for which country, from the document's role assertions.
    private(set) var roles: [String: (role: String, country: String?)] = [:]
    /// Acronyms the document defines, by acronym (the last definition wins).
    private(set) var acronyms: [String: Mention] = [:]
    /// People the document names by surname only, after a title ("President Trump").
    private(set) var titledSurnames: Set<String> = []
    /// Gender of full names the document gives a courtesy title ("Ms Anna Novak") or a gendered role.
    private(set) var genders: [String: Gender] = [:]
    /// People the document introduces as the relative of someone with their surname ("his wife, Themetta Berry"
    /// → wife of Chuck Berry): a bare "Berry" is the other one.
    private(set) var relatives: Set<String> = []
    /// The office each person holds in an organisation or party ("leader" of National Front), from the document's
    /// role assertions: "the National Front leader" later is that person.
    private(set) var organizationRoles: [String: (role: String, organization: String)] = [:]
    /// How news usually capitalises words (see `SyntaxExtractor.caseProfile`).
    let caseProfile: CaseProfile?

    typealias L = SyntaxLexicon

    init(gazetteer: Gazetteer, documentID: String, mentions: [Mention], assertions: [Assertion], caseProfile: CaseProfile? = nil) {
        self.gazetteer = gazetteer
        self.caseProfile = caseProfile
        self.documentID = documentID
        let sorted = mentions.sorted { $0.start < $1.start }
        self.mentions = sorted.filter { $0.kind != .pronoun }
        for m in self.mentions {
            switch m.kind {
            case .acronym: acronyms[m.text] = m
            case .person:
                if !m.entity.contains(" ") { titledSurnames.insert(m.entity) }
                if let gender = m.gender { genders[m.entity] = gender }
            case .unknownName, .pronoun: break
            }
        }
        for a in assertions where a.relation.lemma.hasSuffix(" of") && a.subject.type == .person {
            guard let person = a.subject.entity else { continue }
            let role = String(a.relation.lemma.dropLast(3))
            if let gender = Self.roleGenders[role.split(separator: " ").last.map(String.init) ?? ""] { genders[person] = genders[person] ?? gender }
            let country = a.object.flatMap { $0.type == .country ? $0.entity : nil }
            if roles[person] == nil || roles[person]?.country == nil && country != nil { roles[person] = (role, country) }
            if let object = a.object, [.org, .group].contains(object.type), let organization = object.entity, organizationRoles[person] == nil {
                organizationRoles[person] = (role, organization)
            }
            if let noun = role.split(separator: " ").last, L.relationalNouns.contains(String(noun)), let other = a.object?.entity,
               a.object?.type == .person, other != person, other.split(separator: " ").last == person.split(separator: " ").last {
                relatives.insert(person)
            }
        }
        // "his wife of 68 years, Themetta Berry", "his children Charles Berry Jr. and Ingrid Berry": named right after
        // a relational noun (and the other names of its list).
        let sentences = Dictionary(assertions.map { ($0.sentenceIndex, ($0.sentenceSpan.start, $0.sentence)) }, uniquingKeysWith: { a, _ in a })
        var sentenceScalars: [Int: [Unicode.Scalar]] = [:]
        for m in self.mentions where m.kind == .person && m.entity.contains(" ") {
            guard let (start, text) = sentences[m.sentenceIndex] else { continue }
            let scalars = sentenceScalars[m.sentenceIndex] ?? Array(text.unicodeScalars)
            sentenceScalars[m.sentenceIndex] = scalars
            let k = m.start - start
            guard k > 0, k <= scalars.count else { continue }
            if Self.followsRelationalNoun(String(String.UnicodeScalarView(scalars[max(0, k - 80)..<k]))) { relatives.insert(m.entity) }
        }
        // A title with no country or organisation ("President Donald Trump") is still the office "the president"
        // refers back to.
        for m in self.mentions where m.kind == .person && roles[m.entity] == nil {
            if let office = m.office { roles[m.entity] = (office, nil) }
        }
        learnGendersFromTitledSurnames()
        linkPronouns(sorted.filter { $0.kind == .pronoun })
    }

    /// Whether `text` ends with a relational noun, past the other names of its list and "of 68 years": "his wife,",
    /// "his children Charles Berry Jr. and", "his wife of 68 years,".
    static func followsRelationalNoun(_ text: String) -> Bool {
        var words = text.split { $0 == " " || $0 == "," }.map(String.init)
        var skipped = 0
        while let last = words.last, skipped < 8,
              last == "and" || last == "of" || last == "years" || last.first?.isUppercase == true || last.first?.isNumber == true {
            words.removeLast()
            skipped += 1
        }
        guard let noun = words.last?.lowercased() else { return false }
        return L.relationalNouns.contains(noun) || Self.relationalPlurals.contains(noun)
    }

    /// Plural relational nouns: "his children Charles and Ingrid Berry".
    static let relationalPlurals: Set<String> = ["children", "sons", "daughters", "brothers", "sisters", "parents", "grandchildren", "siblings"]

    /// "Mr Donohoe" tells the gender of the one Donohoe the document names in full ("Paschal Donohoe"), wherever it
    /// stands: a "she" before it must not take him (and then make "Mr Donohoe" someone else). Not when the document
    /// titles the surname both ways ("Mr and Mrs Novak").
    private mutating func learnGendersFromTitledSurnames() {
        var titled: [String: Set<Gender>] = [:]
        for m in mentions where m.kind == .person {
            let words = m.entity.split(separator: " ").map(String.init)
            guard words.count == 2, let gender = PersonVocabulary.title(words[0])?.gender else { continue }
            titled[words[1], default: []].insert(gender)
        }
        guard !titled.isEmpty else { return }
        let people = fullNames()
        for (surname, found) in titled where found.count == 1 {
            guard let gender = found.first, let named = people[surname].map({ Set($0.map(\.entity)) }), named.count == 1,
                  let person = named.first, self.gender(of: person) == nil else { continue }
            genders[person] = gender
        }
    }

    /// Resolves each subject "he"/"she", in document order, to the nearest person of its gender (named, or
    /// a pronoun already linked), and keeps the linked ones as mentions: a later pronoun then finds the
    /// person through the chain when the name is more than three sentences back. One left unresolved links
    /// nothing.
    private mutating func linkPronouns(_ pronouns: [Mention]) {
        guard !pronouns.isEmpty else { return }
        let people = fullNames()
        for var p in pronouns {
            // "Although he did not mention Trump by name, Biden blasted …": the name that follows, when its gender
            // does not contradict the pronoun's.
            let ahead = p.cataphor.flatMap { personName($0, written: $0, at: p.start, people: people) }.flatMap { person in
                p.gender == nil || gender(of: person).map({ $0 == p.gender }) ?? true ? person : nil
            }
            if ahead == nil { p.cataphor = nil }
            // "Although he didn't mention Trump, …": not Trump.
            let bound = Set(p.clauseNames.compactMap { personName($0, written: $0, at: p.start, people: people) })
            guard let person = ahead ?? nearestPerson(before: p.start, sentence: p.sentenceIndex, gender: p.gender, people: people,
                                                      excludingAll: bound) else { continue }
            p.entity = person
            // "Li Xianyu found the child. She searched …": the pronoun tells the gender the name did not, so a
            // later "he" is someone else (the title, the given name or an earlier pronoun decide first).
            if let gender = p.gender, self.gender(of: person) == nil { genders[person] = gender }
            let at = mentions.firstIndex { $0.start > p.start } ?? mentions.endIndex
            mentions.insert(p, at: at)
        }
    }

    /// A kind of party many countries have, named bare ("the Liberal Democratic Party", "a Communist Party
    /// official"), is the party of that kind of the country the document says it rules ("Japan's ruling Liberal
    /// Democratic Party"), else of the country the document is plainly about; left as it is when that country has
    /// none.
    func withLocalParties(_ assertions: [Assertion], home: String?) -> [Assertion] {
        let isKind = { (entity: String) in
            self.gazetteer.partyCountry(of: entity) == nil && self.gazetteer.entry(named: entity)?.type == .org
        }
        var ruled: [String: String] = [:]
        for a in assertions where a.relation.lemma == "rule" {
            if let party = a.subject.entity, isKind(party), let object = a.object, object.type == .country, let country = object.entity {
                ruled[party] = ruled[party] ?? country
            }
        }
        var local: [String: String?] = [:]
        func localParty(_ entity: String) -> String? {
            if let known = local[entity] { return known }
            var party: String?
            if isKind(entity), let country = ruled[entity] ?? home, let code = gazetteer.countryCode(of: country) {
                party = gazetteer.party(entity, ofCountry: code)
            }
            local[entity] = party
            return party
        }
        func localize(_ argument: inout Argument) {
            guard argument.type == .org, let entity = argument.entity, let party = localParty(entity) else { return }
            argument.entity = party
            argument.wikidata = gazetteer.wikidata(for: party)
        }
        var out = assertions
        for i in out.indices {
            localize(&out[i].subject)
            if var object = out[i].object { localize(&object); out[i].object = object }
        }
        return out
    }

    /// The document's assertions with names, acronyms and references resolved.
    func resolve(_ assertions: [Assertion], sentences: [Sentence] = [], countries: CountryMentions = CountryMentions()) -> [Assertion] {
        let home = countries.home
        var out = withLocalParties(assertions, home: home)
        let people = fullNames()
        let bodies = countries.bodies
        let retyped = Self.oneWordNamesNotPeople(in: out, sentences: sentences, people: people)
        for i in out.indices {
            if let entity = out[i].subject.entity, out[i].subject.type == .person, let type = retyped[entity] { out[i].subject.type = type }
            if let entity = out[i].object?.entity, out[i].object?.type == .person, let type = retyped[entity] { out[i].object?.type = type }
        }
        for i in out.indices {
            surnameAsWord(&out[i].subject, people: people)
            resolveName(&out[i].subject, people: people)
            if var object = out[i].object {
                surnameAsWord(&object, people: people)
                resolveName(&object, people: people)
                out[i].object = object
            }
            if var attribution = out[i].attribution, let entity = attribution.entity {
                // A speaker carries no type: "Hungary" or "the Kremlin" must not be read as a surname and scoped to
                // the article; only a full name or acronym the document gives replaces it. A courtesy title says it
                // is a person: "said Mr Spicer" with no full name here is scoped like any "Mr Spicer".
                let titled = entity.split(separator: " ").count == 2 && entity.split(separator: " ").first.map { PersonVocabulary.title(String($0)) != nil } == true
                var speaker = Argument(text: attribution.text, entity: entity, type: .person, span: out[i].subject.span)
                if resolveName(&speaker, people: people, scopingSurnames: titled) { attribution.entity = speaker.entity }
                out[i].attribution = attribution
            }
        }
        let collectives = Self.collectives(in: out)
        let actors = Self.namedActors(in: out)
        for i in out.indices {
            let controller = Self.controllingObject(of: out[i], among: out[..<i])
            resolveReference(in: &out[i], people: people, collectives: collectives, actors: actors, controller: controller,
                             home: home, bodies: bodies)
        }
        // "Attorney General Jeff Sessions …" then a headline's "Russian diplomat Sessions met …": an office written
        // as a title before a bare surname that is not the office the document gives the full name is someone
        // else's (or a run-on), not a second office of that person. ("Kabulov, the director of …" and "Duterte was
        // mayor" state an office of their own.)
        out.removeAll { a in
            guard a.relation.relationClass.category == .role, let end = a.relation.end, end <= a.subject.start,
                  !a.subject.text.contains(" "), let person = a.subject.entity,
                  person.contains(" "), let known = roles[person]?.role.split(separator: " ").last,
                  let stated = a.relation.lemma.split(separator: " ").dropLast().last else { return false }
            return known != stated
        }
        return withPairsResolved(out, sentences: sentences)
    }

    /// "Telecoms firm Huawei reported … Huawei lost …", "Uber chief executive Travis Kalanick … Uber called …": a
    /// one-word name the document shows to be an organisation (a kind of organisation written before it, a
    /// company's office after it, or a company's office "of" it) is one wherever the entity tagger guessed a person,
    /// unless the document names a person with that surname ("Harrison Ford … Ford") or writes the name with a
    /// title or role ("President Trump", "Mr Trump": a person). The tagger's "organisation" alone is no evidence:
    /// it says so of "Trump" too often. The organisation's type by name, for the names to retype.
    static func oneWordNamesNotPeople(in assertions: [Assertion], sentences: [Sentence], people: [String: [Mention]]) -> [String: EntityType] {
        var companies: Set<String> = []
        var persons: Set<String> = []
        var titled: Set<String> = []
        for a in assertions {
            // "Marissa Mayer –ceo of→ Yahoo".
            if let object = a.object, let entity = object.entity, !entity.contains(" "), object.type == .org,
               a.relation.relationClass.category == .role, Self.isCompanyOffice(a.relation.lemma) {
                companies.insert(entity)
            }
            for argument in [a.subject] + (a.object.map { [$0] } ?? []) {
                guard let entity = argument.entity, !entity.contains(" ") else { continue }
                if argument.type == .person {
                    persons.insert(entity)
                    if argument.text != entity { titled.insert(entity) }
                } else if argument.type == .org, argument.text.hasSuffix(entity), Self.isNamedAsCompany(argument, in: sentences) {
                    companies.insert(entity)
                }
            }
        }
        var out: [String: EntityType] = [:]
        for entity in companies.intersection(persons) where people[entity] == nil && !titled.contains(entity) { out[entity] = .org }
        return out
    }

    /// Whether a role relation is an office only a company has ("ceo of", "chief executive of", "founder of").
    static func isCompanyOffice(_ lemma: String) -> Bool {
        let words = lemma.split(separator: " ").map(String.init)
        guard (2...3).contains(words.count), words.last == "of" else { return false }
        return SyntaxLexicon.companyOfficeLength(words[0], then: words.count == 3 ? words[1] : nil) == words.count - 1
    }

    /// Whether the words around an argument's name say it is a company: a kind of organisation right before it
    /// ("telecoms firm Huawei") or a company's office right after it ("Uber chief executive").
    static func isNamedAsCompany(_ argument: Argument, in sentences: [Sentence]) -> Bool {
        guard let sentence = sentences.first(where: { $0.span.start <= argument.start && argument.end <= $0.span.end }),
              let last = sentence.words.lastIndex(where: { $0.span.end == argument.end }) else { return false }
        // The name is one word, the argument's last.
        let before = last > 0 ? sentence.words[last - 1].form : ""
        if before.first?.isLowercase == true && SyntaxLexicon.organizationDescriptors.contains(before.lowercased()) { return true }
        guard last + 1 < sentence.words.count else { return false }
        let next = last + 2 < sentence.words.count ? sentence.words[last + 2].form.lowercased() : nil
        return SyntaxLexicon.companyOfficeLength(sentence.words[last + 1].form.lowercased(), then: next) > 0
    }

    /// "Trump told him to sit down": the pronoun subject of "sit" is the object of "told" (the same words), so
    /// it is whoever that object was resolved to, never a person of its own choosing (here the teller).
    static func controllingObject(of assertion: Assertion, among earlier: ArraySlice<Assertion>) -> Argument? {
        let subject = assertion.subject
        guard PersonVocabulary.pronoun(subject.text.lowercased()) != nil else { return nil }
        return earlier.last { a in
            a.sentenceIndex == assertion.sentenceIndex && a.object.map { $0.start == subject.start && $0.end == subject.end } == true
        }?.object
    }

    /// An organisation, group or country named (not referred to) in an argument: an antecedent of "the party".
    typealias NamedActor = (entity: String, type: EntityType, start: Int)

    /// The actors named by a capitalised argument, in document order.
    static func namedActors(in assertions: [Assertion]) -> [NamedActor] {
        var out: [NamedActor] = []
        for a in assertions {
            for argument in [a.subject] + (a.object.map { [$0] } ?? []) where argument.type.isActor && !argument.coreferent {
                guard let entity = argument.entity, argument.text.first?.isUppercase == true || argument.text.hasPrefix("the ") && argument.text.dropFirst(4).first?.isUppercase == true else { continue }
                out.append((entity, argument.type, argument.start))
            }
        }
        return out.sorted { $0.start < $1.start }
    }

    /// Roles that tell a person's gender.
    static let roleGenders: [String: Gender] = Lexicon.map(.roleGenders).compactMapValues {
        $0 == "m" ? .male : $0 == "f" ? .female : nil
    }

    /// A country, organisation or group named as a subject: an antecedent of "they".
    typealias Collective = (entity: String, type: EntityType, start: Int, sentence: Int)

    /// The countries, organisations and groups named as subjects (once names are resolved), in document order.
    static func collectives(in assertions: [Assertion]) -> [Collective] {
        var out: [Collective] = []
        for a in assertions where [.country, .org, .group].contains(a.subject.type) {
            guard let entity = a.subject.entity, a.subject.text.first?.isUppercase == true || a.subject.text.hasPrefix("the ") else { continue }
            out.append((entity, a.subject.type, a.subject.start, a.sentenceIndex))
        }
        return out.sorted { $0.start < $1.start }
    }

    /// Every full name by its surname ("Kirby" → ["John Kirby"]), in document order.
    func fullNames() -> [String: [Mention]] {
        var out: [String: [Mention]] = [:]
        // "Mr Kirby" is not a full name: it names no one else.
        for m in mentions where m.kind == .person && !(m.entity.split(separator: " ").first.map { PersonVocabulary.title(String($0)) != nil } ?? false) {
            // "Antonio Trillanes IV": a later "Trillanes" names him.
            let name = PersonName.withoutGeneration(m.entity)
            // "Hail Trump" is nobody's full name.
            guard let space = name.lastIndex(of: " "), !isGlued(name.split(separator: " ").map(String.init)) else { continue }
            // "Park Geun-hye", "Xi Jinping": a later "Park" or "Mr Xi" names the family, the first word.
            let family = PersonName.leadingFamilyName(name) ?? String(name[name.index(after: space)...])
            out[family, default: []].append(m)
        }
        return out
    }

    /// "Yuan suggested …" after "Yuan Xin": one capitalised word read as a word (news writes "yuan" in lower case,
    /// see `ArgumentResolver.resolve`) is still the surname of the one person the document named in full before it.
    /// So is a surname with its particle that the entity tagger left out ("de Mistura" after "Staffan de Mistura").
    func surnameAsWord(_ argument: inout Argument, people: [String: [Mention]]) {
        let parts = argument.text.split(separator: " ")
        if argument.entity == nil, argument.type == .concept, parts.count > 1, parts.count < 4,
           parts.dropLast().allSatisfy({ PersonName.isParticle(String($0)) }), parts.last?.first?.isUppercase == true {
            let written = " " + argument.text.lowercased()
            let named = Set(mentions.filter { m in
                m.kind == .person && m.start < argument.start && m.entity.split(separator: " ").count > parts.count
                    && m.entity.lowercased().hasSuffix(written)
            }.map(\.entity))
            if named.count == 1, let person = named.first {
                argument.entity = person
                argument.type = .person
            }
            return
        }
        guard argument.entity == nil, argument.type == .concept, !argument.text.contains(" "),
              argument.text.count > 1, argument.text.first?.isUppercase == true,
              PersonVocabulary.pronoun(argument.text.lowercased()) == nil, !Self.firstPerson.contains(argument.text.lowercased()),
              !ArgumentResolver.isThingName(argument.text)
        else { return }
        // The family name, first ("Yuan Xin", "Park Geun-hye") or last ("Wang Lu" read the Western way).
        let word = Substring(argument.text)
        let named = Set(mentions.filter { m in
            let words = m.entity.split(separator: " ")
            return m.kind == .person && m.start < argument.start && words.count > 1 && (words.first == word || words.last == word)
                && PersonVocabulary.title(String(words[0])) == nil
        }.map(\.entity))
        guard named.count == 1, let person = named.first else { return }
        argument.entity = person
        argument.type = .person
    }

    /// Whether a name's words before its last are all words news writes in lower case, none a given name or a
    /// particle: "Hail Trump", "Mad Dog Mattis" (not "Mark Kelly", "Marine Le Pen", "Moon Jae-in").
    func isGlued(_ words: [String]) -> Bool {
        guard words.count > 1, let caseProfile else { return false }
        return words.dropLast().allSatisfy {
            caseProfile.isMostlyLowercase($0) && PersonVocabulary.gender(ofGivenName: $0) == nil && !PersonName.isParticle($0)
        }
    }

    /// Resolves a short name to the person named in full in this document, or an acronym to what the document
    /// says it stands for. Returns whether the argument changed.
    @discardableResult
    func resolveName(_ argument: inout Argument, people: [String: [Mention]], scopingSurnames: Bool = true) -> Bool {
        guard let entity = argument.entity else { return false }
        if !acronyms.isEmpty, let acronym = acronyms[entity] ?? acronyms[argument.text] {
            guard acronym.entity != entity else { return false }
            argument.entity = acronym.entity
            argument.type = acronym.type
            argument.wikidata = gazetteer.wikidata(for: acronym.entity)
            return true
        }
        // A location too: the tagger calls a bare surname a place now and then ("Duterte" after "Rodrigo
        // Duterte"); a full name of this document ending in it still wins below.
        guard [.person, .org, .group, .location].contains(argument.type) else { return false }
        var words = entity.split(separator: " ").map(String.init)
        let title = words.count > 1 ? PersonVocabulary.title(words[0]) : nil
        if title != nil { words.removeFirst() }
        // (Not "Mr de Mistura": a surname with its particle.)
        if words.count > 1, title != nil, !words.dropLast().allSatisfy({ PersonName.isParticle($0) }) {
            // "Mr John Kirby" is John Kirby.
            argument.entity = words.joined(separator: " ")
            argument.type = .person
            return true
        }
        // "Hail Trump", "Mad Dog Mattis": words news writes in lower case (no given names), glued before the surname
        // of the one person the document names in full (opening with a given name), are no part of the name.
        if words.count > 1, title == nil, isGlued(words), let surname = words.last,
           let named = people[surname].map({ Set($0.map(\.entity)).subtracting([entity]) }), named.count == 1, let person = named.first,
           person.split(separator: " ").first.map({ PersonVocabulary.gender(ofGivenName: String($0)) != nil }) == true {
            argument.entity = person
            argument.type = .person
            argument.wikidata = nil
            return true
        }
        // A surname with its particle ("Le Pen", "von der Leyen") is looked up by its last word, as full names are.
        if words.count > 1, words.dropLast().allSatisfy({ PersonName.isParticle($0) }) { words = [words.joined(separator: " ")] }
        // ("de Mistura": the surname's last word is capitalised.)
        guard words.count == 1, let written = words.first,
              written.split(separator: " ").last?.first?.isUppercase == true else { return false }
        let surname = written.split(separator: " ").last.map(String.init) ?? written
        // The nearest full name before this mention, else the only one in the document; "Mrs Novak" is never
        // a man named Novak, nor "Mr Novak" a woman. Of several people with the surname and no title to tell them
        // apart, a bare surname is not one introduced as another's relative, and is the one named in full most
        // often (the nearest of those): "Berry" in an obituary of Chuck Berry is still he after "his children
        // Charles Berry Jr. and Ingrid Berry" and "his wife of 68 years, Themetta Berry".
        let candidates = (people[surname] ?? []).filter { m in
            guard written == surname || PersonName.withoutGeneration(m.entity).lowercased().hasSuffix(" " + written.lowercased()) else { return false }
            guard let wanted = title?.gender, let known = gender(of: m.entity) else { return true }
            return wanted == known
        }
        // (A name with words glued in front, "Guru Hans Rosling", is the person of the full name it ends with, one
        // that opens with a given name.)
        let names = Set(candidates.map(\.entity)).filter { name in
            name.split(separator: " ").first.map { PersonVocabulary.gender(ofGivenName: String($0)) != nil } == true
        }
        let clean = { (name: String) in names.first { $0 != name && $0.contains(" ") && name.hasSuffix(" " + $0) } ?? name }
        var earlier = candidates.filter { $0.start < argument.start }
        if title == nil, earlier.contains(where: { !relatives.contains(clean($0.entity)) }) {
            earlier.removeAll { relatives.contains(clean($0.entity)) }
        }
        if title == nil, Set(earlier.map { clean($0.entity) }).count > 1 {
            let counts = Dictionary(candidates.map { (clean($0.entity), 1) }, uniquingKeysWith: +)
            let most = earlier.map { counts[clean($0.entity)] ?? 0 }.max() ?? 0
            earlier.removeAll { counts[clean($0.entity)] != most }
        }
        let before = earlier.last.map { clean($0.entity) }
        let distinct = Set(candidates.map(\.entity))
        if let person = before ?? (distinct.count == 1 ? candidates.first?.entity : nil) {
            argument.entity = person
            argument.type = .person
            return true
        }
        // "I'm very supportive of Katie" after "Katie Walsh": a given name alone is the one person of the document
        // named in full with it before, when nobody has it as a surname, no other person has that given name and it
        // names no country, place or body the gazetteer knows ("Jordan").
        if title == nil, candidates.isEmpty, PersonVocabulary.gender(ofGivenName: written) != nil, gazetteer.entry(named: written) == nil {
            let withGivenName = people.values.joined().filter { $0.entity.split(separator: " ").first.map(String.init) == written }
            let named = Set(withGivenName.filter { $0.start < argument.start }.map(\.entity))
            if named.count == 1, Set(withGivenName.map(\.entity)).count == 1, let person = named.first {
                argument.entity = person
                argument.type = .person
                argument.wikidata = nil
                return true
            }
        }
        // "Trump" after "President Trump" elsewhere in the article: a person, though only the surname is known.
        // A bare surname keeps its one node across articles ("Putin" is the same man in every article that
        // names him so); only a courtesy or rank title with no full name is scoped below.
        if title == nil, argument.type != .person, titledSurnames.contains(written) {
            argument.type = .person
            return true
        }
        // "Mr Kirby" with no full name here: a person, but not one to merge with another document's Kirby (the
        // store joins it to the only Kirby it knows in full, and undoes that with `split`).
        if title != nil, scopingSurnames {
            argument.entity = "\(written) (\(documentID))"
            argument.type = .person
            argument.wikidata = nil
            return true
        }
        return false
    }
}
