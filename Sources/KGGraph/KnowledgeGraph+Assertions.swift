import KGCore

extension KnowledgeGraph {
    /// The graph made of one document's assertions: one node per resolved entity or concept phrase.
    ///
    /// Assertions without an object, whose subject is not an actor, or whose object is an unresolved pronoun
    /// are not edges and are skipped here.
    public init(assertions: [Assertion], document: DocumentInfo) {
        self.init()
        add(assertions, from: document)
    }

    /// Merges assertions from one document into the graph.
    public mutating func add(_ assertions: [Assertion], from document: DocumentInfo) {
        for assertion in assertions {
            // Who does what to whom: the subject must be an actor; pronouns and concepts stay in `extract` output.
            // A pronoun nothing resolved names no one: it never becomes a node, on either side.
            guard let object = assertion.object, assertion.subject.type.isActor,
                  assertion.subject.entity != nil || !Self.nonAliases.contains(assertion.subject.text.lowercased()),
                  object.entity != nil || !Self.nonAliases.contains(object.text.lowercased()) else { continue }
            let subject = insert(Self.entity(for: assertion.subject))
            let target = insert(Self.entity(for: object))
            guard subject.id != target.id else { continue }
            let span = assertion.subject.span.union(object.span)
            let evidence = Evidence(
                documentID: document.id, sentenceIndex: assertion.sentenceIndex, span: span,
                sentence: assertion.sentence, relationText: assertion.relation.text,
                negated: assertion.relation.negated, modality: assertion.relation.modality,
                attribution: assertion.attribution, date: document.date, confidence: assertion.confidence,
                coreferent: assertion.subject.coreferent || object.coreferent, documentTitle: document.title)
            // One edge per relation however it was spelled ("criticise"/"criticize", "meet with"/"meet").
            let relation = RelationTaxonomy.canonicalLemma(assertion.relation.lemma)
            addEvidence(evidence, subject: subject.id, relation: relation, object: target.id)
        }
    }

    private static func entity(for argument: Argument) -> Entity {
        let name = argument.nodeName
        let aliases = argument.entity != nil && !argument.coreferent && argument.text != name
            && isAlias(argument.text, of: name) && (argument.type != .person || isPersonAlias(argument.text, of: name))
            ? [argument.text] : []
        return Entity(name: name, type: argument.type, aliases: aliases, wikidata: argument.wikidata)
    }

    /// Whether a phrase that resolved to an entity may serve as its alias: short names ("the Kremlin", "U.S."),
    /// not pronouns, not phrases reached by coreference ("the president"), not clauses or lists that a parse
    /// error glued to a name ("Washington (CNN)President Donald Trump", "the U.S., Mexico, Israel"), and not
    /// descriptions: a role ("German Chancellor Angela Merkel" is no name of Germany, nor "the Russian
    /// President" of Russia), a determiner or quantifier ("A Russian diplomat"), a possessive or a common-noun
    /// tail ("the UK's highest court", "Russian forces"), a word that opens a clause or a day glued in front
    /// ("Tuesday Turkey", "Even Japan", "Only the U.S."), a list ("South Korea and Japan") or a score ("Russia 3-2")
    /// that the name itself has not.
    static func isAlias(_ text: String, of name: String? = nil) -> Bool {
        guard let first = text.unicodeScalars.first, text.count <= 40,
              text.split(separator: " ").count <= 5,
              !text.unicodeScalars.contains(where: { aliasBreakers.contains($0) || $0.properties.isWhitespace && $0 != " " })
        else { return false }
        let lower = text.lowercased()
        guard !nonAliases.contains(lower), first.properties.isUppercase || lower.hasPrefix("the ") else { return false }
        let words = lower.split(separator: " ").map(String.init)
        let written = text.split(separator: " ")
        // A possessive, or an apostrophe or hyphen left over from one ("Jeff Sessions'", "White House -a-Lago").
        if words.contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("\u{2019}s") || $0.hasSuffix("'") || $0.hasSuffix("\u{2019}")
            || $0.hasPrefix("-") || $0.hasSuffix("-") || $0.contains("year-old") }) { return false }
        // A day glued on ("Angela Merkel Friday").
        if let last = words.last, words.count > 1, datelineWords.contains(last) { return false }
        if let determiner = words.first, words.count > 1, nonNameDeterminers.contains(determiner) { return false }
        if let first = words.first, words.count > 1, nameOpeners.contains(first) || datelineWords.contains(first) || aliasOpeners.contains(first) {
            return false
        }
        let nameWords = Set((name ?? "").lowercased().split(separator: " ").map(String.init))
        if words.contains(where: { ($0 == "and" || $0 == "&") && !nameWords.contains($0) }) { return false }
        if text.contains(where: \.isNumber), !(name ?? "").contains(where: \.isNumber) { return false }
        if words.contains(where: { RelationTaxonomy.isRoleNoun($0) || $0.hasSuffix("s") && RelationTaxonomy.isRoleNoun(String($0.dropLast())) }) {
            return false
        }
        // Every word after "the" is capitalised, or a joiner inside a name ("Bank of England").
        for (index, word) in written.enumerated() where !(index == 0 && word.lowercased() == "the") {
            if word.first?.isLowercase == true, !word.contains("-"), !nameJoiners.contains(String(word)) { return false }
        }
        return true
    }

    /// Whether `text` names the person `name` (as `PersonName` keys them): the full name in any spelling or with
    /// middle names, or the surname with or without a title ("Trump", "Mr Trump"); for a person known by surname
    /// only, a full name with that surname. Not "the Trump", "Guys Trump", "US president-elect Donald Trump" or
    /// another entity's name the argument resolved to this person.
    static func isPersonAlias(_ text: String, of name: String) -> Bool {
        let key = PersonName.key(text)
        guard !key.isEmpty else { return false }
        if key == PersonName.key(name) || key == PersonName.surnameKey(name) { return true }
        // "Amir-Abdollahian" for Hossein Amir-Abdollahian (its key reads it as given name and surname).
        if PersonName.isSurnameOnly(text), let surname = PersonName.surnameKey(text), surname == PersonName.surnameKey(name) { return true }
        // "Bashar al-Assad" for a person known as "Assad": the surname with its particle ("al-Assad") ends in it.
        guard PersonName.isSurnameOnly(name), let surname = PersonName.surnameKey(text) else { return false }
        let bare = PersonName.key(name)
        return surname == bare || surname.hasSuffix("-" + bare)
    }

    /// Days the parser glues after a name ("Novak Thursday"): never the last word of a name.
    private static let datelineWords = Lexicon.words(.trailingDays)

    /// Capitalised words that open a sentence or clause, never a name ("Meanwhile Ms Novak").
    private static let nameOpeners = Lexicon.words(.nameOpeners)

    /// Pronouns that put a speaker before a people's name ("We Americans"): a description, not a name.
    private static let aliasOpeners: Set<String> = ["we", "us", "you", "our", "fellow"]

    /// Determiners and quantifiers that make a phrase a description, not a name.
    private static let nonNameDeterminers = Lexicon.words(.nonNameDeterminers)

    /// Lower-case words that may stand inside a name.
    private static let nameJoiners = Lexicon.words(.nameJoiners)

    private static let aliasBreakers: Set<Unicode.Scalar> = [
        "(", ")", "[", "]", "{", "}", ",", ";", ":", "!", "?", "\"", "\u{201C}", "\u{201D}",
    ]

    private static let nonAliases = Lexicon.words(.nonAliases)
}
