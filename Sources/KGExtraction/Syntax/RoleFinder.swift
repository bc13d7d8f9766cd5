import KGCore
import KGSyntax

/// Finds role assertions: titles ("Iranian Foreign Minister Hossein Amir-Abdollahian"), appositions ("John
/// Kirby, spokesman for the National Security Council") and copulas ("X is the president of Y").
struct RoleFinder {
    /// The most words an office's name has ("first deputy foreign minister", "deputy chief of staff").
    static let maximumRoleWords = 5

    let tree: DependencyTree
    let finder: PropositionFinder

    typealias L = SyntaxLexicon

    init(_ tree: DependencyTree) {
        self.tree = tree
        finder = PropositionFinder(tree)
    }

    func roles() -> [Proposition] {
        var out: [Proposition] = []
        // A name the tagger marks as a place or an organisation holds no office ("UN Secretary-General Antonio
        // Guterres" parsed with "General …" as the apposition of "UN").
        for w in 0..<tree.count where tree.upos(w) == .propn && !isNamePart(w) && !SurfaceTitle.isPlaceOrOrganization(w, tree) {
            // Title before the name: compound/amod role noun among the name's dependents.
            for role in tree.children[w] where isRoleNoun(role) && role < w && ![.det, .case, .punct, .conj].contains(tree.relation(role)) {
                out.append(contentsOf: proposition(person: w, role: role))
            }
            // Not an apposition that names a member of a set ("…, including Moscow's ambassador to the US") or
            // follows a conjunct of the name (it describes the conjunct: "Carver, and officials, including X's envoy").
            for role in tree.children(of: w, [.appos]) where isRoleNoun(role) && tree.child(of: role, [.case]) == nil
                && !tree.children(of: w, [.conj]).contains(where: { w < $0 && $0 < role }) {
                out.append(contentsOf: proposition(person: w, role: role))
            }
        }
        // The title as head, the name as its dependents: "Foreign Minister Hossein Amir-Abdollahian".
        for role in 0..<tree.count where isRoleNoun(role) {
            guard let name = tree.titledName(role) else { continue }
            out.append(contentsOf: proposition(personWords: name, role: role))
        }
        // "X is the president of Y".
        // Not when the role noun titles a name after it: "Ross will be President Donald Trump's top official"
        // makes Ross no president.
        for c in 0..<tree.count where isRoleNoun(c) && tree.child(of: c, [.cop]) != nil
            && !(c + 1 < tree.count && tree.words[c + 1].entity.hasSuffix("-PER")) {
            for subject in finder.subjectHeads(of: c) where tree.upos(subject) == .propn {
                out.append(contentsOf: proposition(person: subject, role: c))
            }
        }
        // Titles the parse garbled, read off the words before a name the tagger marks as a person.
        let named = Set(out.compactMap(\.subject).flatMap(\.words))
        for title in SurfaceTitle.all(in: tree) where !title.name.contains(where: named.contains) {
            out.append(contentsOf: proposition(title))
        }
        // Appositions the parse garbled, read off the words after the name ("X, spokesperson for Y, said").
        let titled = Set(out.compactMap(\.subject).flatMap(\.words))
        for apposition in SurfaceApposition.all(in: tree) where !apposition.name.contains(where: titled.contains) {
            out.append(contentsOf: proposition(apposition))
        }
        // "Trump's lawyer Michael Cohen", "his opponent Hillary Clinton": a person's relation to another.
        for title in RelationalTitle.all(in: tree) {
            let name = Array(title.name)
            let nameHead = name.first { w in tree.head(of: w).map { !title.name.contains($0) } ?? true } ?? title.name.upperBound
            guard let possessorHead = title.possessor.last else { continue }
            out.append(Proposition(
                predicate: title.noun.upperBound, relationWords: Array(title.noun),
                lemma: (title.noun.count == 1 ? tree.lemma(title.noun.lowerBound).lowercased()
                    : title.noun.map { tree.words[$0].form.lowercased() }.joined()) + " of",
                subject: Phrase(head: nameHead, words: name), object: Phrase(head: possessorHead, words: title.possessor),
                confidence: ExtractionConfidence.role, isRole: true))
        }
        // "said Tom Ruiz of the Heritage Foundation": a person of an organisation works for it.
        for w in 0..<tree.count where SurfaceTitle.isPerson(w, tree) && !isNamePart(w) {
            out.append(contentsOf: affiliation(person: w))
        }
        // One office read twice, once cut short by the parse ("first deputy" of "First Deputy Foreign Minister"): the
        // whole one stands.
        return out.filter { p in
            !out.contains { other in
                other.subject?.words == p.subject?.words && other.object?.head == p.object?.head
                    && Set(p.relationWords).isStrictSubset(of: Set(other.relationWords))
            }
        }
    }

    /// "Tom Ruiz of the Heritage Foundation", "Anna Berg of the University of Oxford" → the person works for the
    /// organisation: an "of" phrase right after the name whose words name an organisation (an organisation word
    /// such as "Foundation", "University", "Bank", or the tagger's ORG). Not "Maria Weber of Texas" (a place).
    private func affiliation(person w: Int) -> [Proposition] {
        var out: [Proposition] = []
        var last = w
        while last + 1 < tree.count, tree.words[last + 1].entity == "I-PER" { last += 1 }
        let nameWords = Array(SurfaceTitle.personNameStart(endingAt: last, in: tree)...last)
        // The organisation is named ("the Senate committee" is a description).
        for n in tree.children(of: w, [.nmod]) where n > last && tree.upos(n) == .propn {
            guard let of = tree.child(of: n, [.case]), tree.words[of].form.lowercased() == "of", of == last + 1 else { continue }
            let words = finder.phraseWords(n).filter { $0 > of }
            let organizational = words.contains { L.organizationWords.contains(tree.words[$0].form) }
                || tree.words[n].entity.hasSuffix("-ORG")
            guard organizational, !words.contains(where: { SurfaceTitle.isPerson($0, tree) }) else { continue }
            out.append(Proposition(
                predicate: of, relationWords: [of], lemma: "work for",
                subject: Phrase(head: w, words: nameWords), object: Phrase(head: n, words: words),
                confidence: ExtractionConfidence.role, isRole: true))
        }
        return out
    }

    /// Whether a word is the "Crown" of "Crown Prince", part of the title and no one's office.
    private func isCrown(_ w: Int) -> Bool {
        tree.words[w].form.lowercased() == "crown" && w + 1 < tree.count && ["prince", "princess"].contains(tree.words[w + 1].form.lowercased())
    }

    /// "White House chief of staff Reince Priebus" → Reince Priebus –chief of staff of→ White House, when the
    /// title has an organisation in front.
    private func proposition(_ title: SurfaceTitle) -> [Proposition] {
        // ("Saudi Crown Prince X": the crown is the title's, Saudi Arabia the office's.)
        guard var organization = title.organization else { return [] }
        if let last = organization.last, isCrown(last) { organization.removeLast() }
        guard let head = organization.last,
              let predicate = title.title.last(where: { SurfaceTitle.roleNoun($0, tree) != nil }),
              !organization.allSatisfy({ isNationality($0, ofTrade: predicate) }) else { return [] }
        let roleName = title.roleName(tree)
        guard !roleName.isEmpty else { return [] }
        return [Proposition(
            predicate: predicate, relationWords: title.title, lemma: roleName + " of",
            subject: Phrase(head: title.name.upperBound, words: Array(title.name)),
            object: Phrase(head: head, words: organization), confidence: ExtractionConfidence.role, isRole: true)]
    }

    /// "Jacqueline Kirby, spokesperson for the El Paso County Sheriff's Office" → Jacqueline Kirby –spokesperson of→
    /// El Paso County Sheriff's Office.
    private func proposition(_ apposition: SurfaceApposition) -> [Proposition] {
        let head = apposition.organizationHead(tree)
        guard let predicate = apposition.title.last(where: { SurfaceTitle.roleNoun($0, tree) != nil }) ?? apposition.title.last,
              !apposition.organization.allSatisfy({ isNationality($0, ofTrade: predicate) }) else { return [] }
        let roleName = apposition.roleName(tree)
        guard !roleName.isEmpty else { return [] }
        return [Proposition(
            predicate: predicate, relationWords: apposition.title, lemma: roleName + " of",
            subject: Phrase(head: apposition.name.upperBound, words: Array(apposition.name)),
            object: Phrase(head: head, words: apposition.organization), confidence: ExtractionConfidence.role, isRole: true)]
    }

    /// Whether `organization` is no employer of a trade's role noun ("historian", "expert"): a nationality or a
    /// place right before it ("a Pakistani historian", "a Greece specialist" is no historian of Pakistan, where a
    /// Pakistani minister is a minister of it), or a subject after it ("an expert on Gambia", "an organiser in
    /// Paris"): only "at", "with", "for" and "of" name whom the trade works for.
    private func isNationality(_ organization: Int, ofTrade role: Int) -> Bool {
        guard L.occupationNouns.contains(tree.lemma(role).lowercased()) else { return false }
        if let preposition = finder.preposition(of: organization), !L.possessiveEndings.contains(preposition) {
            return !Self.appositionOrganizationPrepositions.contains(preposition.lowercased())
        }
        return tree.upos(organization) == .adj || tree.words[organization].entity.hasSuffix("-LOC")
    }

    /// A title written before the name and parsed as the name's compound: "Defence Secretary" in "Philippine
    /// Defence Secretary Delfin Lorenzana", where the parser hangs the proper-noun title from the surname. The
    /// title is then its whole subtree, never part of the name. (Appositions, "X, then a professor at Y", are not.)
    private func isTitleCompound(_ role: Int, of person: Int) -> Bool {
        guard tree.head(of: role) == person, tree.relation(role) == .compound else { return false }
        return tree.subtree(of: role).allSatisfy { $0 < person && tree.upos($0) != .punct }
    }

    private func isNamePart(_ w: Int) -> Bool {
        let r = tree.relation(w)
        return r == .flat || (r == .compound && tree.head(of: w).map { tree.upos($0) == .propn } ?? false)
    }

    /// Prepositions that tie an apposition's role to its organisation when the parse hung it from the name.
    static let appositionOrganizationPrepositions: Set<String> = ["at", "with", "of", "for"]

    /// Offices held towards someone, named with "to" ("ambassador to Russia", "envoy to the UN", "an adviser to
    /// Dick Cheney").
    static let envoyOffices: Set<String> = [
        "ambassador", "envoy", "representative", "emissary", "delegate", "attache", "consul", "adviser", "advisor", "aide",
        "assistant", "counsel", "consultant", "liaison", "successor", "heir", "secretary",
    ]

    private func isRoleNoun(_ w: Int) -> Bool { tree.isRoleNoun(w) }

    /// The person's name without the title words; the organisation from the role's modifiers or its "of/for" phrase.
    private func proposition(person: Int, role: Int) -> [Proposition] {
        // In "X is the president of Y" the person is inside the role's subtree; the title is the rest.
        let roleSubtree = Set(tree.subtree(of: role))
        let titleWords = isTitleCompound(role, of: person) ? roleSubtree : roleSubtree.subtracting(tree.subtree(of: person))
        let personWords = tree.subtree(of: person) { child in
            titleWords.contains(child) || !(tree.relation(child) == .flat || (tree.relation(child) == .compound && tree.upos(child) == .propn))
        }
        return proposition(personWords: personWords, role: role)
    }

    private func proposition(personWords name: [Int], role: Int) -> [Proposition] {
        // The name as one span, with its inner hyphens ("Bashar al-Assad").
        guard let first = name.min(), let last = name.max() else { return [] }
        let personWords = Array(first...last)
        let person = last
        // The name's own head ("Lee" in "Lee Jae-yong", whose other words hang from it), so that the name
        // resolves as a name and not as its last syllable.
        let nameHead = personWords.first { w in tree.head(of: w).map { !personWords.contains($0) } ?? true } ?? last
        let roleModifiers = tree.children(of: role, [.compound, .amod, .nmodPoss, .nmod, .flat])
        // The organisation: "for the National Security Council", "of Iran", "Iran's", "Iranian", "US … Council".
        var organization: Int?
        // "a professor of economics at Fudan University": the named one of several, else the first.
        let named = { (m: Int) in self.tree.upos(m) == .propn && self.tree.words[m].form.first?.isUppercase == true }
        // "Minister for Public Expenditure": a portfolio, not whose minister; "head of the National Development and
        // Reform Commission" names a body.
        let portfolio = { (m: Int) in
            self.tree.relation(m) == .nmod && L.portfolioWords.contains(self.tree.lemma(m).lowercased())
                && !self.tree.subtree(of: m).contains { L.organizationWords.contains(self.tree.words[$0].form) }
        }
        // "to" names the office's holder only for an envoy or aide ("ambassador to Russia"): "the visit of Prime Minister
        // (Shinzo) Abe to Russia" with "to Russia" hung on the title is where he goes.
        let destination = { (m: Int) in
            self.tree.relation(m) == .nmod && self.finder.preposition(of: m) == "to" && !Self.envoyOffices.contains(self.tree.lemma(role).lowercased())
                // Nor, after a title before the name, where the holder is ("Cuban leader Raul Castro in Havana" is
                // Cuba's leader; "Anna Berg, a professor at Fudan University" is the university's).
                || role < first && m > last && self.tree.relation(m) == .nmod
                    && self.finder.preposition(of: m).map { DependencyTree.settingPrepositions.contains($0.lowercased()) } == true
        }
        let ofPhrases = roleModifiers.filter { m in
            !(first...last).contains(m) && [.nmod, .nmodPoss].contains(tree.relation(m)) && !L.titleWords.contains(tree.lemma(m))
                && !portfolio(m) && !destination(m)
        }
        let preferred = ofPhrases.first(where: named) ?? ofPhrases.first
        for m in roleModifiers where !(first...last).contains(m) && !destination(m) {
            let r = tree.relation(m)
            if r == .nmod || r == .nmodPoss {
                // "Secretary of State" is a title; "president of France" names the country.
                if L.titleWords.contains(tree.lemma(m)) || portfolio(m) || m != preferred { continue }
                // "UNICEF spokesperson for refugee and migrant crisis": a named owner before the title is whose it
                // is; an unnamed phrase after it is the office's field.
                if let owner = organization, named(owner), !named(m) { break }
                organization = m
                break
            }
            // "Prime", "Foreign", "Vice" are part of the title, not the organisation; but a party's leader
            // is its leader: "Labour leader Jeremy Corbyn" (not the "Labour Minister", a portfolio).
            if L.titleWords.contains(tree.lemma(m)), !(L.partyRoleNouns.contains(tree.lemma(role)) && tree.upos(m) == .propn) { continue }
            if tree.upos(m) == .propn || (tree.upos(m) == .adj && tree.words[m].form.first?.isUppercase == true) {
                organization = organization ?? m
            }
        }
        // "Syrian President Bashar al-Assad" parsed with "Syrian" on the name rather than the title.
        if organization == nil, let root = personWords.first(where: { w in tree.head(of: w).map { !personWords.contains($0) } ?? true }) {
            organization = tree.children(of: root, [.amod, .compound, .nmodPoss]).first { m in
                m < role && !L.titleWords.contains(tree.lemma(m)) && !L.roleNouns.contains(tree.lemma(m))
                    && tree.words[m].form.first?.isUppercase == true && PersonVocabulary.title(tree.words[m].form) == nil
            }
        }
        // "President Rodrigo Duterte of the Philippines": the country hangs from the name. So does the
        // organisation of an apposition the parser cut short ("Anna Berg, an analyst at Nordea Bank" with "Bank"
        // on "Anna"): a name after the role word, by "at", "with", "of" or "for".
        if organization == nil {
            let prepositions: Set<String> = role < first ? ["of"] : Self.appositionOrganizationPrepositions
            organization = personWords.lazy.flatMap { self.tree.children(of: $0, [.nmod]) }.first { n in
                !personWords.contains(n) && (role < first || n > role) && self.tree.upos(n) == .propn
                    && self.finder.preposition(of: n).map { prepositions.contains($0.lowercased()) } == true
            }
        }
        // Last resort, by position: the capitalised word right before the title ("British Prime Minister …"
        // with "British" mis-attached to the verb), or the possessor ("Venezuela's President …" with
        // "Venezuela's" hung from the verb).
        if organization == nil, role < first {
            var k = role - 1
            while k >= 0, L.titleWords.contains(tree.lemma(k)) { k -= 1 }
            if k >= 1, L.possessiveEndings.contains(tree.words[k].form) { k -= 1 }
            if k >= 0, k < role, [.adj, .propn].contains(tree.upos(k)), tree.words[k].form.first?.isUppercase == true,
               !L.roleNouns.contains(tree.lemma(k)) {
                organization = k
            }
        }
        // "the BBC's Moscow correspondent": the place is where the office is held; the owner before it holds it.
        if let place = organization, tree.relation(place) == .compound, tree.words[place].entity.hasSuffix("LOC"),
           let owner = tree.child(of: place, [.nmodPoss]), !tree.words[owner].entity.hasSuffix("LOC") {
            organization = owner
        }
        guard let organization, !isNationality(organization, ofTrade: role), !isCrown(organization) else { return [] }
        let orgWords = Set(tree.subtree(of: organization))
        // In "X is the president of Y" the name's subtree is not the title's; when the title hangs from the name
        // ("Defence Secretary" a compound of "Lorenzana"), only the name's own words are.
        let personSubtree = isTitleCompound(role, of: person) ? Set(personWords) : Set(personWords).union(tree.subtree(of: person))
        var roleWords = tree.subtree(of: role) { child in
            let r = tree.relation(child)
            // "of" stays inside a title ("chief of staff"), not before the organisation.
            // ("editor in chief" too; but "with Attorney General Jeff Sessions", "according to First Deputy …": a
            // preposition before the title is no part of it.)
            let titleCase = r == .case && ["of", "in"].contains(tree.words[child].form.lowercased())
                && tree.head(of: child).map { L.titleWords.contains(tree.lemma($0)) } == true
            return child == organization || r == .punct || r == .det || (r == .case && !titleCase) || r == .cop || r == .aux
                || r?.base == .nsubj || r == .aclRelcl || r == .appos || r == .advmod
                // A clause's conjunction the parser hung on the title ("Before … , X was a reporter for Y").
                || r == .mark || r == .discourse || r == .vocative
                // A clause or a list inside the title's phrase is no part of the office ("a senior editor at
                // The Economist, where he was the Moscow bureau chief from 1998 to 2002").
                || r?.base == .acl || r?.base == .advcl || r == .conj || r == .cc || r == .ccomp || r == .xcomp
                || r == .parataxis || r?.base == .obl || r == .dep || r == .list || r == .nummod
                // The other "of" phrases are no part of the office either ("professor of economics at Fudan
                // University" is a professor of the university), unless a title's ("chief of staff").
                || (r == .nmod && tree.head(of: child) == role && !L.titleWords.contains(tree.lemma(child)))
                // Nor a description of the holder or the place: "a relatively unknown Oslo reporter for Dagbladet"
                // is a reporter of Dagbladet ("senior", "foreign", "chief" are title words and stay).
                || (tree.head(of: child) == role && child != organization && !L.titleWords.contains(tree.lemma(child).lowercased())
                    && ((r == .amod && tree.words[child].form.first?.isLowercase == true)
                        || (r == .compound && tree.words[child].entity.hasSuffix("-LOC"))))
        }
        .filter { !orgWords.contains($0) && !personSubtree.contains($0) && tree.upos($0) != .punct }
        // "former secretary general of": the office, whenever held.
        .filter { !tree.isOfficeTimeWord($0) }
        // "senior adviser of": the adviser's office, graded.
        .filter { !L.officeGradeWords.contains(tree.lemma($0).lowercased()) }
        // "Russian First Deputy Foreign Minister Vladimir Titov" with "First Deputy" hung elsewhere by the parser:
        // the title words right before the title are the office's too (he is no foreign minister).
        if role < first, var k = roleWords.min().map({ $0 - 1 }) {
            while k >= 0, k != organization, !personWords.contains(k), L.titleWords.contains(tree.lemma(k).lowercased()),
                  !tree.isOfficeTimeWord(k), !L.officeGradeWords.contains(tree.lemma(k).lowercased()),
                  tree.words[k].form.first?.isUppercase == tree.words[k + 1].form.first?.isUppercase {
                roleWords.insert(k, at: 0)
                k -= 1
            }
        }
        // The organisation's whole name when the parse hung some of its words elsewhere: "Dutch Coffee Trade
        // Association chairman X" with "Dutch Coffee" off the name, "Norwegian Salmon Export Council chairman
        // X" with "Council" on the title.
        var orgRun = finder.phraseWords(organization)
        var orgHead = organization
        if let first = orgRun.first, let last = orgRun.last, last - first + 1 == orgRun.count {
            var k = first - 1
            while k >= 0, !personSubtree.contains(k), !roleWords.contains(k), SurfaceTitle.isOrganizationWord(k, tree),
                  !(k == 0 && tree.upos(k) == .noun) {
                orgRun.insert(k, at: 0)
                k -= 1
            }
            // Capitalised title words up to an organisation word ("Export Council") belong to the name;
            // "Saudi Oil Minister" keeps "oil" in the title.
            var end = last
            while roleWords.contains(end + 1), SurfaceTitle.isOrganizationWord(end + 1, tree), !L.titleWords.contains(tree.lemma(end + 1)) {
                end += 1
            }
            // (A demonym alone is a country: "Russian Sports Minister" is the sports minister of Russia.)
            if end > last, tree.upos(last) != .adj, L.organizationWords.contains(tree.words[end].form) {
                orgRun += Array((last + 1)...end)
                roleWords.removeAll { (last + 1)...end ~= $0 }
                orgHead = end
            }
        }
        // A word the text doubled by mistake ("chairman chairman") counts once.
        let roleName = roleWords.map { tree.lemma($0) }.reduce(into: [String]()) { names, lemma in
            if names.last != lemma { names.append(lemma) }
        }.joined(separator: " ")
        // An office is a few words; a longer "title" is a parse that ran into the sentence.
        guard !roleName.isEmpty, !personWords.isEmpty, roleWords.count <= Self.maximumRoleWords else { return [] }
        let orgPhrase = Phrase(head: orgHead, words: orgRun)
        return [Proposition(
            predicate: role, relationWords: roleWords, lemma: roleName + " of",
            subject: Phrase(head: nameHead, words: personWords.sorted()), object: orgPhrase, confidence: ExtractionConfidence.role, isRole: true)]
    }
}
