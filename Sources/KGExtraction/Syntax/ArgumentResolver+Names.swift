import KGCore
import KGSyntax

extension ArgumentResolver {
    /// A name cut free of its neighbours: what the person or body is called, and the title found in front.
    struct CleanName {
        /// The name's words ("Novak" in "Thursday Mr Novak").
        var words: [Int]
        /// The courtesy or rank title right before the name ("Mr", "Gen."), when there is one.
        var title: Int?
        /// Whether a title, courtesy title or role noun marks the name as a person's.
        var isTitled: Bool
    }

    /// `name` without the words the parser glued onto it: a weekday or month, a sentence adverb ("Meanwhile"),
    /// an acronym or another known name in front ("NATO Alexander Grushko", "UN Vitaly Churkin"), and
    /// everything up to a title inside it ("Thursday Mr Novak" → Novak, titled by "Mr").
    func cleanName(_ name: [Int]) -> CleanName {
        // A stray bracket the text left glued to either end of a name ("[Mrs May}") is no part of it; one inside
        // ("(CNN)Sweden") says the words are no one name, and stays for the checks below.
        let isBracket = { (w: Int) in self.tree.words[w].form.allSatisfy { "()[]{}<>".contains($0) } }
        var words = name.sorted()
        while words.count > 1, let last = words.last, isBracket(last) { words.removeLast() }
        while words.count > 1, let first = words.first, isBracket(first) { words.removeFirst() }
        var title: Int?
        var isTitled = false
        // Up to and including the last title or role noun that is followed by a name word; not one that opens an
        // organisation's name ("General Electric Co").
        let opensOrganization = { (k: Int) in words[(k + 1)...].contains { L.organizationWords.contains(self.tree.words[$0].form) } }
        if let k = words.indices.dropLast().last(where: { isTitleWord(words[$0]) }), !opensOrganization(k) {
            isTitled = true
            if PersonVocabulary.title(tree.words[words[k]].form) != nil { title = words[k] }
            // "King Salman", "Pope Francis": a title before a given name alone stays in the name.
            let keepsTitle = k == words.count - 2 && PersonName.givenNameTitles.contains(tree.words[words[k]].form.lowercased())
            words = Array(words[(keepsTitle ? k : k + 1)...])
        } else if let before = words.first.map({ $0 - 1 }), before >= 0, isTitleWord(before) {
            isTitled = true
            if PersonVocabulary.title(tree.words[before].form) != nil { title = before }
            if words.count == 1, PersonName.givenNameTitles.contains(tree.words[before].form.lowercased()) { words.insert(before, at: 0) }
        }
        // Leading words that are not part of a person's name.
        while words.count > 1, let first = words.first {
            let form = tree.words[first].form
            let lower = form.lowercased()
            if L.temporalNouns.contains(lower) && !isGivenNameMonth(first, before: words) || L.nameOpeners.contains(lower) {
                words.removeFirst()
            } else if form.first?.isLowercase == true, !L.nameParticles.contains(lower) {
                // A description in front ("director Ang Lee", "Kremlin critic Alexei Navalny"): a name does not
                // start in lower case, but for its particles ("al-Assad").
                words.removeFirst()
            } else if words.count > 2, form.count >= 2, form.allSatisfy({ $0.isUppercase || $0 == "." }) {
                words.removeFirst()
            } else if let start = taggedPersonStart(words) {
                // The tagger starts the person's name after words the parser glued in front: "United Nations
                // Vitaly Churkin", "Abkhaz Republic Levan Dzhagaryan".
                words.removeFirst(start)

            } else if let match = matches[first], match.entry.kind != .demonym || words.count > 2,
                      words.count - match.range.count >= 2 || (isTitled && words.count - match.range.count >= 1) {
                let after = words.filter { !match.range.contains($0) }
                words = after.first.map { f in words.filter { $0 >= f } } ?? after
            } else {
                break
            }
            // A possessive left behind ("Russia 's") or punctuation.
            while words.count > 1, let f = words.first, tree.upos(f) == .part || tree.upos(f) == .punct { words.removeFirst() }
        }
        // A trailing weekday ("Novak Thursday"); not a month, which is also a surname ("Theresa May").
        while words.count > 1, let last = words.last, Self.trailingDays.contains(tree.words[last].form.lowercased()) {
            words.removeLast()
        }
        return CleanName(words: words, title: title, isTitled: isTitled)
    }

    /// Months that are given names too.
    static let givenNameMonths: Set<String> = ["april", "may", "june", "august"]

    /// Whether month `w`, opening `words`, is a given name: "Trump asked April Ryan", "…, April Ryan asked". Only
    /// before a surname the named-entity tagger calls a person's, which ends the name, and not after a preposition,
    /// a number or a determiner ("In April Trump said …").
    func isGivenNameMonth(_ w: Int, before words: [Int]) -> Bool {
        guard Self.givenNameMonths.contains(tree.words[w].form.lowercased()), tree.words[w].form.first?.isUppercase == true,
              words.count == 2, let surname = words.last, surname == w + 1, tree.words[surname].entity.hasSuffix("-PER")
        else { return false }
        guard w > 0 else { return true }
        return ![.adp, .num, .det].contains(tree.upos(w - 1))
    }

    /// Where the tagger's person name starts inside `words`, when it starts after the first word, runs to the
    /// end, has two words at least, and no word before it is tagged a person's; else nil.
    func taggedPersonStart(_ words: [Int]) -> Int? {
        guard let start = words.indices.dropFirst().first(where: { tree.words[words[$0]].entity == "B-PER" }),
              words.count - start >= 2,
              words[(start + 1)...].allSatisfy({ tree.words[$0].entity == "I-PER" }),
              words[..<start].allSatisfy({ !tree.words[$0].entity.hasSuffix("-PER") }) else { return nil }
        return start
    }

    /// Days that the parser glues after a name ("Novak Thursday").
    static let trailingDays = Lexicon.words(.trailingDays)

    /// Whether a word is a courtesy or rank title ("Mr", "Gen.", "Lord") or a role noun ("President").
    func isTitleWord(_ w: Int) -> Bool {
        let form = tree.words[w].form
        guard form.first?.isUppercase == true else { return false }
        return PersonVocabulary.title(form) != nil || L.roleNouns.contains(tree.lemma(w).lowercased())
    }

    /// The type the named-entity tagger gave a name (PER → person, ORG → organisation, LOC → place), nil when
    /// the words are untagged or tagged otherwise.
    func taggedType(_ name: [Int]) -> EntityType? {
        var counts: [EntityType: Int] = [:]
        for w in name {
            let label = tree.words[w].entity
            guard label.count > 2 else { continue }
            switch label.dropFirst(2) {
            case "PER": counts[.person, default: 0] += 1
            case "ORG": counts[.org, default: 0] += 1
            case "LOC", "GPE": counts[.location, default: 0] += 1
            default: continue
            }
        }
        return counts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
    }
}
