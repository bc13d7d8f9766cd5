import KGCore
import KGSyntax

/// Decides what actor (if any) an argument phrase names: a gazetteer entry covering its head, a country
/// behind a body noun ("Russian troops"), a proper name, or a concept.
struct ArgumentResolver {
    let tree: DependencyTree
    let gazetteer: Gazetteer
    /// Gazetteer matches in the sentence: word index → (match range, entry).
    let matches: [Int: (range: Range<Int>, entry: Gazetteer.Entry)]
    /// How news usually capitalises words (see `SyntaxExtractor.caseProfile`).
    let caseProfile: CaseProfile?

    typealias L = SyntaxLexicon

    init(tree: DependencyTree, gazetteer: Gazetteer, caseProfile: CaseProfile? = nil) {
        self.tree = tree
        self.gazetteer = gazetteer
        self.caseProfile = caseProfile
        var matches: [Int: (range: Range<Int>, entry: Gazetteer.Entry)] = [:]
        let forms = tree.words.map(\.form)
        var i = 0
        while i < forms.count {
            if var entry = gazetteer.longestMatch(in: forms, at: i) {
                let range = i..<(i + entry.words.count)
                if let state = Self.usStateHomonyms[entry.entity], entry.words.count == 1, Self.isUSStateContext(range.lowerBound, tree) {
                    entry = Gazetteer.Entry(words: entry.words, entity: state, type: .location, kind: .name)
                }
                // "Iran-allied Houthi rebels", "Turkish-backed Syrian forces", "Paris-based Total": a name before a
                // hyphen and a participle of `hyphen-participles` describes whom it backs or hosts; it is not who acts.
                if !tree.isHyphenParticiple(range.upperBound + 1) { for j in range { matches[j] = (range, entry) } }
                i = range.upperBound
            } else {
                i += 1
            }
        }
        self.matches = matches
    }

    /// What a phrase refers to: the entity (nil for concepts and unresolved pronouns), its type, and the part
    /// of it that acts ("troops" in "Russian troops").
    struct Resolution {
        var entity: String?
        var type: EntityType
        var qualifier: String? = nil
        /// The country a government body belongs to ("Russia" for "the Russian Defense Ministry").
        var partOf: String? = nil
        /// A body of the entity that does not act for it ("Chinese companies", "the Iranian people"): the entity only
        /// as the target of a hostile act or an inquiry (`SyntaxExtractor`).
        var actsForNoState = false
    }

    /// Country names that are also US states: the state when the text says so ("Atlanta, Georgia",
    /// "Georgia's governor", "Washington state").
    static let usStateHomonyms = ["Georgia": "Georgia (US state)", "Washington": "Washington (state)"]

    /// "Atlanta, Georgia", "Georgia governor", "Georgia's legislature", "the state of Georgia".
    static func isUSStateContext(_ i: Int, _ tree: DependencyTree) -> Bool {
        let form = { (k: Int) -> String in k >= 0 && k < tree.count ? tree.words[k].form : "" }
        if form(i - 1) == ",", tree.upos(max(i - 2, 0)) == .propn, form(i - 2).first?.isUppercase == true { return true }
        if form(i - 2).lowercased() == "state", form(i - 1) == "of" { return true }
        let next = form(i + 1) == "'s" ? form(i + 2) : form(i + 1)
        return stateWords.contains(next.lowercased())
    }

    private static let stateWords = Lexicon.words(.usStateWords)

    /// Nouns for a dead person's body: "the body of" a named person stands for the person.
    static let remainsNouns: Set<String> = ["body", "remains", "corpse"]

    /// The entity and type a phrase refers to, or nil entity for concepts and unresolved pronouns: the first of
    /// named rules (`ArgumentResolver+Rules.swift`), most specific first, that decides; else a concept.
    func resolve(_ phrase: Phrase) -> Resolution {
        // "dozens of PKK members": what is counted. "the body of Adam Lis": the person (found, identified, returned).
        let head = tree.words[phrase.head].form.lowercased()
        if L.quantityNouns.contains(head) || Self.remainsNouns.contains(head),
           let counted = tree.children(of: phrase.head, [.nmod]).first(where: { n in
               tree.child(of: n, [.case]).map { tree.words[$0].form.lowercased() == "of" } ?? false
           }) {
            let inner = Set(tree.subtree(of: counted))
            let resolution = resolve(Phrase(head: counted, words: phrase.words.filter { inner.contains($0) && tree.relation($0) != .case }))
            if L.quantityNouns.contains(head) || resolution.type == .person { return resolution }
        }
        // "Paris-based Deezer": the place before the participle's hyphen is no part of the name.
        let described = Set(phrase.words.filter { p in
            p != phrase.head && tree.relation(p) == .amod && tree.isHyphenParticiple(p)
        }.flatMap { p in tree.subtree(of: p) + [p - 1] + (tree.head(of: p - 2) == nil ? [] : tree.subtree(of: p - 2)) })
            .subtracting([phrase.head])
        let phrase = described.isEmpty ? phrase : Phrase(head: phrase.head, words: phrase.words.filter { !described.contains($0) })
        let d = Draft(phrase: phrase, words: Set(phrase.words), body: organizationName(phrase.head))
        // (In two steps: one chain of eleven `??` is too much for the type checker.)
        let named = titledPerson(d) ?? titledPersonByWords(d) ?? loneDemonym(d) ?? governmentBody(d) ?? knownName(d) ?? placeOfName(d)
            ?? namedOrganization(d) ?? properNameWithOrganizationWord(d) ?? bodyActingForKnownActor(d)
        var resolved = named ?? mediaByKind(d) ?? personsCampaign(d) ?? titledNameWithoutProperNoun(d) ?? properName(d) ?? capitalizedCommonNoun(d)
        if let entity = resolved?.entity, resolved?.type == .org, let party = partyOfNamedCountry(entity, in: phrase) { resolved = party }
        // A phrase split per named conjunct ("Former Secretaries of State Madeleine Albright" of "… Albright and John
        // Kerry", `PropositionFinder.splitNamedConjuncts`) is its own person, though the title's name runs on.
        if let entity = resolved?.entity, resolved?.type == .person, entity.contains(" and ") || entity.contains(", "),
           case let spans = tree.personNameSpans(in: phrase.words.sorted()), spans.count == 1 {
            resolved?.entity = personEntity(cleanName(spans[0]))
        }
        // "the Committee", "Mr" (of "Mr Justice Kelly") alone name no one: a description, not a node.
        if let entity = resolved?.entity, L.genericNames.contains(entity) { return Resolution(entity: nil, type: .concept) }
        // "Mission accomplished", "big Uranium": one capitalised word that the named-entity tagger left untagged,
        // the tables do not know, and news writes in lower case is a word, not a name.
        // ("told the Guardian": capitalised after a lower-case "the" on purpose.)
        if let resolved, resolved.type.isActor, let entity = resolved.entity, !entity.contains(" "),
           caseProfile?.isMostlyLowercase(entity) == true, knownName(d) == nil, !isCapitalizedAfterLowercaseThe(phrase.head),
           !phrase.words.contains(where: { tree.words[$0].form == entity && !["", "O"].contains(tree.words[$0].entity) }) {
            return Resolution(entity: nil, type: .concept)
        }
        // "We'r expecting …" (a contraction the text lost a letter of) is a pronoun, not a name.
        if let entity = resolved?.entity, let apostrophe = entity.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
           PersonVocabulary.pronoun(entity[..<apostrophe].lowercased()) != nil {
            return Resolution(entity: nil, type: .concept)
        }
        // "The Civil Liberties Act", "Earth Day 2017": a name headed by a law, a day or a prize is a thing, whatever
        // the tagger or the word shapes guessed, unless the tables know it ("the Warsaw Pact").
        if let resolved, resolved.type.isActor, let entity = resolved.entity, Self.isThingName(entity), knownName(d) == nil {
            return Resolution(entity: nil, type: .concept)
        }
        // "signed the letter in Downing Street", "spoke in London": a capital or seat of power named without an
        // article after "in" is where something happened, not the country acting or acted on. ("served at the
        // White House", "an official in the White House" work for the government.)
        if let resolved, resolved.type == .country, let marker = tree.child(of: phrase.head, [.case]),
           Self.settingCases.contains(tree.words[marker].form.lowercased()),
           let match = phrase.words.lazy.compactMap({ self.matches[$0] }).first, match.entry.kind == .metonym,
           !phrase.words.contains(where: { tree.upos($0) == .det }),
           // ("an official in the Trump administration" is in a government, not a place.)
           !Self.governmentWords.contains(tree.words[match.range.upperBound - 1].form.lowercased()) {
            return Resolution(entity: nameText(Array(match.range)), type: .location)
        }
        return resolved ?? Resolution(entity: nil, type: .concept)
    }

    /// Prepositions before a place that say where, not who: after one, a seat of power is the place.
    static let settingCases: Set<String> = ["in", "inside", "outside", "near"]

    /// Last words of a metonym that name a government, not a place ("the Trump administration").
    static let governmentWords: Set<String> = ["administration", "government", "regime", "cabinet", "presidency"]

    /// Whether a name ends in a word that names a thing ("Civil Liberties Act", "Earth Day"), and does not open
    /// with a given name or title ("Doris Day", "Mr Law" are people), or is a storm's ("Cyclone Debbie").
    static func isThingName(_ entity: String) -> Bool {
        // The year of an edition is no part of what names it ("Earth Day 2017").
        let words = entity.split(separator: " ").map(String.init).filter { $0.contains(where: \.isLetter) }
        // The storm's own name follows the opener ("Tropical Storm Doris"); "the Cyclone Testing Station" is a body.
        if (2...3).contains(words.count), L.stormOpeners.contains(words[words.count - 2].lowercased()) { return true }
        guard let last = words.last, L.thingNameHeads.contains(last) else { return false }
        guard words.count > 1, let first = words.first else { return true }
        return PersonVocabulary.gender(ofGivenName: first) == nil && PersonVocabulary.title(first) == nil
    }

    /// How a person's resolved name is written: the name alone ("Angela Merkel"), or a surname with its
    /// courtesy title ("Ms Novak"), which `DocumentResolver` resolves to the full name the article gives.
    func personEntity(_ clean: CleanName) -> String {
        let name = withoutLeadingCountry(clean.words)
        if name.count == 1, let title = clean.title { return tree.words[title].form + " " + nameText(name) }
        return nameText(name)
    }


    /// The first country named inside a phrase ("Iranian" in "Iranian Foreign Minister X").
    func country(mentionedIn phrase: Phrase) -> String? {
        var words = phrase.words
        if let name = tree.titledName(phrase.head) { words += tree.subtree(of: phrase.head).filter { !name.contains($0) } }
        for w in words.sorted() { if let match = matches[w], match.entry.type == .country { return match.entry.entity } }
        return nil
    }

    /// A person's name without a country the parser glued to its front ("Belarus Alexander Lukashenko").
    func withoutLeadingCountry(_ name: [Int]) -> [Int] {
        guard let first = name.first, let match = matches[first], match.entry.type == .country,
              match.range.lowerBound == first, name.count - match.range.count >= 2 else { return name }
        return name.filter { !match.range.contains($0) && !(tree.words[$0].form == "'s" || tree.words[$0].form == "'") }
    }

    /// Whether a name has capitalised words outside a gazetteer match.
    func extendsBeyond(_ range: Range<Int>, _ name: [Int]) -> Bool {
        name.contains { !range.contains($0) && tree.words[$0].form.first?.isUppercase == true }
    }

    /// The proper-name words around a PROPN head: its flat/compound PROPN dependents, contiguous.
    func nameWords(_ head: Int) -> [Int] {
        var words = [head]
        for c in tree.children[head] {
            let r = tree.relation(c)
            let capitalized = tree.words[c].form.first?.isUppercase == true
            // Titles and nationalities in front of a name are not part of it ("Syrian President Bashar al-Assad").
            if L.roleNouns.contains(tree.lemma(c)) || L.titleWords.contains(tree.lemma(c)) || matches[c]?.entry.kind == .demonym {
                continue
            }
            if (r == .flat || r == .compound) && (tree.upos(c) == .propn || capitalized)
                || (r == .amod && capitalized && c < head && tree.upos(head) == .propn) {
                // Not what hangs from the part by a preposition or a clause: "Rodrigo Duterte of the Philippines"
                // is Rodrigo Duterte; nor its possessive ending ("Donald Trump's" with "'s" on "Trump").
                words += tree.subtree(of: c) { [.nmod, .nmodPoss, .appos, .acl, .aclRelcl, .case].contains(tree.relation($0)) }
            }
        }
        // A name starts with a capitalised word or a name particle: what a modifier brought in front of it is a
        // description ("the digital director Brad Parscale", with "director" hanging from "Brad").
        words.sort()
        while words.count > 1, let f = words.first, f != head, !startsName(f) { words.removeFirst() }
        // Keep the punctuation inside a name ("Amir-Abdollahian" is tokenized Amir, -, Abdollahian), and the
        // name words next to it that the parser attached elsewhere.
        guard var first = words.min(), let last = words.max() else { return words }
        // Two names the parser ran together ("the International Monetary Fund and World Bank" with "Fund" a part of
        // "Bank"): the one the head is in, when the words before "and" end like a name ("Rocket and Space
        // Corporation Energia" is one).
        if let and = (first...last).last(where: { $0 < head && tree.upos($0) == .cconj && tree.relation($0) == .cc }), and > 0,
           L.organizationWords.contains(tree.words[and - 1].form) {
            first = and + 1
        }
        return tree.widenedName(first...last)
    }

    /// Whether a word may open a name: capitalised ("Brad"), or a particle ("al-Assad", "de Mistura").
    private func startsName(_ w: Int) -> Bool {
        let form = tree.words[w].form
        return form.first?.isUppercase == true || L.nameParticles.contains(form.lowercased())
    }

    /// The name as written: forms joined by the spaces the text had ("Amir-Abdollahian", not "Amir - Abdollahian").
    func nameText(_ words: [Int]) -> String {
        // Stray punctuation at the edges is not part of a name: '"?Sean Spicer' (a quote the source lost),
        // "-Maya Shetreat-Klein".
        let hasAlphanumeric = { (w: Int) in self.tree.words[w].form.contains { $0.isLetter || $0.isNumber } }
        var trimmed = words[...]
        while trimmed.count > 1, let first = trimmed.first, !hasAlphanumeric(first) { trimmed.removeFirst() }
        while trimmed.count > 1, let last = trimmed.last, !hasAlphanumeric(last), tree.words[last].form != ")" { trimmed.removeLast() }
        // An editor's square brackets are no part of a name: "[Donald] Trump", "Sergey] Lavrov" (a quote cut).
        return tree.text(of: trimmed.filter { tree.words[$0].form != "[" && tree.words[$0].form != "]" })
    }

    /// Organisation when a name has an organisation word, is an acronym or is one word; person for two to four
    /// capitalised words; otherwise an organisation-like group.
    static func guessType(_ allForms: [String]) -> EntityType {
        let forms = allForms.filter { $0.first?.isLetter == true }
        if let last = forms.last, L.locationWords.contains(last) { return .location }
        if forms.count > 1, let first = forms.first, L.placeOpeners.contains(first.lowercased()) { return .location }
        if forms.contains(where: L.organizationWords.contains) || forms.contains(where: L.polityNameWords.contains) { return .org }
        if forms.count == 1, let only = forms.first, only.count >= 2, only.allSatisfy({ $0.isUppercase || $0 == "." }) { return .org }
        let words = forms.filter { !L.nameParticles.contains($0.lowercased()) }
        if (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) { return .person }
        // One unknown capitalised word acting is most often a company, party or agency ("Gazprom", "Reuters");
        // a surname is resolved to its person by the document's other mentions (`DocumentResolver`).
        return words.count == 1 ? .org : .group
    }
}

extension DependencyTree {
    /// The name after a title ("Foreign Minister Hossein Amir-Abdollahian", parsed with the title as head and
    /// the name as its flat dependents), or nil when the head is not a title followed by a name.
    /// After a relational noun, only a name in apposition counts ("her husband Peter Berg", "his wife, Maria
    /// Lopez"): "the son of Peter Berg" is not Peter Berg.
    func titledName(_ head: Int) -> [Int]? {
        let relational = SyntaxLexicon.relationalNouns.contains(lemma(head)) && upos(head) == .noun
        guard SyntaxLexicon.roleNouns.contains(lemma(head)) || SyntaxLexicon.bodyNouns.contains(lemma(head)) || relational
        else { return nil }
        // A surname inside a person's name is no title: "Steve King (R-Iowa)" is Steve King.
        guard words[head].entity != "I-PER" else { return nil }
        // Nor is the first word of a company's name: "General Electric Co" is no General Electric.
        guard !children(of: head, [.flat, .compound]).contains(where: { $0 > head && SyntaxLexicon.organizationWords.contains(words[$0].form) })
        else { return nil }
        // A bracketed abbreviation is the head's other name, not a person's: "the International Cocoa
        // Organisation (ICCO)".
        // A name after a title's "for" or "to" phrase that is another title is that title's: "The spokesman for UN
        // chief Antonio Guterres" is the spokesman, not Guterres ("the ambassador to the UN, Nikki Haley" is she).
        let principal = children(of: head, [.nmod]).filter { n in
            n > head && isRoleWord(n) && children(of: n, [.case]).contains { ["for", "to"].contains(words[$0].form.lowercased()) }
        }.min()
        var parts = children(of: head, [.flat, .appos, .compound]).filter { p in
            p > head && upos(p) == .propn && words[p - 1].form != "(" && principal.map { p < $0 } ?? true
        }
        // "Secretary of State Rex Tillerson" parsed as Secretary –nmod→ Rex: a person's name, not an organisation.
        // Not a name with a title of its own: "an adviser to President Emmanuel Macron" is his adviser. After a
        // body, only a name it belongs to ("the government of Alexis Tsipras", "the administration under Barack
        // Obama"): "the UN mission to South Sudan" is no one (after a title any may be, as one name: "Envoy for
        // Syria Staffan de Mistura").
        let isTitle = SyntaxLexicon.roleNouns.contains(lemma(head))
        if parts.isEmpty, !relational {
            parts = children(of: head, [.nmod]).filter { n in
                n > head && upos(n) == .propn
                    && (isTitle || children(of: n, [.case]).allSatisfy { ["of", "under"].contains(words[$0].form.lowercased()) })
                    // (Where the office is held is no name: "a senior general in South Sudan", "Team Leader at
                    // Deutsche Welle".)
                    && !children(of: n, [.case]).contains { Self.settingPrepositions.contains(words[$0].form.lowercased()) }
                    // (Nor a title of its own, capitalised or plural: "Middle East advisor to Presidents George W Bush
                    // and Bill Clinton" serves them.)
                    && !isRoleWord(n) && !children[n].contains { $0 < n && SyntaxLexicon.roleNouns.contains(lemma($0)) }
                    // (Not a name the entity tagger calls an organisation, with no person in it: "correspondent for
                    // American Urban Radio Networks" is its correspondent, not a person's title. A place may be read
                    // with the name after it: "Envoy for Syria Staffan de Mistura".)
                    && (!words[n].entity.hasSuffix("-ORG")
                        || (subtree(of: n) + widenedName(n...n)).contains { words[$0].entity.hasSuffix("-PER") })
                    && ArgumentResolver.guessType(widenedName(n...n).map { words[$0].form }) == .person
            }
        }
        // Not the comma that closes an apposition ("The head of the fund, Maria Lopez, was …"), a party label
        // loosened from the name ("Adam Schiff, D-California") or an age ("her colleague, Violet Smith, 29").
        guard let first = parts.min(),
              let last = parts.map({ subtree(of: $0, excluding: { [.punct, .num].contains(self.upos($0)) || self.relation($0) == .dep }).max() ?? $0 }).max()
        else { return nil }
        return widenedName(first...last)
    }

    /// Prepositions that say where an office is held, never whose name follows it.
    static let settingPrepositions: Set<String> = ["in", "at", "from", "on", "with", "near", "inside", "outside"]

    /// Whether word `w` dates an office rather than names it ("former", "acting", whose lemma is "act").
    func isOfficeTimeWord(_ w: Int) -> Bool {
        SyntaxLexicon.officeTimeWords.contains(words[w].form.lowercased()) || SyntaxLexicon.officeTimeWords.contains(lemma(w).lowercased())
    }

    /// Whether word `w` is a noun or proper noun naming a role ("minister", "Chairman").
    /// Whether word `p` is a participle of `hyphen-participles` (or, with `led`, "led") after a hyphen that follows
    /// a word: "Paris - based", "Iran - allied".
    func isHyphenParticiple(_ p: Int, led: Bool = false) -> Bool {
        guard p >= 2, p < count, words[p - 1].form == "-" else { return false }
        let form = words[p].form.lowercased()
        return SyntaxLexicon.hyphenParticiples.contains(form) || led && form == "led"
    }

    /// Whether word `w` is a role noun or a title word by its lemma, whatever its tag ("President", "minister",
    /// "Vice").
    func isRoleOrTitleWord(_ w: Int) -> Bool {
        let lemma = lemma(w).lowercased()
        return SyntaxLexicon.roleNouns.contains(lemma) || SyntaxLexicon.titleWords.contains(lemma)
    }

    func isRoleNoun(_ w: Int) -> Bool {
        SyntaxLexicon.roleNouns.contains(lemma(w)) && (upos(w) == .noun || upos(w) == .propn)
    }

    /// Whether a word is a role noun in any case or number, whatever its tag ("Presidents", "Ministers").
    func isRoleWord(_ w: Int) -> Bool {
        let folded = lemma(w).lowercased()
        return SyntaxLexicon.roleNouns.contains(folded) || folded.hasSuffix("s") && SyntaxLexicon.roleNouns.contains(String(folded.dropLast()))
    }

    /// Whether word `i` is a hyphen written without spaces between two words ("Amir-Abdollahian",
    /// "Secretary-General", which the tokenizer splits in three).
    func isHyphenJoiner(_ i: Int) -> Bool {
        words[i].form == "-" && !words[i].spaceAfter && i > 0 && !words[i - 1].spaceAfter
    }

    /// A name span grown over the adjacent capitalised proper-noun words and inner hyphens, stopping at titles:
    /// "Hossein" + "Amir - Abdollahian" when the parser split the name in two.
    func widenedName(_ range: ClosedRange<Int>) -> [Int] {
        func isNameWord(_ i: Int) -> Bool {
            upos(i) == .propn && words[i].form.first?.isUppercase == true
                && !SyntaxLexicon.roleNouns.contains(lemma(i)) && !SyntaxLexicon.titleWords.contains(lemma(i))
                && !SyntaxLexicon.organizationWords.contains(words[i].form)
        }
        var first = range.lowerBound
        var last = range.upperBound
        while last + 1 < count, isNameWord(last + 1) || (isHyphenJoiner(last + 1) && last + 2 < count && isNameWord(last + 2)) { last += 1 }
        while first > 0, isNameWord(first - 1) || (isHyphenJoiner(first - 1) && first > 1 && isNameWord(first - 2)) { first -= 1 }
        return Array(first...last)
    }
}
