import KGSyntax

/// A role read off the words of an apposition after a name the named-entity tagger marks as a person, for when
/// the parse garbles it: "Jacqueline Kirby, spokesperson for the El Paso County Sheriff's Office, said" (with
/// "Office" hung from the name as a parataxis), "Thomas Brandon, acting ATF director, told" (with "acting" read
/// as a verb), "Anna Berg, UNHCR senior public information officer, told".
///
/// Two shapes, each closed by a comma, a full stop or a bracket, so that a clause running on ("a GOP consultant
/// who often defends Trump") or a second noun after the name ("expert on Turkish foreign policy at …") is none:
/// - the role first: "NAME, [a/an/the] ROLE for|of|at|with [the] ORGANISATION", the role a few title words or
///   lower-case nouns ending in a role noun, the organisation a run of capitalised words (with "of", "for",
///   "and" or "&" inside it) that no possessive ending follows ("the United Nations' refugee agency" is not the
///   United Nations);
/// - the organisation first: "NAME, [a/an/the] [acting/former] ORGANISATION['s] ROLE";
/// - a bare "of" before a named organisation (tagged one, or with an organisation word): "NAME, of [the]
///   ORGANISATION" is a member of it ("Sam Lowe, of Friends of the Earth"; "Ann Cole, of London" is no member).
struct SurfaceApposition {
    /// The person's name: the tagger's PER span, without title words it took in.
    let name: ClosedRange<Int>
    /// The role's words in order ("spokesperson"; "senior", "public", "information", "officer"; "of" alone for
    /// a member).
    let title: [Int]
    /// The organisation's capitalised words ("El", "Paso", "County", "Sheriff", "'s", "Office"; "UNHCR"; "IRC" of
    /// "the IRC's country director").
    let organization: [Int]

    typealias L = SyntaxLexicon

    /// Longest role and organisation runs read, in words.
    static let longestRun = 6

    /// Prepositions that tie a role to its organisation.
    static let prepositions: Set<String> = ["of", "for", "at", "with"]

    /// Words that may stand inside an organisation's name between capitalised words ("Museum of London",
    /// "Friends of the Earth", "Procter & Gamble").
    static let innerWords: Set<String> = ["of", "for", "and", "&", "the", "on"]

    /// The apposition after the person name that ends at `last`, or nil when there is none of either shape.
    init?(nameEndingAt last: Int, in tree: DependencyTree) {
        guard SurfaceTitle.isPerson(last, tree), last + 2 < tree.count, tree.words[last + 1].form == "," else { return nil }
        var first = SurfaceTitle.personNameStart(endingAt: last, in: tree)
        // A given name the tagger left out but the parse put in the name ("Wang" read as a noun in "Wang Guoqiang").
        while first > 0, tree.words[first - 1].form.first?.isUppercase == true, [.propn, .noun].contains(tree.upos(first - 1)),
              tree.head(of: first - 1).map({ (first...last).contains($0) }) == true,
              [.compound, .flat].contains(tree.relation(first - 1)), !Self.isTitleWord(first - 1, tree) {
            first -= 1
        }
        var k = last + 2
        // "Sam Lowe, of Friends of the Earth, told": a member of a named organisation (not "of London": a place).
        if tree.words[k].form == "of" {
            var w = k + 1
            if w < tree.count, tree.words[w].form.lowercased() == "the" { w += 1 }
            guard let organization = Self.organizationRun(from: w, in: tree), let end = organization.last, Self.closes(end + 1, tree),
                  organization.contains(where: { tree.words[$0].entity.hasSuffix("-ORG") || L.organizationWords.contains(tree.words[$0].form) })
            else { return nil }
            self.name = first...last
            self.title = [k]
            self.organization = organization
            return
        }
        if ["a", "an", "the"].contains(tree.words[k].form.lowercased()) { k += 1 }
        guard k < tree.count else { return nil }
        if let roleFirst = Self.roleFirst(at: k, in: tree) ?? Self.organizationFirst(at: k, in: tree) {
            self.name = first...last
            self.title = roleFirst.title
            self.organization = roleFirst.organization
        } else {
            return nil
        }
    }

    /// Every apposition of a person name in the sentence (each name once, at its last word).
    static func all(in tree: DependencyTree) -> [SurfaceApposition] {
        (0..<tree.count).compactMap { w in
            let ends = w + 1 == tree.count || tree.words[w + 1].entity != "I-PER"
            return ends ? SurfaceApposition(nameEndingAt: w, in: tree) : nil
        }
    }

    /// "spokesperson for the El Paso County Sheriff's Office ,": the role from word `k`, then its organisation.
    private static func roleFirst(at k: Int, in tree: DependencyTree) -> (title: [Int], organization: [Int])? {
        var title: [Int] = []
        var w = k
        while w < tree.count, title.count < longestRun, mayBeInTitle(w, tree) {
            title.append(w)
            w += 1
        }
        // "a renowned historian": a lower-case adjective that is no title word describes the holder.
        while let word = title.first, tree.upos(word) == .adj, !isTitleWord(word, tree), !isRoleNoun(word, tree) { title.removeFirst() }
        guard let end = title.last, isRoleNoun(end, tree), w < tree.count,
              prepositions.contains(tree.words[w].form.lowercased()) else { return nil }
        w += 1
        if w < tree.count, tree.words[w].form.lowercased() == "the" { w += 1 }
        guard let organization = organizationRun(from: w, in: tree), let after = organization.last.map({ $0 + 1 }),
              closes(after, tree) else { return nil }
        return (title, organization)
    }

    /// "acting ATF director ,", "UNHCR senior public information officer ,", "the IRC's country director ,": the
    /// organisation from word `k` (after a word that dates the office), then the role.
    private static func organizationFirst(at k: Int, in tree: DependencyTree) -> (title: [Int], organization: [Int])? {
        var w = k
        var dating: [Int] = []
        while w < tree.count, tree.isOfficeTimeWord(w) { dating.append(w); w += 1 }
        var organization: [Int] = []
        while w < tree.count, organization.count < longestRun, isOrganizationWord(w, tree) {
            organization.append(w)
            w += 1
        }
        guard !organization.isEmpty else { return nil }
        // "the IRC's country director": the possessive ending is no part of the name.
        if w < tree.count, L.possessiveEndings.contains(tree.words[w].form) { w += 1 }
        var title = dating
        while w < tree.count, title.count < longestRun, mayBeInTitle(w, tree), tree.words[w].form.first?.isLowercase == true {
            title.append(w)
            w += 1
        }
        guard let end = title.last, isRoleNoun(end, tree), closes(w, tree) else { return nil }
        return (title, organization)
    }

    /// The capitalised run of an organisation's name from word `start`: "El Paso County Sheriff 's Office",
    /// "Museum of London"; nil when a possessive ending follows it (it then owns what the role is of).
    private static func organizationRun(from start: Int, in tree: DependencyTree) -> [Int]? {
        var run: [Int] = []
        var w = start
        while w < tree.count, run.count < longestRun + 2 {
            // A capitalised role noun inside the name is the name's: "El Paso County Sheriff's Office".
            if isOrganizationWord(w, tree) || !run.isEmpty && !SurfaceTitle.isPerson(w, tree) && tree.words[w].form.first?.isUppercase == true
                && SurfaceTitle.roleNoun(w, tree) != nil {
                run.append(w)
            } else if !run.isEmpty, w + 1 < tree.count, isOrganizationWord(w + 1, tree),
                      innerWords.contains(tree.words[w].form.lowercased()) || L.possessiveEndings.contains(tree.words[w].form)
                        || tree.isHyphenJoiner(w) {
                run.append(w)
            } else {
                break
            }
            w += 1
        }
        guard !run.isEmpty, !(w < tree.count && L.possessiveEndings.contains(tree.words[w].form)) else { return nil }
        return run
    }

    /// Whether word `w` ends the apposition: a comma, a full stop, a bracket or the sentence's end.
    private static func closes(_ w: Int, _ tree: DependencyTree) -> Bool {
        w >= tree.count || [",", ".", "(", ";", ")"].contains(tree.words[w].form)
    }

    /// The word that names the organisation: the last before an inner "of" or "for" ("Museum" of "Museum of
    /// London"), else the last.
    func organizationHead(_ tree: DependencyTree) -> Int {
        let inner = organization.first { ["of", "for", "on"].contains(tree.words[$0].form.lowercased()) }
        return inner.map { $0 - 1 } ?? organization.last ?? name.upperBound
    }

    /// The role's name as `RoleFinder` writes it (see `SurfaceTitle.roleName(of:_:)`); "member" for a bare "of".
    func roleName(_ tree: DependencyTree) -> String {
        title.count == 1 && tree.words[title[0]].form == "of" ? "member" : SurfaceTitle.roleName(of: title, tree)
    }

    private static func isTitleWord(_ w: Int, _ tree: DependencyTree) -> Bool {
        let lemma = tree.lemma(w).lowercased()
        return L.roleNouns.contains(lemma) || L.titleWords.contains(lemma) || tree.isOfficeTimeWord(w)
    }

    /// A role noun, also hyphenated ("vice-president", "co-founder"), as a noun or a proper noun ("Director").
    private static func isRoleNoun(_ w: Int, _ tree: DependencyTree) -> Bool {
        let lemma = tree.lemma(w).lowercased()
        if L.roleNouns.contains(lemma) { return true }
        guard lemma.contains("-"), let last = lemma.split(separator: "-").last else { return false }
        return L.roleNouns.contains(String(last))
    }

    /// A word a role is made of: a title word or role noun, or a lower-case noun or adjective ("public
    /// information officer"), never a time word or a name.
    private static func mayBeInTitle(_ w: Int, _ tree: DependencyTree) -> Bool {
        if tree.words[w].entity != "O" && !tree.words[w].entity.isEmpty { return false }
        if isTitleWord(w, tree) || isRoleNoun(w, tree) { return true }
        let form = tree.words[w].form
        guard form.first?.isLowercase == true, [.noun, .adj].contains(tree.upos(w)) else { return false }
        return !L.temporalNouns.contains(tree.lemma(w))
    }

    /// A capitalised word of an organisation's name (see `SurfaceTitle.isOrganizationWord`), not a person's.
    private static func isOrganizationWord(_ w: Int, _ tree: DependencyTree) -> Bool {
        !SurfaceTitle.isPerson(w, tree) && SurfaceTitle.isOrganizationWord(w, tree)
    }
}
