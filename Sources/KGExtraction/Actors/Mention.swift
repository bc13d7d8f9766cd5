import KGCore
import KGSyntax

/// A named actor found in a sentence's parse, for resolution across the document: people's full names
/// (so that "Kirby" later resolves to "John Kirby") and acronyms the text defines ("National Security
/// Council (NSC)").
struct Mention {
    enum Kind {
        /// A person named in full; `entity` is the name.
        case person
        /// An acronym defined in parentheses; `text` is the acronym, `entity` what it stands for.
        case acronym
        /// A one-word name the gazetteer does not know, as a subject ("Valovaya said"): perhaps a person, so a
        /// later "she" must not jump over it to someone named earlier.
        case unknownName
        /// "he" or "she" as a subject, standing for the person it was resolved to (`entity`): a link of the
        /// chain that keeps someone in focus past the sentences that name them ("Novak was baffled. … he
        /// explains. … Apparently, he did. Trump told him …").
        case pronoun
    }

    var kind: Kind
    var text: String
    var entity: String
    var type: EntityType
    /// Character offset in the document, to find the nearest antecedent.
    var start: Int
    var sentenceIndex: Int
    /// Whether the mention is the subject of its clause (preferred antecedent of "he", "she").
    var isSubject: Bool
    /// The gender a courtesy title in front of a full name shows ("Ms Anna Novak"), when it does.
    var gender: Gender? = nil
    /// The office written right before a person's name, lower-cased ("president" in "President Donald Trump",
    /// "vice president" in "Vice President Mike Pence"): what "the president" later refers back to.
    var office: String? = nil
    /// Where the name ends in the document.
    var end: Int? = nil
    /// For a subject pronoun, the names its own clause gives as its objects ("he did not mention Trump"): the
    /// pronoun is none of them (a name is never bound by a pronoun of its clause).
    var clauseNames: [String] = []
    /// For a pronoun subject of a fronted clause, the person the main clause then names as its subject, whom
    /// the pronoun refers ahead to: "Although he did not mention Trump, Biden blasted …" → "Biden".
    var cataphor: String? = nil
    /// The office's words as written ("Vice-President") and where they are (nil: no office).
    var officeText: String? = nil
    var officeSpan: TextSpan? = nil
}

extension ArgumentResolver {
    /// People named in full and acronyms defined in this sentence.
    func mentions(sentenceIndex: Int) -> [Mention] {
        var out: [Mention] = []
        for w in 0..<tree.count {
            if tree.upos(w) == .pron, tree.relation(w)?.base == .nsubj, let pronoun = PersonVocabulary.pronoun(tree.words[w].form.lowercased()),
               pronoun.isPersonal, let gender = pronoun.gender {
                let form = tree.words[w].form
                var mention = Mention(
                    kind: .pronoun, text: form, entity: "", type: .person, start: tree.words[w].span.start,
                    sentenceIndex: sentenceIndex, isSubject: true, gender: gender)
                mention.clauseNames = namesActedOn(by: w)
                mention.cataphor = cataphoricName(of: w)
                out.append(mention)
                continue
            }
            let isTitle = L.roleNouns.contains(tree.lemma(w))
            guard tree.upos(w) == .propn || isTitle else { continue }
            // Only the head of a name; its flat and compound parts are covered by it.
            let r = tree.relation(w)
            if !isTitle, r == .flat || (r == .compound && tree.head(of: w).map { tree.upos($0) == .propn } ?? false) { continue }
            let name = isTitle ? (tree.titledName(w) ?? []) : nameWords(w)
            guard !name.isEmpty else { continue }
            let clean = cleanName(name)
            let titleGender = clean.title.flatMap { PersonVocabulary.title(tree.words[$0].form)?.gender }
            let resolution = resolve(Phrase(head: w, words: name))
            if !isTitle, name.count == 1, resolution.type == .org, matches[w] == nil, r?.base == .nsubj, let entity = resolution.entity {
                out.append(Mention(
                    kind: .unknownName, text: entity, entity: entity, type: .org, start: tree.words[w].span.start,
                    sentenceIndex: sentenceIndex, isSubject: true))
                continue
            }
            // A lone surname subject the resolver takes for a person ("When Schigel became responsive, she …") stands
            // between a pronoun and the people named before it: it is that person only through the full name
            // the document gives (`DocumentResolver.person`), never someone named earlier.
            // (Or the sentence's root, a subject the parse lost its verb for: "McManus, who took a first …, began".)
            if !isTitle, name.count == 1, r?.base == .nsubj || r == .root, resolution.type == .person, let entity = resolution.entity, !entity.contains(" "),
               clean.title == nil, Self.looksLikePersonName(entity) {
                out.append(Mention(
                    kind: .unknownName, text: entity, entity: entity, type: .person, start: tree.words[w].span.start,
                    sentenceIndex: sentenceIndex, isSubject: true))
                continue
            }
            // A single name counts only after a title ("President Trump"): it tells that "Trump" is a person.
            guard resolution.type == .person, let entity = resolution.entity, entity.contains(" ") || isTitle,
                  Self.looksLikePersonName(entity) else { continue }
            let officeWords = clean.words.first.flatMap { first in officeStart(before: first).map { Array($0..<first) } }
            out.append(Mention(
                kind: .person, text: entity, entity: entity, type: .person, start: tree.words[name[0]].span.start,
                sentenceIndex: sentenceIndex, isSubject: tree.relation(w)?.base == .nsubj,
                gender: entity.contains(" ") && clean.words.count > 1 ? titleGender : nil,
                office: clean.words.first.flatMap(office(before:)), end: tree.words[name[name.count - 1]].span.end,
                officeText: officeWords.map { tree.text(of: $0) },
                officeSpan: officeWords.map { TextSpan(start: tree.words[$0[0]].span.start, end: tree.words[$0[$0.count - 1]].span.end) }))
        }
        out += acronymDefinitions(sentenceIndex: sentenceIndex)
        return out
    }

    /// The person named as subject of the main clause, after a clause that comes first with a subordinating word
    /// and the pronoun `pronoun` as its subject: "Although he did not mention Trump by name, Biden blasted …",
    /// "When she arrived in Paris, Merkel said …". Nil when the clause does not come first, or the main clause's
    /// subject is not a person's name.
    func cataphoricName(of pronoun: Int) -> String? {
        guard let verb = tree.head(of: pronoun), tree.relation(verb)?.base == .advcl, let main = tree.head(of: verb), verb < main,
              tree.children(of: verb, [.mark, .advmod]).contains(where: { L.cataphoraMarks.contains(tree.words[$0].form.lowercased()) }),
              let subject = tree.children(of: main, [.nsubj, .nsubjPass]).first, subject > verb, tree.upos(subject) == .propn
        else { return nil }
        let resolution = resolve(Phrase(head: subject, words: nameWords(subject)))
        return resolution.type == .person ? resolution.entity : nil
    }

    /// The people a subject's own clause names as objects: "he did not mention Trump" → ["Trump"].
    func namesActedOn(by subject: Int) -> [String] {
        guard let verb = tree.head(of: subject) else { return [] }
        return tree.children(of: verb, [.obj, .iobj, .obl]).compactMap { o in
            guard tree.upos(o) == .propn else { return nil }
            let resolution = resolve(Phrase(head: o, words: nameWords(o)))
            return resolution.type == .person ? resolution.entity : nil
        }
    }

    /// The capitalised title words right before word `start` ("Vice President", "Vice-President" → "vice
    /// president"), when the last of them is a role noun; courtesy titles ("Mr") name no office.
    private func office(before start: Int) -> String? {
        officeStart(before: start).map { k in
            (k..<start).filter { !tree.isHyphenJoiner($0) }.map { tree.words[$0].form.lowercased() }.joined(separator: " ")
        }
    }

    /// The first word of the office `office(before:)` reads.
    private func officeStart(before start: Int) -> Int? {
        var k = start
        func isTitleWord(_ w: Int) -> Bool {
            tree.words[w].form.first?.isUppercase == true
                && (L.roleNouns.contains(tree.lemma(w).lowercased()) || L.titleWords.contains(tree.lemma(w).lowercased()))
        }
        while k > 0, isTitleWord(k - 1) || (k > 1 && k < start && tree.isHyphenJoiner(k - 1) && isTitleWord(k - 2)) {
            k -= 1
        }
        guard k < start, L.roleNouns.contains(tree.lemma(start - 1).lowercased()) else { return nil }
        return k
    }

    /// "the National Security Council (NSC)": the acronym in parentheses right after a name whose capitalised
    /// words' initials end with it.
    private func acronymDefinitions(sentenceIndex: Int) -> [Mention] {
        var out: [Mention] = []
        for open in 1..<max(tree.count - 2, 1) where tree.words[open].form == "(" && tree.words[open + 2].form == ")" {
            let acronym = tree.words[open + 1].form
            guard (2...8).contains(acronym.count), acronym.allSatisfy({ $0.isUppercase || $0.isNumber }) else { continue }
            // The name ending before the parenthesis, grown leftwards over capitalised words and "of", "and", "for".
            var first = open - 1
            while first > 0, tree.words[first - 1].form.first?.isUppercase == true || (Self.acronymJoiners.contains(tree.words[first - 1].form) && first > 1 && tree.words[first - 2].form.first?.isUppercase == true) {
                first -= 1
            }
            let nameRange = Array(first..<open)
            let initials = String(nameRange.compactMap { i -> Character? in
                let form = tree.words[i].form
                return Self.acronymJoiners.contains(form) ? nil : form.first
            }).uppercased()
            guard initials.hasSuffix(acronym) || initials.hasSuffix(acronym.filter(\.isLetter)) else { continue }
            // The expansion is the words the initials came from (drop "US" in "US National Security Council
            // (NSC)" only when the acronym does not cover it: keep the resolver's name for the whole).
            let head = nameRange.last ?? open - 1
            let resolution = resolve(Phrase(head: head, words: nameRange))
            // "the International Organization for Migration (IOM)" parsed as "Migration" hung on the rest: a name
            // the resolver found only part of stands for the words the acronym's letters come from.
            let expansion = Self.expansion(of: acronym, in: nameRange, tree)
            let entity = resolution.entity.map { found in
                guard let expansion, found != expansion, expansion.hasSuffix(" " + found) else { return found }
                return expansion
            } ?? tree.text(of: nameRange)
            // An expansion longer than what the resolver found is an organisation's name ("Monetary Authority of
            // Singapore" is no country).
            let extended = resolution.entity != nil && entity != resolution.entity
            let type = extended || resolution.type == .concept || resolution.type == .person ? .org : resolution.type
            out.append(Mention(
                kind: .acronym, text: acronym, entity: entity, type: type, start: tree.words[open + 1].span.start,
                sentenceIndex: sentenceIndex, isSubject: false))
        }
        return out
    }

    /// The shortest run of words ending the name whose initials spell the acronym ("International Organization
    /// for Migration" of "So the International Organization for Migration" for IOM), joiners ("for", "of") not
    /// counted; nil when none does.
    static func expansion(of acronym: String, in name: [Int], _ tree: DependencyTree) -> String? {
        let letters = acronym.filter(\.isLetter).uppercased()
        var initials = ""
        for (k, i) in name.enumerated().reversed() {
            let form = tree.words[i].form
            if acronymJoiners.contains(form) { continue }
            guard let first = form.first else { return nil }
            initials = String(first).uppercased() + initials
            if initials == letters { return tree.text(of: Array(name[k...])) }
            if initials.count >= letters.count { return nil }
        }
        return nil
    }

    /// Whether a name the resolver took for a person's could be one: no acronyms or numerals ("World War
    /// II", "PLO"), no list punctuation ("Michel Martelly, Moise"), no "and" between two names.
    static func looksLikePersonName(_ name: String) -> Bool {
        // Two people run together ("Pence and Flynn") are no one's full name.
        !name.split(separator: " ").contains { ["and", "or", "&"].contains($0) }
            && !name.contains(where: { $0 == "," || $0 == "(" || $0 == ")" || $0.isNumber })
            && !withoutGeneration(name).split(separator: " ").contains { word in
                word.count >= 2 && word.allSatisfy { $0.isUppercase }
            }
    }

    /// "Antonio Trillanes IV" without "IV" when it opens with a known given name; "World War II" as written.
    static func withoutGeneration(_ name: String) -> String {
        guard let first = name.split(separator: " ").first, PersonVocabulary.gender(ofGivenName: String(first)) != nil else { return name }
        return PersonName.withoutGeneration(name)
    }

    static let acronymJoiners = Lexicon.words(.acronymJoiners)
}
