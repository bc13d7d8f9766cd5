import KGCore
import KGSyntax

/// The rules `ArgumentResolver.resolve` tries in order, each deciding a phrase (an answer) or passing it on (nil).
extension ArgumentResolver {
    /// What every rule reads about the phrase being resolved.
    struct Draft {
        let phrase: Phrase
        var head: Int { phrase.head }
        let words: Set<Int>
        /// The organisation name headed by the phrase's head, and its country (`organizationName`).
        let body: (words: [Int], country: String?)?
    }

    /// A title before a name: "Foreign Minister Hossein Amir-Abdollahian" names the person.
    func titledPerson(_ d: Draft) -> Resolution? {
        tree.titledName(d.head).map { Resolution(entity: personEntity(cleanName(withoutLeadingCountry($0))), type: .person) }
    }

    /// A name the tagger marks as a person, after a title the parse garbled: "Ukrainian President Pyotr
    /// Poroshenko" parsed with "Ukrainian" as its head names the president, not Ukraine. Only when the phrase is
    /// that title and name and nothing more ("the visit of …" is not).
    func titledPersonByWords(_ d: Draft) -> Resolution? {
        var words = d.phrase.words
        // "UN Secretary-General Antonio Guterres" parsed with the title and name as an apposition of "UN" (when
        // the phrase holds some of the title: "UN" alone, as a role's organisation, stays the UN).
        if words.contains(where: { $0 > d.head }),
           let appos = tree.children(of: d.head, [.appos]).first(where: { $0 > d.head && tree.words[$0 - 1].form != "," }) {
            words = Set(words).union(tree.subtree(of: appos)).sorted()
        }
        guard let last = words.last(where: { tree.upos($0) != .punct }),
              let title = SurfaceTitle(nameEndingAt: last, in: tree) else { return nil }
        let start = title.organization?.first ?? title.title[0]
        guard words.allSatisfy({ $0 >= start || tree.upos($0) == .det }) else { return nil }
        return Resolution(entity: personEntity(cleanName(Array(title.name))), type: .person)
    }

    /// A demonym standing alone names its country ("Iranian" in "Iranian Foreign Minister").
    func loneDemonym(_ d: Draft) -> Resolution? {
        guard d.words.count == 1, let match = matches[d.head], match.entry.kind == .demonym else { return nil }
        return Resolution(entity: match.entry.entity, type: match.entry.type)
    }

    /// A government body named after its country: "the Russian Defense Ministry", "Russian Aerospace Forces".
    func governmentBody(_ d: Draft) -> Resolution? {
        guard let body = d.body, body.country != nil else { return nil }
        return Resolution(entity: nameText(body.words), type: .org, partOf: body.country)
    }

    /// A known name covering the head: "Moscow", "the United States", "the Kremlin" — unless it is only part of
    /// a longer proper name ("Security Council" in "the National Security Council").
    func knownName(_ d: Draft) -> Resolution? {
        let head = d.head
        guard let match = matches[head],
              match.range.allSatisfy({ d.words.contains($0) || tree.words[$0].form == "the" }) || match.range.count == 1,
              !(tree.upos(head) == .propn && extendsBeyond(match.range, nameWords(head))),
              match.entry.kind != .demonym || tree.upos(head) == .propn && !isPeopleNotCountry(d) else { return nil }
        return Resolution(entity: match.entry.entity, type: match.entry.type)
    }

    /// "The average Sierra Leonean", "a Canadian", "one Iraqi": a demonym in the singular, counted or described,
    /// is one person of that country, not the country (`knownName`); "most Americans", "two Britons" are some of
    /// its people. Plurals and the forms that are their own plural
    /// ("the Chinese", "the British", "the Swiss") can be the body acting for it and stay with the country.
    func isPeopleNotCountry(_ d: Draft) -> Bool {
        let form = tree.words[d.head].form
        // "Most Americans", "many Germans", "two Britons": some of its people, counted, are not the country.
        if tree.children[d.head].contains(where: { c in
            c < d.head && d.words.contains(c)
                && (tree.relation(c) == .nummod || Self.peopleQuantifiers.contains(tree.words[c].form.lowercased()))
        }) {
            return true
        }
        guard !["s", "sh", "ch", "ese"].contains(where: { form.hasSuffix($0) }) else { return false }
        return tree.children[d.head].contains { c in
            c < d.head && d.words.contains(c)
                && (tree.relation(c) == .amod || ["a", "an", "the", "one", "every", "each", "another"].contains(tree.words[c].form.lowercased()))
        }
    }

    /// Words counting some of a country's people ("most Americans", "ordinary Russians").
    static let peopleQuantifiers: Set<String> = [
        "many", "most", "some", "few", "several", "numerous", "ordinary", "all", "no", "fewer", "more", "other",
        "millions", "thousands", "hundreds", "young", "older", "average",
    ]

    /// Proper name that is an organisation of a country: "the Russian Defense Ministry" stays an organisation.
    func namedOrganization(_ d: Draft) -> Resolution? {
        d.body.map { Resolution(entity: nameText(wholeRun(d, longerThan: $0.words)), type: .org) }
    }

    /// The phrase itself when it is one run of capitalised words ending at the head and longer than `name`:
    /// the whole name, whatever the parse hung where ("Dutch Coffee Trade Association" with "Dutch Coffee" off
    /// the head); else `name`.
    func wholeRun(_ d: Draft, longerThan name: [Int]) -> [Int] {
        let run = d.phrase.words.filter { tree.upos($0) != .det }
        guard let first = run.first, run.last == d.head, run.count > name.count, d.head - first + 1 == run.count,
              run.allSatisfy({ tree.words[$0].form.first?.isUppercase == true || CoordinatedNameRepair.isJoiner($0, tree) }) else { return name }
        return run
    }

    /// "the Sea of Japan", "the Strait of Hormuz", "the Gulf of Aden": a place word named by an "of" name is one
    /// place, not "Sea" (nor Japan).
    func placeOfName(_ d: Draft) -> Resolution? {
        let head = d.head
        guard tree.upos(head) == .propn, L.locationWords.contains(tree.words[head].form),
              let of = tree.children(of: head, [.nmod]).first(where: { n in
                  n > head && d.words.contains(n) && tree.words[n].form.first?.isUppercase == true
                      && tree.child(of: n, [.case]).map { tree.words[$0].form == "of" } == true
              })
        else { return nil }
        var first = head
        while first - 1 >= 0, d.words.contains(first - 1), tree.upos(first - 1) == .propn,
              tree.words[first - 1].form.first?.isUppercase == true {
            first -= 1
        }
        return Resolution(entity: nameText(Array(first...head)) + " of " + nameText(nameWords(of)), type: .location)
    }

    /// A proper name with an organisation word ("Council", "Party").
    func properNameWithOrganizationWord(_ d: Draft) -> Resolution? {
        guard tree.upos(d.head) == .propn else { return nil }
        let name = wholeRun(d, longerThan: nameWords(d.head))
        guard name.contains(where: { L.organizationWords.contains(tree.words[$0].form) }) else { return nil }
        return Resolution(entity: nameText(name), type: .org)
    }

    /// "the Trump campaign", "the Macron campaign team": a person's campaign is an organisation of its own, named by
    /// the person's name as written and the word "campaign" (not the person, not a concept). The name is a person's
    /// to the tagger or the tables, or a proper noun neither knows as anything else (the tagger reads "Trump" in
    /// "the Trump campaign" as a place); "the Afghanistan campaign" is a known place's.
    func personsCampaign(_ d: Draft) -> Resolution? {
        let head = d.head
        let isCampaign = { (w: Int) in w >= 0 && tree.lemma(w).lowercased() == "campaign" }
        guard tree.upos(head) == .noun, isCampaign(head) || tree.lemma(head).lowercased() == "team" && isCampaign(head - 1) else { return nil }
        var first = head - 1
        if isCampaign(first) { first -= 1 }
        var start = first
        while start >= 0, d.words.contains(start), tree.upos(start) == .propn,
              SurfaceTitle.isPerson(start, tree) || knownPerson(start) || !tree.words[start].entity.hasSuffix("-ORG") && matches[start] == nil {
            start -= 1
        }
        start += 1
        guard start <= first, first >= 0, tree.head(of: first).map({ $0 == head || $0 == first + 1 || d.words.contains($0) }) == true
        else { return nil }
        return Resolution(entity: nameText(Array(start...first)) + " campaign", type: .org)
    }

    /// Whether word `w` opens or ends a name the tables know as a person's.
    private func knownPerson(_ w: Int) -> Bool {
        guard let match = matches[w] else { return false }
        return match.entry.type == .person
    }

    /// "Kommersant newspaper", "the Interfax news agency", "Ami magazine": a media organisation named right before
    /// the kind of outlet it is (`media-kind-nouns`), known to the tables or not.
    func mediaByKind(_ d: Draft) -> Resolution? {
        let head = d.head
        guard tree.upos(head) == .noun, L.mediaKindNouns.contains(tree.lemma(head)) else { return nil }
        // Back over the kind's own words ("news" of "news agency", "TV" of "TV channel"), then over the capitalised
        // name ("Daily Mail", "New Straits Times"), which no nationality opens ("the Russian Kommersant newspaper").
        var end = head - 1
        while end >= 0, d.words.contains(end),
              tree.words[end].form == "news" || L.mediaKindNouns.contains(tree.words[end].form) || L.commonAcronyms.contains(tree.words[end].form) {
            end -= 1
        }
        var start = end + 1
        while start - 1 >= 0, d.words.contains(start - 1), tree.words[start - 1].form.first?.isUppercase == true,
              [.propn, .adj, .noun].contains(tree.upos(start - 1)), matches[start - 1]?.entry.kind != .demonym {
            start -= 1
        }
        guard start <= end, tree.upos(end) == .propn else { return nil }
        if let match = matches[start], match.range == start..<(end + 1), match.entry.kind == .name {
            return Resolution(entity: match.entry.entity, type: match.entry.type)
        }
        return Resolution(entity: nameText(Array(start...end)), type: .org)
    }

    /// Body noun with a known modifier: "Russian troops", "Iranian officials", "Moscow's forces" act for the
    /// country; the body is kept as the qualifier. So do what an actor fields or holds, as the target or the
    /// agent of an attack: "struck Hezbollah positions", "Chinese vessels blocked …" (`assetNouns`). A chief acts
    /// for the country when the words before make an office of the gazetteer ("Pakistan's army chief"), not
    /// "Hong Kong's next chief executive".
    func bodyActingForKnownActor(_ d: Draft) -> Resolution? {
        let head = d.head
        let form = tree.words[head].form.lowercased(), lemma = tree.lemma(head)
        // "the army chief", and a known organisation's chief whatever the field between ("the UN human rights chief",
        // "the EU foreign policy chief"; not a place's: "a retired North Carolina police chief", "Hong Kong's next
        // chief [executive]").
        let isOffice = lemma == "chief" && head > 0 && tree.relation(head - 1) == .compound && tree.head(of: head - 1) == head
            && gazetteer.roles["\(tree.words[head - 1].form.lowercased()) chief"] != nil
            || lemma == "chief" && tree.children(of: head, [.compound, .nmodPoss]).contains { m in
                m < head && d.words.contains(m) && matches[m].map { [.org, .group].contains($0.entry.type) } == true
            }
        let isBody = L.bodyNouns.contains(form) || L.bodyNouns.contains(lemma) || isOffice
        let isAsset = !isBody && (L.assetNouns.contains(form) || L.assetNouns.contains(lemma))
        // Members act for their organisation when there are several ("NATO members"); one member is one state.
        let isMembers = !isBody && !isAsset && Self.memberBodyNouns.contains(lemma) && form != lemma
        guard isBody || isAsset || isMembers else { return nil }
        // Companies, banks, media and a people act for no state ("Chinese companies", "German banks", "Russian
        // media", "the Iranian people"), unless the state owns or runs them ("state media", "the central bank",
        // "state-owned firms"). A hostile act against a country's companies or banks is against it; the media and
        // the people are never it ("killed four people in London").
        let isNonState = Self.nonStateBodyNouns.contains(lemma) || Self.nonStateBodyNouns.contains(form)
        let isPrivate = Self.privateBodyNouns.contains(lemma) || Self.privateBodyNouns.contains(form)
        let isStateRun = (isNonState || isPrivate)
            && tree.children(of: head, [.amod, .compound]).contains { Self.stateModifiers.contains(tree.words[$0].form.lowercased()) }
        if isNonState, !isStateRun { return nil }
        let actsForNoState = isPrivate && !isStateRun
        // "Former US officials", "retired Russian generals" no longer act for their country.
        guard !tree.children(of: head, [.amod]).contains(where: { L.pastOfficeWords.contains(tree.words[$0].form.lowercased()) })
        else { return nil }
        // The modifiers of the body's own compound word count too: in "the Japanese coast guard" the parser may
        // hang "Japanese" on "coast".
        let compoundModifiers = tree.children(of: head, [.compound]).flatMap { c in
            tree.children(of: c, [.amod, .compound]).filter { $0 < c }
        }
        // "Syrian Kurdish forces", "Palestinian Hamas militants": a group or organisation named beside the country
        // right before the body is whom it acts for ("Washington's ambassador to the UN" is still Washington's);
        // otherwise the first country or place named.
        var first: Resolution?
        // (Coordinated modifiers too, as far as the phrase has them: "Ukrainian and Russian negotiators" is split
        // into one phrase per country, `PropositionFinder.splitCoordinatedModifiers`.)
        let modifiers = (tree.children(of: head, [.amod, .compound, .nmodPoss, .nmod]) + compoundModifiers)
            .flatMap { [$0] + tree.children(of: $0, [.conj]) }.filter(d.words.contains)
        for m in modifiers {
            // Where a company or group is, is not whom it acts for: "the Al-Haq human rights organisation in Ramallah"
            // is no Palestinian body ("the ministry in Kabul" still is Afghanistan's).
            if tree.relation(m) == .nmod, Self.privateBodyNouns.contains(lemma),
               tree.child(of: m, [.case]).map({ tree.words[$0].form.lowercased() != "of" }) ?? false {
                continue
            }
            // What an actor holds is named by a word before it ("Hezbollah positions", "Chinese vessels"): "positions
            // in southern Lebanon" are somewhere, "Tokyo's positions" may be stances.
            if isAsset, ![.amod, .compound].contains(tree.relation(m)) { continue }
            // Members and executives act for their organisation ("NATO members", "PKK members"), not their country
            // or place ("Russian executives", "European members of NATO"). Rebels, militants and insurgents act for
            // a group ("Houthi rebels", "Kurdish fighters"), never for the state they are of or in ("Syrian rebels",
            // "rebels in eastern Ukraine").
            if let match = matches[m],
               [.org, .group].contains(match.entry.type) || !isMembers && !Self.armedBodyNouns.contains(lemma) {
                let body = d.phrase.words.filter { $0 > match.range.upperBound - 1 && $0 <= head && tree.relation($0) != .case }
                let resolution = Resolution(entity: match.entry.entity, type: match.entry.type,
                                            qualifier: body.isEmpty ? nil : tree.text(of: body).lowercased(),
                                            actsForNoState: actsForNoState)
                if [.group, .org].contains(match.entry.type), [.amod, .compound].contains(tree.relation(m)) { return resolution }
                if first == nil { first = resolution }
            }
        }
        if let first { return first }
        // "the FARC rebels", "Hezbollah fighters": a name the entity tagger calls an organisation, right before the
        // body, is whom the body acts for, known to the tables or not.
        for m in tree.children(of: head, [.compound, .amod]) where Self.memberBodyNouns.contains(tree.lemma(head))
            && m == head - 1 && tree.upos(m) == .propn
            && tree.words[m].entity.hasSuffix("-ORG") && tree.words[m].form.first?.isUppercase == true {
            let name = nameWords(m)
            guard !name.contains(where: { L.roleNouns.contains(tree.lemma($0)) }) else { continue }
            let armed = Self.armedBodyNouns.contains(tree.lemma(head))
            return Resolution(entity: nameText(name), type: armed ? .group : .org, qualifier: tree.words[head].form.lowercased())
        }
        return nil
    }

    /// People acting for an organisation named before them ("ICE officials", "Roscosmos officials"); not an
    /// institution in a place ("a Hamburg court").
    static let memberBodyNouns: Set<String> = [
        "official", "rebel", "militant", "fighter", "separatist", "insurgent", "guerrilla", "troop", "force", "soldier",
        "spokesman", "spokeswoman", "spokesperson", "lawmaker", "diplomat", "negotiator", "leader", "delegation", "envoy",
        "executive", "member",
    ]

    /// Bodies that fight: the organisation they act for is an armed group.
    static let armedBodyNouns: Set<String> = ["rebel", "militant", "fighter", "separatist", "insurgent", "guerrilla"]

    /// Bodies named by a country's adjective that are not it unless a `stateModifiers` word makes them the state's.
    static let nonStateBodyNouns: Set<String> = ["people", "peoples", "media", "press"]

    /// Words that make a company, bank or medium the state's ("state media", "central bank").
    static let stateModifiers: Set<String> = [
        "state", "state-owned", "state-run", "state-controlled", "state-backed", "central", "official", "government",
        "government-run", "government-owned", "national",
    ]

    /// Bodies that are not the state's: where one of them is says nothing of whom it acts for, and one named by a
    /// country's adjective ("Chinese companies") acts for no one but stands for the country as the target of a
    /// hostile act (`Resolution.actsForNoState`).
    static let privateBodyNouns: Set<String> = [
        "company", "companies", "bank", "banks", "firm", "firms", "group", "groups", "alliance", "organisation", "organization",
        "organisations", "organizations", "movement", "league", "union", "party", "business", "businesses", "entity",
        "entities",
    ]

    /// A courtesy or rank title before capitalised words names a person whatever the tagger made of them:
    /// "reject Mr Wilders" with "Wilders" read as a plural common noun is still Mr Wilders, not a concept.
    func titledNameWithoutProperNoun(_ d: Draft) -> Resolution? {
        guard tree.upos(d.head) != .propn else { return nil }
        let words = d.phrase.words.filter { tree.upos($0) != .det }
        guard (2...4).contains(words.count), let first = words.first, let last = words.last, last - first == words.count - 1,
              tree.words[first].form.first?.isUppercase == true, PersonVocabulary.title(tree.words[first].form) != nil,
              words.dropFirst().allSatisfy({ tree.words[$0].form.first?.isUppercase == true && tree.words[$0].form.count > 1 })
        else { return nil }
        return Resolution(entity: personEntity(CleanName(words: Array(words.dropFirst()), title: first, isTitled: true)), type: .person)
    }

    /// A proper name, typed by its words; it must look like one: "the defense ministry" tagged PROPN is still a
    /// description, and "the President", "Minister", "Monday" are no one's name.
    func properName(_ d: Draft) -> Resolution? {
        let head = d.head
        guard tree.upos(head) == .propn, tree.words[head].form.first?.isUppercase == true else { return nil }
        // A phrase that is nothing but a name (as role assertions build them) is the name.
        // Without the title words in front ("President Vladimir Putin" names Vladimir Putin), unless they open a
        // company's name ("General Electric Co").
        let stripped = Array(d.phrase.words.drop { L.roleNouns.contains(tree.lemma($0)) || L.titleWords.contains(tree.lemma($0)) })
        let untitled = stripped.contains { L.organizationWords.contains(tree.words[$0].form) } ? d.phrase.words : stripped
        let pureName = !untitled.isEmpty && untitled.allSatisfy { tree.upos($0) == .propn || (tree.upos($0) == .punct && $0 != untitled.first && $0 != untitled.last) }
        let name = pureName ? untitled : nameWords(head)
        if name.allSatisfy({ L.roleNouns.contains(tree.lemma($0)) || L.titleWords.contains(tree.lemma($0)) || L.temporalNouns.contains(tree.lemma($0)) || tree.upos($0) == .punct }) {
            return Resolution(entity: nil, type: .concept)
        }
        if let match = matches[head], match.entry.kind == .demonym {
            return isPeopleNotCountry(d) ? Resolution(entity: nil, type: .concept) : Resolution(entity: match.entry.entity, type: match.entry.type)
        }
        // Titles mark a person ("Lord Smith", "Gen. Flynn", "Ms Novak"); the named-entity tagger types the
        // names the tables do not know; the word-shape guess is the last resort.
        let clean = cleanName(pureName ? d.phrase.words.filter { $0 <= (name.last ?? head) } : name)
        // What is left without a glued day or title may be a name the tables know: "New York Thursday" is New
        // York, never a person "New York".
        if let first = clean.words.first, let last = clean.words.last, let match = matches[first],
           match.range == first..<(last + 1), match.entry.kind != .demonym, clean.title == nil {
            // A capital standing for its country is still the city when named as one ("mayor of Moscow").
            if match.entry.kind == .metonym { return Resolution(entity: nameText(clean.words), type: .location) }
            return Resolution(entity: match.entry.entity, type: match.entry.type)
        }
        let forms = name.map { tree.words[$0].form }
        var type = Self.guessType(forms)
        // The tables outrank the model: a name that opens with a known given name ("Angela Merkel", "Donald
        // Trump") is a person whatever the tagger says (it tags such pairs ORG or LOC often enough to matter:
        // EWT dev ORG precision 0.43).
        if !forms.contains(where: L.organizationWords.contains) {
            if clean.isTitled || clean.words.count >= 2 && PersonVocabulary.gender(ofGivenName: tree.words[clean.words[0]].form) != nil {
                type = .person
            } else if let tagged = taggedType(clean.words), !(type == .person && tagged == .location) {
                // A name of two to four capitalised words stays a person against a LOC tag (the tagger puts
                // LOC on "Angela Merkel" and on the country glued in front of "Syria Staffan de Mistura").
                type = tagged
            }
        }
        // "engineering group Alsthom", "Japanese carmaker Toyota": a kind of organisation right before the name.
        if type != .org, !clean.isTitled, let first = clean.words.first, isOrganizationDescriptor(first - 1, of: first) { type = .org }
        // "Siemens CEO Joe Kaeser", "Nissan chairman …": a name the tagger took for a place, before a company's
        // office, is the company ("Buryatia head" stays a place: "head" is no company's office only).
        // So a one-word name the tagger took for a person ("Uber chief executive Travis Kalanick"): no one is
        // named by a surname alone before an office.
        if let last = clean.words.last, type == .location || type == .person && clean.words.count == 1 && !clean.isTitled,
           isCorporateOffice(last + 1) {
            type = .org
        }
        // "the vice chairman of Hyundai", "the chief executive of Fiat": so a name after a company's office and "of".
        if type == .location, [.nmod, .obl].contains(tree.relation(head)), tree.child(of: head, [.case]).map({ tree.lemma($0) == "of" }) == true,
           let office = tree.head(of: head), office < head, isCorporateOffice(office) || isCorporateOffice(office - 1) {
            type = .org
        }
        // "McManus, who took a first at Oxford": a name followed by "who" is a person's, whatever the tagger said
        // (organisations take "which"; read off the words, the parse often hangs the clause elsewhere), unless it
        // has an organisation's word.
        let who = { (w: Int) in w < self.tree.count && ["who", "whom", "whose"].contains(self.tree.words[w].form.lowercased()) }
        if type != .person, !forms.contains(where: L.organizationWords.contains), let last = clean.words.last, tree.words[last].xpos != "NNPS",
           who(last + 1) || last + 1 < tree.count && tree.words[last + 1].form == "," && who(last + 2) {
            type = .person
        }
        if type == .person { return Resolution(entity: personEntity(clean), type: .person) }
        // An unknown one-word name after "in", "at", "near" is a place ("in Aleppo").
        if type == .org, name.count == 1, let prep = tree.child(of: head, [.case]), L.placePrepositions.contains(tree.lemma(prep)) {
            type = .location
        }
        return Resolution(entity: nameText(name), type: type)
    }

    /// A party of a kind many countries have, written after another country's name or demonym ("the Chinese
    /// Communist Party", "Cuba's Communist Party", "the French Socialist Party"): that country's party of the
    /// kind, or one of its own named so, never the party the data gives the bare name to (Sweden's Left Party
    /// for "Communist Party", India's for "Socialist Party").
    func partyOfNamedCountry(_ entity: String, in phrase: Phrase) -> Resolution? {
        guard phrase.words.contains(where: { matches[$0]?.entry.type == .country }) else { return nil }
        let own = gazetteer.partyCountry(of: entity)
        // The name's words: the gazetteer's match, or the words the entity is written with (a name ends at the
        // phrase's head or last word).
        let written = { () -> Range<Int>? in
            let ends = Set([phrase.head] + (phrase.words.last.map { [$0] } ?? []))
            for e in ends.sorted() { for s in phrase.words where s <= e && self.nameText(Array(s...e)) == entity { return s..<(e + 1) } }
            return nil
        }
        guard var name = phrase.words.lazy.compactMap({ self.matches[$0] }).first(where: { $0.entry.entity == entity })?.range ?? written()
        else { return nil }
        let isPossessive = { (w: Int) in ["'s", "'", "’s"].contains(self.tree.words[w].form) }
        // The country in front, or at the start of a name written whole ("Chinese Communist Party").
        if own == nil, let first = matches[name.lowerBound], first.entry.type == .country, first.range.lowerBound == name.lowerBound {
            var rest = first.range.upperBound
            if rest < name.upperBound, isPossessive(rest) { rest += 1 }
            guard name.upperBound - rest >= 2 else { return nil }
            name = rest..<name.upperBound
        }
        var w = name.lowerBound - 1
        if w >= 0, isPossessive(w) { w -= 1 }
        guard w >= 0, phrase.words.contains(w), let match = matches[w], match.entry.type == .country,
              let code = gazetteer.countryCode(of: match.entry.entity), code != own else { return nil }
        let kind = name.map { tree.words[$0].form }.joined(separator: " ")
        if let party = gazetteer.party(kind, ofCountry: code) { return Resolution(entity: party, type: .org) }
        // (A name the data gives no party stays as written; one it gives another country's party is the name with
        // its country: "Syrian Democratic Forces", "Communist Party of Cuba" for "Cuba's Communist Party".)
        guard own != nil else { return nil }
        if w == name.lowerBound - 1 { return Resolution(entity: nameText(Array(match.range.lowerBound..<name.upperBound)), type: .org) }
        return Resolution(entity: nameText(Array(name)) + " of " + match.entry.entity, type: .org)
    }

    /// Whether the words from `w` name an office only a company has: "CEO", "chairman", "chief executive", "chief
    /// financial officer".
    func isCorporateOffice(_ w: Int) -> Bool {
        guard w >= 0, w < tree.count else { return false }
        let next = w + 1 < tree.count ? tree.words[w + 1].form.lowercased() : nil
        return L.corporateRoleNouns.contains(tree.lemma(w).lowercased()) || L.companyOfficeLength(tree.words[w].form.lowercased(), then: next) > 0
    }

    /// Whether word `w`, right before the name starting at `name`, is a lower-case noun for a kind of organisation
    /// that the name belongs with: its head, a dependent of it, or a sister with the same head when the parse split
    /// them ("group/nsubj Alsthom/nsubj won"). Not "the firm Anna Berg founded", where the name heads a clause of
    /// its own. "daily" and "weekly" count though the tagger reads them as adjectives ("the daily Sueddeutsche
    /// Zeitung").
    func isOrganizationDescriptor(_ w: Int, of name: Int) -> Bool {
        guard w >= 0, tree.upos(w) == .noun || tree.upos(w) == .adj && Self.periodicalAdjectives.contains(tree.words[w].form),
              tree.words[w].form.first?.isLowercase == true,
              L.organizationDescriptors.contains(tree.lemma(w)) || L.organizationDescriptors.contains(tree.words[w].form.lowercased())
        else { return false }
        let nameHead = tree.head(of: name)
        guard nameHead != w, tree.head(of: w) != name else { return true }
        // A sister, or the garbled "telecoms/obl firm/obj>telecoms Huawei/nsubj" (or "Telecoms/PROPN firm/flat>Telecoms
        // Huawei/nsubj" at the start of a sentence): up through a noun to the name's head.
        guard let nameHead, let up = tree.head(of: w) else { return false }
        return up == nameHead || [.noun, .adj, .propn].contains(tree.upos(up)) && up < w && tree.head(of: up) == nameHead
    }

    /// Descriptors of a newspaper that the tagger reads as adjectives.
    static let periodicalAdjectives: Set<String> = ["daily", "weekly"]

    /// A name the tagger read as a common noun: an acronym ("the CBO", "NHS") or a capitalised word after a
    /// capitalised "The" inside a sentence ("wrote for The Guardian") or after a lower-case "the" in running text
    /// ("told the Guardian", "the Guardian's correspondent"), when the phrase is that word alone (and its
    /// possessive ending) and it is not part of a longer name ("House Speaker", "Ways and Means"), a common
    /// acronym ("DNA", "TV"), a title, role, day or generic body. Typed by the named-entity tagger when it says,
    /// else an organisation.
    func capitalizedCommonNoun(_ d: Draft) -> Resolution? {
        let head = d.head
        let form = tree.words[head].form
        let isAcronym = (2...5).contains(form.count) && form.allSatisfy { $0.isUppercase }
        let afterThe = head > 1 && tree.words[head - 1].form == "The" && form.first?.isUppercase == true
        guard head > 0, tree.upos(head) == .noun, isAcronym || afterThe || isCapitalizedAfterLowercaseThe(head), !L.commonAcronyms.contains(form),
              d.phrase.words.allSatisfy({ $0 == head || tree.upos($0) == .det || tree.upos($0) == .part && $0 == head + 1 }),
              !L.roleNouns.contains(tree.lemma(head)), !L.titleWords.contains(tree.lemma(head)),
              !L.temporalNouns.contains(tree.lemma(head)), !L.genericNames.contains(form)
        else { return nil }
        // Not a word of a longer name: a capitalised neighbour, or one across "and", "of", "for".
        let capitalized = { (w: Int) in w >= 0 && w < self.tree.count && self.tree.words[w].form.first?.isUppercase == true }
        let joiners: Set<String> = ["and", "of", "for", "&"]
        if capitalized(head + 1) || (head + 2 < tree.count && joiners.contains(tree.words[head + 1].form) && capitalized(head + 2)) { return nil }
        if !afterThe, capitalized(head - 1) || (head >= 2 && joiners.contains(tree.words[head - 1].form) && capitalized(head - 2)) { return nil }
        let type = taggedType([head]) ?? .org
        return type == .person ? nil : Resolution(entity: form, type: type)
    }

    /// Whether word `w` is capitalised right after a lower-case "the", in a sentence written in lower case (not a
    /// title-case headline), as the one told or the owner of an office: a news outlet's name ("told the Guardian",
    /// "the Herald's correspondent"). (Elsewhere "the Constitution", "the Internet", "the Wall" are no bodies.)
    func isCapitalizedAfterLowercaseThe(_ w: Int) -> Bool {
        let form = tree.words[w].form
        guard w > 1, tree.words[w - 1].form == "the", form.count > 2, form.first?.isUppercase == true,
              form.dropFirst().allSatisfy(\.isLowercase), let governor = tree.head(of: w) else { return false }
        let told = [.obj, .iobj].contains(tree.relation(w)) && ClauseAttachmentRepair.tellingVerbs.contains(tree.lemma(governor))
        let owner = tree.relation(w) == .nmodPoss && L.roleNouns.contains(tree.lemma(governor))
        guard told || owner else { return false }
        let words = tree.words.dropFirst().filter { $0.form.first?.isLetter == true }
        return words.filter { $0.form.first?.isLowercase == true }.count * 2 > words.count
    }
}
