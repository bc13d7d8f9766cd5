import KGSyntax

/// A title read off the words before a name that the named-entity tagger marks as a person, for when the parse
/// garbles it: "White House chief of staff Reince Priebus" (with the name parsed as a clausal complement),
/// "Ukrainian President Pyotr Poroshenko" (with "Ukrainian" as the head of it all), "Trump's senior strategist
/// Steve Bannon", "International Rubber Organisation (INRO) buffer stock manager Aldo Hofmeister".
///
/// The title is the run of words right before the name that are title words, role nouns or lower-case nouns and
/// adjectives ("buffer stock manager"), with at least one role noun; what it belongs to is the capitalised name,
/// demonym or possessor right before the title, when there is one.
struct SurfaceTitle {
    /// The person's name: the tagger's PER span, without title words it took in.
    let name: ClosedRange<Int>
    /// The title's words in order ("chief", "of", "staff"), at least one of them a role noun.
    let title: [Int]
    /// The capitalised words the title belongs to ("White House", "Ukrainian", "Trump" of "Trump's"), or nil.
    let organization: [Int]?

    typealias L = SyntaxLexicon

    /// Longest title and organisation runs read, in words.
    static let longestRun = 6

    /// The title before the person name that ends at `last` (a word tagged `B-PER`/`I-PER`), or nil when the
    /// words before the name are no title.
    init?(nameEndingAt last: Int, in tree: DependencyTree) {
        guard Self.isPerson(last, tree) else { return nil }
        var first = last
        while first > 0, tree.words[first].entity == "I-PER", Self.isPerson(first - 1, tree) { first -= 1 }
        // A title the tagger took into the name ("President Putin" all tagged PER) goes back to the title.
        while first < last, Self.isTitleWord(first, tree) { first += 1 }
        var k = first - 1
        var title: [Int] = []
        // A lower-case word before a capitalised title describes the person, it is no part of the office:
        // "Trillanes's partymate Senator X" is a senator, not a "partymate senator" of Trillanes.
        var capitalisedAfter = false
        while k >= 0, title.count < Self.longestRun, Self.mayBeInTitle(k, tree) || tree.isHyphenJoiner(k) {
            let form = tree.words[k].form
            if capitalisedAfter, form.first?.isLowercase == true, !Self.isTitleWord(k, tree), form != "of" { break }
            // "an aide of President Moon", "a confidant of President Park": a lower-case office "of" a capitalised
            // title is someone else's, not part of the title ("chief of staff", "Secretary of State" are one).
            if form.first?.isLowercase == true, form != "of", k + 2 < tree.count, tree.words[k + 1].form == "of",
               tree.words[k + 2].form.first?.isUppercase == true { break }
            capitalisedAfter = capitalisedAfter || form.first?.isUppercase == true
            title.insert(k, at: 0)
            k -= 1
        }
        // "of" opens no title ("the leader of party chief X" is not "of party chief"), nor does a hyphen.
        while let w = title.first, tree.words[w].form.lowercased() == "of" || tree.words[w].form == "-" { title.removeFirst() }
        // The word next to the name ends the office: a role noun or a title word ("chief of staff"), not a noun
        // after it ("The Russian ambassador texts Flynn" with "texts" read as a noun); "president-elect" is one.
        // ("Toyota chief executive Akio Sato" with "executive" tagged as an adjective still ends in a role noun.)
        guard let adjacent = title.last, tree.upos(adjacent) == .noun || tree.upos(adjacent) == .propn
                || tree.upos(adjacent) == .adj && Self.roleNoun(adjacent, tree) != nil && title.count > 1,
              Self.isTitleWord(adjacent, tree) || adjacent >= 2 && tree.isHyphenJoiner(adjacent - 1) && Self.isTitleWord(adjacent - 2, tree),
              title.contains(where: { Self.roleNoun($0, tree) != nil }) else { return nil }
        self.name = first...last
        var organization = Self.organization(before: title[0], in: tree)
        // "Labour leader Jeremy Corbyn": a capitalised portfolio word before a party's role names the party
        // (a "Labour Minister" holds the portfolio).
        if organization == nil, title.count == 2, tree.upos(title[0]) == .propn, Self.isTitleWord(title[0], tree),
           L.partyRoleNouns.contains(tree.lemma(title[1])) {
            organization = [title.removeFirst()]
        }
        self.title = title
        self.organization = organization
    }

    /// Every titled person name in the sentence (each name once, at its last word).
    static func all(in tree: DependencyTree) -> [SurfaceTitle] {
        (0..<tree.count).compactMap { w in
            let ends = w + 1 == tree.count || tree.words[w + 1].entity != "I-PER"
            return ends ? SurfaceTitle(nameEndingAt: w, in: tree) : nil
        }
    }

    /// The role's name as `RoleFinder` writes it: the title's lemmas without "former", "outgoing", "senior"… (the
    /// lower-case form of a word that is no title word: "buffer", not the lemmatizer's "buff"), hyphenated
    /// words kept whole ("secretary-general").
    func roleName(_ tree: DependencyTree) -> String {
        Self.roleName(of: title, tree)
    }

    /// The role's name of title words `title` (see `roleName(_:)`).
    static func roleName(of title: [Int], _ tree: DependencyTree) -> String {
        var name = ""
        for w in title where !tree.isOfficeTimeWord(w) && !L.officeGradeWords.contains(tree.lemma(w)) {
            let word = abbreviation(w, tree) ?? (isTitleWord(w, tree) ? tree.lemma(w) : tree.words[w].form.lowercased())
            let glued = word == "-" || name.hasSuffix("-")
            name += name.isEmpty || glued ? word : " " + word
        }
        return name
    }


    /// Whether the named-entity tagger marks word `w` as part of a place's or an organisation's name.
    static func isPlaceOrOrganization(_ w: Int, _ tree: DependencyTree) -> Bool {
        let label = tree.words[w].entity
        return label.hasSuffix("-LOC") || label.hasSuffix("-ORG")
    }

    static func isPerson(_ w: Int, _ tree: DependencyTree) -> Bool {
        tree.words[w].entity == "B-PER" || tree.words[w].entity == "I-PER"
    }

    /// The first word of the tagger's person name that ends at `last`, without the role nouns and title words it
    /// took in front ("Sen." is no part of "Sen. Ann Cole"): what an apposition or a label after a name belongs to.
    static func personNameStart(endingAt last: Int, in tree: DependencyTree) -> Int {
        var first = last
        while first > 0, tree.words[first].entity == "I-PER", isPerson(first - 1, tree) { first -= 1 }
        while first < last, roleNoun(first, tree) != nil || L.titleWords.contains(tree.lemma(first).lowercased()) { first += 1 }
        return first
    }

    private static func isTitleWord(_ w: Int, _ tree: DependencyTree) -> Bool {
        let lemma = tree.lemma(w)
        return L.roleNouns.contains(lemma) || L.titleWords.contains(lemma) || L.officeTimeWords.contains(lemma) || abbreviation(w, tree) != nil
    }

    /// The role noun word `w` is, written out or abbreviated ("minister"; "governor" for "Gov."), or nil.
    static func roleNoun(_ w: Int, _ tree: DependencyTree) -> String? {
        L.roleNouns.contains(tree.lemma(w)) ? tree.lemma(w) : abbreviation(w, tree)
    }

    /// The role noun an abbreviated title stands for ("Gov." → "governor", `title-abbreviations`), or nil. Only
    /// here, where a person's name follows: elsewhere "Gov." stays a title word that a name may run over ("from
    /// New York Gov. Andrew Cuomo" with the parser's "New York" is still Cuomo).
    static func abbreviation(_ w: Int, _ tree: DependencyTree) -> String? {
        L.titleAbbreviations[tree.words[w].form.lowercased()]
    }

    /// A word a title is made of: a title word or role noun in any case, "of", or a lower-case noun or
    /// adjective ("buffer stock manager", "public information associate"), never a time word.
    private static func mayBeInTitle(_ w: Int, _ tree: DependencyTree) -> Bool {
        let form = tree.words[w].form
        if isTitleWord(w, tree) { return true }
        if form == "of" { return true }
        guard form.first?.isLowercase == true, tree.upos(w) == .noun || tree.upos(w) == .adj else { return false }
        return !L.temporalNouns.contains(tree.lemma(w))
    }

    /// The capitalised run right before the title, skipping a bracketed abbreviation ("Organisation (INRO)")
    /// and a possessive ending ("Trump 's"); nil when there is none.
    private static func organization(before titleStart: Int, in tree: DependencyTree) -> [Int]? {
        var k = titleStart - 1
        if k >= 0, tree.words[k].form == ")" {
            guard let open = (max(0, k - 4)..<k).last(where: { tree.words[$0].form == "(" }) else { return nil }
            k = open - 1
        }
        if k >= 0, L.possessiveEndings.contains(tree.words[k].form) { k -= 1 }
        var run: [Int] = []
        while k >= 0, run.count < longestRun, isOrganizationWord(k, tree) {
            run.insert(k, at: 0)
            k -= 1
        }
        return run.isEmpty ? nil : run
    }

    /// A capitalised word of the organisation's name: a title word may be one ("Dutch Coffee Trade
    /// Association"), a role noun may not ("Putin" is the organisation of "President Putin aide X").
    static func isOrganizationWord(_ w: Int, _ tree: DependencyTree) -> Bool {
        let form = tree.words[w].form
        guard form.first?.isUppercase == true, [.propn, .adj, .noun].contains(tree.upos(w)) else { return false }
        // "Former Florida Gov. Jeb Bush": a time word at the start of a sentence is capitalised, and no name.
        return !L.roleNouns.contains(tree.lemma(w)) && !L.temporalNouns.contains(tree.lemma(w))
            && !tree.isOfficeTimeWord(w)
    }
}
