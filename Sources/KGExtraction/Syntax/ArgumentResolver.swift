import KGCore

/// Decides what actor (if any) an argument phrase names: a gazetteer entry covering its head, a country
/// behind a body noun ("Russian troops"), a proper name, or a concept.
struct ArgumentResolver {
    let tree: DependencyTree
    let gazetteer: Gazetteer
    /// Gazetteer matches in the sentence: word index → (match range, entry).
    let matches: [Int: (range: Range<Int>, entry: Gazetteer.Entry)]

    typealias L = SyntaxLexicon

    init(tree: DependencyTree, gazetteer: Gazetteer) {
        self.tree = tree
        self.gazetteer = gazetteer
        var matches: [Int: (range: Range<Int>, entry: Gazetteer.Entry)] = [:]
        let forms = tree.words.map(\.form)
        var i = 0
        while i < forms.count {
            if var entry = gazetteer.longestMatch(in: forms, at: i) {
                let range = i..<(i + entry.words.count)
                if let state = Self.usStateHomonyms[entry.entity], entry.words.count == 1, Self.isUSStateContext(range.lowerBound, tree) {
                    entry = Gazetteer.Entry(words: entry.words, entity: state, type: .location, kind: .name)
                }
                for j in range { matches[j] = (range, entry) }
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
    }

    /// Country names that are also US states: the state when the text says so ("Atlanta, Georgia",
    /// "Georgia's governor", "Washington state").
    static let usStateHomonyms = ["Georgia": "Georgia (US state)", "Washington": "Washington (state)"]

    /// "Atlanta, Georgia", "Georgia governor", "Georgia's legislature", "the state of Georgia".
    static func isUSStateContext(_ i: Int, _ tree: DependencyTree) -> Bool {
        let form = { (k: Int) -> String in k >= 0 && k < tree.count ? tree.words[k].form : "" }
        if form(i - 1) == ",", tree.upos(max(i - 2, 0)) == "PROPN", form(i - 2).first?.isUppercase == true { return true }
        if form(i - 2).lowercased() == "state", form(i - 1) == "of" { return true }
        let next = form(i + 1) == "'s" ? form(i + 2) : form(i + 1)
        return stateWords.contains(next.lowercased())
    }

    private static let stateWords: Set<String> = [
        "governor", "gov.", "legislature", "legislators", "state", "statehouse", "county", "counties",
    ]

    /// The entity and type a phrase refers to, or nil entity for concepts and unresolved pronouns.
    func resolve(_ phrase: Phrase) -> Resolution {
        let head = phrase.head
        let words = Set(phrase.words)
        // A title before a name: "Foreign Minister Hossein Amir-Abdollahian" names the person.
        if let name = tree.titledName(head) {
            let clean = cleanName(withoutLeadingCountry(name))
            return Resolution(entity: personEntity(clean), type: .person)
        }
        // A demonym standing alone names its country ("Iranian" in "Iranian Foreign Minister").
        if words.count == 1, let match = matches[head], match.entry.kind == .demonym {
            return Resolution(entity: match.entry.entity, type: match.entry.type)
        }
        // A government body named after its country: "the Russian Defense Ministry", "Russian Aerospace Forces".
        let body = organizationName(head)
        if let body, body.country != nil {
            return Resolution(entity: nameText(body.words), type: .org, partOf: body.country)
        }
        // A known name covering the head: "Moscow", "the United States", "the Kremlin" — unless it is only
        // part of a longer proper name ("Security Council" in "the National Security Council").
        if let match = matches[head], match.range.allSatisfy({ words.contains($0) || tree.words[$0].form == "the" }) || match.range.count == 1,
           !(tree.upos(head) == "PROPN" && extendsBeyond(match.range, nameWords(head))) {
            if match.entry.kind != .demonym || tree.upos(head) == "PROPN" {
                return Resolution(entity: match.entry.entity, type: match.entry.type)
            }
        }
        // Proper name that is an organisation of a country: "the Russian Defense Ministry" stays an organisation.
        if let body { return Resolution(entity: nameText(body.words), type: .org) }
        if tree.upos(head) == "PROPN" {
            let name = nameWords(head)
            if name.contains(where: { L.organizationWords.contains(tree.words[$0].form) }) {
                return Resolution(entity: nameText(name), type: .org)
            }
        }
        // Body noun with a known modifier: "Russian troops", "Iranian officials", "Moscow's forces" act for
        // the country; the body is kept as the qualifier.
        if L.bodyNouns.contains(tree.words[head].form.lowercased()) || L.bodyNouns.contains(tree.lemma(head)) {
            for m in tree.children(of: head, ["amod", "compound", "nmod:poss", "nmod"]) {
                if let match = matches[m] {
                    let body = phrase.words.filter { $0 > match.range.upperBound - 1 && $0 <= head && tree.relation($0) != "case" }
                    return Resolution(entity: match.entry.entity, type: match.entry.type, qualifier: body.isEmpty ? nil : tree.text(of: body).lowercased())
                }
            }
        }
        // A proper name must look like one: "the defense ministry" tagged PROPN is still a description.
        if tree.upos(head) == "PROPN", tree.words[head].form.first?.isUppercase == true {
            // A phrase that is nothing but a name (as role assertions build them) is the name.
            // Without the title words in front ("President Vladimir Putin" names Vladimir Putin).
            let untitled = Array(phrase.words.drop { L.roleNouns.contains(tree.lemma($0)) || L.titleWords.contains(tree.lemma($0)) })
            let pureName = !untitled.isEmpty && untitled.allSatisfy { tree.upos($0) == "PROPN" || (tree.upos($0) == "PUNCT" && $0 != untitled.first && $0 != untitled.last) }
            let name = pureName ? untitled : nameWords(head)
            // "the President", "Minister", "Monday": a title or a day is no one's name.
            if name.allSatisfy({ L.roleNouns.contains(tree.lemma($0)) || L.titleWords.contains(tree.lemma($0)) || L.temporalNouns.contains(tree.lemma($0)) || tree.upos($0) == "PUNCT" }) {
                return Resolution(entity: nil, type: .concept)
            }
            if let match = matches[head], match.entry.kind == .demonym { return Resolution(entity: match.entry.entity, type: match.entry.type) }
            // Titles mark a person ("Lord Smith", "Gen. Flynn", "Ms Novak"); the named-entity tagger types the
            // names the tables do not know; the word-shape guess is the last resort.
            let clean = cleanName(pureName ? phrase.words.filter { $0 <= (name.last ?? head) } : name)
            let forms = name.map { tree.words[$0].form }
            var type = Self.guessType(forms)
            if !forms.contains(where: L.organizationWords.contains) {
                if clean.isTitled {
                    type = .person
                } else if let tagged = taggedType(clean.words) {
                    type = tagged
                }
            }
            if type == .person { return Resolution(entity: personEntity(clean), type: .person) }
            // An unknown one-word name after "in", "at", "near" is a place ("in Aleppo").
            if type == .org, name.count == 1, let prep = tree.child(of: head, ["case"]), L.placePrepositions.contains(tree.lemma(prep)) {
                type = .location
            }
            return Resolution(entity: nameText(name), type: type)
        }
        return Resolution(entity: nil, type: .concept)
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
    private func extendsBeyond(_ range: Range<Int>, _ name: [Int]) -> Bool {
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
            if (r == "flat" || r == "compound" || r == "flat:name") && (tree.upos(c) == "PROPN" || capitalized)
                || (r == "amod" && capitalized && c < head && tree.upos(head) == "PROPN") {
                words += tree.subtree(of: c)
            }
        }
        // Keep the punctuation inside a name ("Amir-Abdollahian" is tokenized Amir, -, Abdollahian), and the
        // name words next to it that the parser attached elsewhere.
        guard let first = words.min(), let last = words.max() else { return words }
        return tree.widenedName(first...last)
    }

    /// The name as written: forms joined by the spaces the text had ("Amir-Abdollahian", not "Amir - Abdollahian").
    func nameText(_ words: [Int]) -> String {
        tree.text(of: words)
    }

    /// Organisation when a name has an organisation word, is an acronym or is one word; person for two to four
    /// capitalised words; otherwise an organisation-like group.
    static func guessType(_ allForms: [String]) -> EntityType {
        let forms = allForms.filter { $0.first?.isLetter == true }
        if let last = forms.last, L.locationWords.contains(last) { return .location }
        if forms.contains(where: L.organizationWords.contains) { return .org }
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
    func titledName(_ head: Int) -> [Int]? {
        guard SyntaxLexicon.roleNouns.contains(lemma(head)) || SyntaxLexicon.bodyNouns.contains(lemma(head)) else { return nil }
        var parts = children(of: head, ["flat", "appos", "compound", "flat:name"]).filter { $0 > head && upos($0) == "PROPN" }
        if parts.isEmpty {
            // "Secretary of State Rex Tillerson" parsed as Secretary –nmod→ Rex: a person's name, not an organisation.
            parts = children(of: head, ["nmod"]).filter { n in
                n > head && upos(n) == "PROPN"
                    && ArgumentResolver.guessType(widenedName(n...n).map { words[$0].form }) == .person
            }
        }
        guard let first = parts.min(), let last = parts.map({ subtree(of: $0).max() ?? $0 }).max() else { return nil }
        return widenedName(first...last)
    }

    /// A name span grown over the adjacent capitalised proper-noun words and inner hyphens, stopping at titles:
    /// "Hossein" + "Amir - Abdollahian" when the parser split the name in two.
    func widenedName(_ range: ClosedRange<Int>) -> [Int] {
        func isNameWord(_ i: Int) -> Bool {
            upos(i) == "PROPN" && words[i].form.first?.isUppercase == true
                && !SyntaxLexicon.roleNouns.contains(lemma(i)) && !SyntaxLexicon.titleWords.contains(lemma(i))
                && !SyntaxLexicon.organizationWords.contains(words[i].form)
        }
        func isJoiner(_ i: Int) -> Bool { words[i].form == "-" && !words[i].spaceAfter && i > 0 && !words[i - 1].spaceAfter }
        var first = range.lowerBound
        var last = range.upperBound
        while last + 1 < count, isNameWord(last + 1) || (isJoiner(last + 1) && last + 2 < count && isNameWord(last + 2)) { last += 1 }
        while first > 0, isNameWord(first - 1) || (isJoiner(first - 1) && first > 1 && isNameWord(first - 2)) { first -= 1 }
        return Array(first...last)
    }
}
