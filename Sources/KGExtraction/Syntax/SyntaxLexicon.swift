import KGCore

/// The word lists the syntax extractor's rules consult, read from `words.tsv` (KGCore's `Lexicon`), where each
/// list says what it is for. The baseline extractor, the actor resolver and the graph read the same lists.
enum SyntaxLexicon {
    static let speechVerbs = Lexicon.words(.speechVerbs)
    static let clauseTakingVerbs = Lexicon.words(.clauseTakingVerbs)
    static let contentNouns = Lexicon.words(.contentNouns)
    static let irrealisComplementVerbs = Lexicon.map(.irrealisComplementVerbs)
    static let irrealisMarks = Lexicon.map(.irrealisMarks)
    static let negativeSubjects = Lexicon.words(.negativeSubjects)
    static let roleNounsNeverVerbs = Lexicon.words(.roleNounsNeverVerbs)
    static let denialVerbs = Lexicon.words(.denialVerbs)
    static let controlModality = Lexicon.map(.controlModality)
    static let intentionNouns = Lexicon.map(.intentionNouns)
    /// Act nouns → (relation, prepositions of the one acted on): "invasion" → ("invade", ["of", "into"]).
    static let agentEventNouns: [String: (relation: String, prepositions: Set<String>)] = Lexicon.map(.agentEventNouns).mapValues { value in
        let parts = value.split(separator: "|", maxSplits: 1).map(String.init)
        return (parts[0], Set((parts.count > 1 ? parts[1] : "").split(separator: ",").map(String.init)))
    }
    static let directiveVerbs = Lexicon.words(.directiveVerbs)
    static let selectionVerbs = Lexicon.words(.selectionVerbs)
    static let adjectiveControl = Lexicon.map(.adjectiveControl)
    static let negatingAdjectives = Lexicon.words(.negatingAdjectives)
    static let linkingVerbs = Lexicon.words(.linkingVerbs)
    static let namingVerbs = Lexicon.words(.namingVerbs)
    static let viewingVerbs = Lexicon.words(.viewingVerbs)
    static let commitmentVerbs = Lexicon.words(.commitmentVerbs)
    static let forSubjectVerbs = Lexicon.words(.forSubjectVerbs)
    static let adjectiveAdjuncts = Lexicon.words(.adjectiveAdjuncts)
    static let adjectivesTakingIn = Lexicon.words(.adjectivesTakingIn)
    static let statementAdjectives = Lexicon.words(.statementAdjectives)
    static let chiefOffices = Lexicon.words(.chiefOffices)
    static let evidenceNouns = Lexicon.words(.evidenceNouns)

    /// How many words, from `first` (lower case) and the word after it, name an office only a company has: 1 for
    /// "ceo", "chairman"; 2 for "chief executive", "chief financial"; 0 for none.
    static func companyOfficeLength(_ first: String, then second: String?) -> Int {
        if corporateRoleNouns.contains(first) { return 1 }
        return first == "chief" && second.map(chiefOffices.contains) == true ? 2 : 0
    }
    static let notYetAdverbs = Lexicon.words(.notYetAdverbs)
    static let negatingControl = Lexicon.words(.negatingControl)
    static let participleComplementVerbs = Lexicon.words(.participleComplementVerbs)
    static let participleObjectVerbs = Lexicon.words(.participleObjectVerbs)
    static let modals = Lexicon.words(.modals)
    static let negations = Lexicon.words(.negations)
    static let lightVerbs = Lexicon.words(.lightVerbs)
    static let patientEventNouns = Lexicon.words(.patientEventNouns)
    static let misfortuneNouns = Lexicon.words(.misfortuneNouns)
    static let patientEventVerbs = Lexicon.words(.patientEventVerbs)
    static let eventNouns = Lexicon.map(.eventNouns)
    static let tieVerbs = Lexicon.map(.tieVerbs)
    /// The nouns a `tieVerbs` verb changes.
    static let tieNouns: Set<String> = ["tie", "ties", "relation", "relations"]
    static let forTargetNouns = Lexicon.words(.forTargetNouns)
    static let targetPrepositions = Lexicon.words(.targetPrepositions)
    static let temporalNouns = Lexicon.words(.temporalNouns)
    static let temporalPrepositions = Lexicon.words(.temporalPrepositions)
    static let recipientPrepositions = Lexicon.words(.recipientPrepositions)

    /// Verbs whose "at" phrase is the target of what they send ("fired rockets at Israel", "threw stones at
    /// police"); after others "at" is a place or a time ("held talks at the Kremlin").
    static let atTargetVerbs: Set<String> = ["fire", "shoot", "aim", "throw", "hurl", "lob", "direct", "level", "point"]

    /// Whether a phrase with this preposition after this verb is a recipient or target of what the verb moves.
    static func isRecipient(_ preposition: String, of verb: String) -> Bool {
        recipientPrepositions.contains(preposition) || preposition == "at" && atTargetVerbs.contains(verb)
    }
    static let emphaticDoVerbs = Lexicon.words(.emphaticDoVerbs)
    static let bodyNouns = Lexicon.words(.agentNouns)
    static let assetNouns = Lexicon.words(.assetNouns)
    static let relationalNouns = Lexicon.words(.relationalNouns)
    /// The possessive ending as the tokenizer splits it off ("Trump 's", "Reuters '"), straight or curly.
    static let possessiveEndings: Set<String> = ["'s", "'", "\u{2019}s", "\u{2019}"]
    /// Abbreviated titles and the role noun each stands for ("gov." → "governor").
    static let titleAbbreviations = Lexicon.map(.titleAbbreviations)
    static let organizationWords = Lexicon.words(.organizationWords)
    static let coordinatedNameEnds = Lexicon.words(.coordinatedNameEnds)
    static let organizationDescriptors = Lexicon.words(.organizationDescriptors)
    static let corporateRoleNouns = Lexicon.words(.corporateRoleNouns)
    static let organizationOpeners = Lexicon.words(.organizationOpeners)
    static let mediaKindNouns = Lexicon.words(.mediaKindNouns)
    static let governmentBodyWords = Lexicon.words(.governmentBodyWords)
    static let titleWords = Lexicon.words(.titleWords)
    static let officeTimeWords = Lexicon.words(.officeTimeWords)
    static let pastOfficeWords = Lexicon.words(.pastOfficeWords)
    static let officeGradeWords = Lexicon.words(.officeGradeWords)
    static let accusationVerbs = Lexicon.words(.accusationVerbs)
    static let hedgeAdverbs = Lexicon.words(.hedgeAdverbs)
    static let preventionVerbs = Lexicon.words(.preventionVerbs)
    static let warningVerbs = Lexicon.words(.warningVerbs)
    static let nameParticles = Lexicon.words(.nameParticles)
    static let placePrepositions = Lexicon.words(.placePrepositions)
    static let locationWords = Lexicon.words(.locationWords)
    static let placeOpeners = Lexicon.words(.placeOpeners)
    /// The taxonomy's role nouns, so extraction and the graph agree on what a role is.
    static let roleNouns: Set<String> = RelationTaxonomy.roleNouns
    /// Role nouns of a trade rather than an office ("analyst", "historian"): a nationality is no organisation of theirs.
    static let occupationNouns = Lexicon.words(.occupationNouns)
    static let nameOpeners = Lexicon.words(.nameOpeners)
    static let sourceNouns = Lexicon.words(.sourceNouns)
    static let secondaryExcludedPrepositions = Lexicon.words(.secondaryExcludedPrepositions)
    static let genericNames = Lexicon.words(.genericNames)
    static let thingNameHeads = Lexicon.words(.thingNameHeads)
    static let stormOpeners = Lexicon.words(.stormOpeners)
    static let quantityNouns = Lexicon.words(.quantityNouns)
    static let polityNameWords = Lexicon.words(.polityNameWords)
    static let betweenNouns = Lexicon.map(.betweenNouns)
    static let irrealisAdjectives = Lexicon.words(.irrealisAdjectives)
    static let cataphoraMarks = Lexicon.words(.cataphoraMarks)
    static let exoneratingVerbs = Lexicon.words(.exoneratingVerbs)
    static let hyphenParticiples = Lexicon.words(.hyphenParticiples)
    static let portfolioWords = Lexicon.words(.portfolioWords)
    /// "held them hostage", "took him prisoner", "kept her captive": a noun that is what the object became.
    static let captiveNouns: Set<String> = ["hostage", "prisoner", "captive"]
    static let commonAcronyms = Lexicon.words(.commonAcronyms)
    static let partyRoleNouns = Lexicon.words(.partyRoleNouns)

    /// Whether a relation lemma ends in a preposition ("take part in", "sign deal with"): no other preposition's
    /// phrase can be added to it as a second object.
    static func endsInPreposition(_ lemma: String) -> Bool {
        guard let space = lemma.lastIndex(of: " ") else { return false }
        return relationPrepositions.contains(String(lemma[lemma.index(after: space)...]))
    }

    static let relationPrepositions: Set<String> = [
        "in", "on", "with", "to", "for", "against", "at", "from", "into", "of", "about", "over", "toward", "towards",
    ]
}
