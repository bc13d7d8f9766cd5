extension Lexicon {
    /// The word lists in `words.tsv`, one per concept, shared by both extractors and the graph.
    public enum WordList: String, CaseIterable, Sendable {
        /// Verbs whose clausal complement is someone's claim: the complement is attributed to the subject.
        case speechVerbs = "speech-verbs"
        /// Speech and belief verbs whose object is a clause, never an actor: "Russia denied Iran supplied drones"
        /// parsed with "Iran" as the object of "denied" is a clause cut down to its subject, not Russia –deny→ Iran.
        case clauseTakingVerbs = "clause-taking-verbs"
        /// Nouns whose "that" clause is someone's claim, not a fact the sentence states: "rejected the idea that X
        /// posed a threat", "dismissed reports (that) he told Y".
        case contentNouns = "content-nouns"
        /// Verbs whose clausal complement is wanted, feared or demanded rather than stated ("demanded that Russia
        /// withdraw"), with the modality the complement keeps.
        case irrealisComplementVerbs = "irrealis-complement-verbs"
        /// Subordinating words that make a clause hypothetical or intended, with the modality it keeps: "if Russia
        /// attacks", "unless Iran stops", "whether China would", "(sent troops) to attack".
        case irrealisMarks = "irrealis-marks"
        /// Subjects that deny the predicate: "nobody criticized X", "none of them met Y" ("no country" by its
        /// determiner, see `PropositionFinder.isNegated`).
        case negativeSubjects = "negative-subjects"
        /// Role nouns the tagger sometimes takes for verbs ("party deputy leader Y" with "deputy" as a verb): never a
        /// predicate. Role nouns that are also verbs ("head", "chair", "judge") are left out.
        case roleNounsNeverVerbs = "role-nouns-never-verbs"
        /// Speech verbs that deny what they report.
        case denialVerbs = "denial-verbs"
        /// Control verbs whose `xcomp` carries the real relation, with the modality (or negation) they add.
        case controlModality = "control-modality"
        /// Control verbs addressed to someone ("urged Iran to", "called on Russia to"): the act towards the addressee
        /// is a relation of its own, besides the complement it asks for.
        case directiveVerbs = "directive-verbs"
        /// Verbs that pick someone to do something ("tapped Anna Berg to lead the agency"): the one picked does the
        /// infinitive after the object.
        case selectionVerbs = "selection-verbs"
        /// Adjectives that control a complement, with the modality it keeps ("is set to abolish", "likely to veto").
        case adjectiveControl = "adjective-control"
        /// Adjectives that deny their complement: "was unable to reach X" (did not reach).
        case negatingAdjectives = "negating-adjectives"
        /// Verbs that link their subject to an adjective, like the copula ("remained committed to X", "grew
        /// impatient with X"): the adjective is part of the relation, never its object.
        case linkingVerbs = "linking-verbs"
        /// Verbs that give their object a name or office ("called the lawsuit a baseless attempt", "elected him
        /// president"): the name is no second object, and in "what he called X" the X is no object at all.
        case namingVerbs = "naming-verbs"
        /// Verbs that present their object as something ("regards NATO as a threat"): the "as" joins the relation.
        case viewingVerbs = "viewing-verbs"
        /// Verbs whose "to" infinitive is always what the subject commits to, tries or refuses, never a purpose
        /// ("agreed with Russia to cut output", "failed to protect").
        case commitmentVerbs = "commitment-verbs"
        /// Verbs whose "for" phrase names who is to do what the infinitive after it says ("called for Nunes to step
        /// aside"): the call is for that one, who does the act.
        case forSubjectVerbs = "for-subject-verbs"
        /// Prepositions that open an adjunct of a predicative adjective, never its argument ("higher than", "strong
        /// after").
        case adjectiveAdjuncts = "adjective-adjuncts"
        /// Adjectives whose "in" names what they concern ("involved in the talks"); after others "in" is a setting.
        case adjectivesTakingIn = "adjectives-taking-in"
        /// Adjectives that make "made (it) X that …" a statement of the clause ("made clear that").
        case statementAdjectives = "statement-adjectives"
        /// Words after "chief" that make a company's office ("chief executive", "chief financial officer").
        case chiefOffices = "chief-offices"
        /// Nouns for what would support a claim: "no evidence that …" does not state it.
        case evidenceNouns = "evidence-nouns"
        /// Control verbs that make a complement hypothetical rather than denied or stated: "has yet to name" (not
        /// named), handled with its adverb in `PropositionFinder.applyControl`.
        case notYetAdverbs = "not-yet-adverbs"
        /// Control verbs that negate their complement ("refused to meet X" → meet, negated).
        case negatingControl = "negating-control"
        /// Verbs whose object can be the patient of a past participle after it, adding no modality ("had Navalny
        /// jailed", "saw his proposal rejected by parliament"): a passive whose agent only a "by" phrase names.
        case participleComplementVerbs = "participle-complement-verbs"
        /// Verbs after which a past participle right after the object is its complement even when parsed as the
        /// object's modifier ("wants the sanctions lifted"); not "has troops deployed", "got the votes required".
        case participleObjectVerbs = "participle-object-verbs"
        /// Modal auxiliaries: a relation under one is possible, intended or required, not stated as done.
        case modals
        /// Words that deny the predicate they modify ("did not meet", "never visited").
        case negations
        /// Light verbs + event nouns: "impose sanctions on X" → sanction X.
        case lightVerbs = "light-verbs"
        /// Nouns for something done to the person "of" names ("the arrest of X", "the extradition of X").
        case patientEventNouns = "patient-event-nouns"
        /// Verbs that relate their subject to the person an event noun of `patient-event-nouns` is done to
        /// ("ordered the arrest of X", "demanded the release of X"); not "condemned the arrest of X".
        case patientEventVerbs = "patient-event-verbs"
        /// Event nouns after a light verb, with the relation they make ("impose sanctions on X" → sanction X).
        case eventNouns = "event-nouns"
        /// Verbs that change relations, with the relation they make of "ties" or "relations" with a partner
        /// ("cut diplomatic ties with Qatar" → cut ties with Qatar, "restored relations with Cuba").
        case tieVerbs = "tie-verbs"
        /// Event nouns whose target may also follow "for" ("expressed support for Assad").
        case forTargetNouns = "for-target-nouns"
        /// Prepositions that carry the real target of an event noun or a verb ("sanctions on Russia").
        case targetPrepositions = "target-prepositions"
        /// Words naming a time, so that "said in October" does not become "say in → October".
        case temporalNouns = "temporal-nouns"
        /// Prepositions that only ever introduce a time.
        case temporalPrepositions = "temporal-prepositions"
        /// Prepositions that mark a recipient, target or source of the verb ("supplied drones to Russia", "bought
        /// missiles from Russia").
        case recipientPrepositions = "recipient-prepositions"
        /// Verbs that follow an emphatic "did" and that the tagger may take for nouns ("did supply drones").
        case emphaticDoVerbs = "emphatic-do-verbs"
        /// Nouns for the people or bodies acting for a country ("Russian troops" → Russia).
        case agentNouns = "agent-nouns"
        /// Nouns for what an actor fields or holds, which stand for it in an attack or a blockade ("Hezbollah
        /// positions", "Chinese vessels", "a Russian airbase" → the actor, the noun kept as qualifier).
        case assetNouns = "asset-nouns"
        /// Nouns for a person's relation to another person, not an office ("her husband Peter Berg", "his
        /// opponent Hillary Clinton"): the name after one is who the phrase means; no role edge is made of them.
        case relationalNouns = "relational-nouns"
        /// Words in a proper name that make it an organisation (romanised Arabic ones too: Jabhat "front", Harakat
        /// "movement", Hizb "party").
        case organizationWords = "organization-words"
        /// Words besides `organization-words` that close a name with "and" inside ("the Belt and Road Initiative").
        case coordinatedNameEnds = "coordinated-name-ends"
        /// Common nouns for a kind of organisation written right before its name ("carmaker Toyota", "engineering
        /// group Alsthom"): the name is an organisation, whatever the named-entity tagger says.
        case organizationDescriptors = "organization-descriptors"
        /// Offices only a company has ("CEO", "chairman", "founder"): an unknown name the tagger took for a place,
        /// right before one, is the company ("Siemens CEO Joe Kaeser").
        case corporateRoleNouns = "corporate-role-nouns"
        /// Organisation words that open a name, the rest of it following them ("Jabhat al-Nusra", "Hizb ut-Tahrir").
        case organizationOpeners = "organization-openers"
        /// Kinds of news outlet written after the outlet's name ("Kommersant newspaper", "the Interfax news
        /// agency"): the name before one is a media organisation.
        case mediaKindNouns = "media-kind-nouns"
        /// Words in an organisation's name that make it a body of its country's state ("Defense Ministry", "Aerospace
        /// Forces", "State Center"): part of that country in the graph.
        case governmentBodyWords = "government-body-words"
        /// Words that belong to a title rather than naming an organisation or a person ("Prime Minister", "Secretary of
        /// State", "Vice President").
        case titleWords = "title-words"
        /// Lower-case particles inside personal names ("Bashar al-Assad", "Ursula von der Leyen").
        case nameParticles = "name-particles"
        /// Prepositions after which an unknown one-word name is a place ("in Aleppo", "near Bakhmut").
        case placePrepositions = "place-prepositions"
        /// Words that make a proper name a place ("Trump Tower", "Red Square").
        case locationWords = "location-words"
        /// Words that open a place's name ("St. Louis", "Fort Worth", "Los Angeles"): never a given name.
        case placeOpeners = "place-openers"
        /// Capitalised words that open a sentence or clause and are never the first word of a name ("Meanwhile Ms
        /// Novak", "Whether Navalny"), in lower case.
        case nameOpeners = "name-openers"
        /// Nouns that make "X of" a role ("foreign minister of"), find titles and appositions in the parse, and cut
        /// titles off names.
        case roleNouns = "role-nouns"
        /// Role nouns of a trade rather than an office: a named organisation makes them a role, a nationality does not.
        case occupationNouns = "occupation-nouns"
        /// Subjects that mean two people the article named together ("the couple", "the pair").
        case pairDescriptions = "pair-descriptions"
        /// Plural nouns that "the two …" or "both …" make a description of two actors, with the kind of actor.
        case pairNouns = "pair-nouns"
        /// Relations that make two people a couple ("husband of").
        case spouseRelations = "spouse-relations"
        /// Plural nouns for people ("friends", "officials"), which "they" may mean instead of a pair.
        case personPlurals = "person-plurals"
        /// Words in -ise that are not British spellings of -ize verbs.
        case iseWords = "ise-words"
        /// Prepositions that may end a relation phrase and be dropped to find its verb ("talk with" → "talk").
        case relationPrepositions = "relation-prepositions"
        /// Particles that make a phrasal verb mean something else than its verb ("back down", "give up").
        case relationParticles = "relation-particles"
        /// Words the baseline extractor skips before a name.
        case baselineDeterminers = "baseline-determiners"
        /// Tokens that end the stretch of words the baseline extractor reads as one relation.
        case baselineClauseBreaks = "baseline-clause-breaks"
        /// Words the baseline extractor never takes for a relation verb.
        case baselineFunctionWords = "baseline-function-words"
        /// Determiners and quantifiers that make a phrase a description, not a name.
        case nonNameDeterminers = "non-name-determiners"
        /// Lower-case words that may stand inside a name.
        case nameJoiners = "name-joiners"
        /// Words that are never an alias of an entity: pronouns, wh-words, indefinites, reflexives, a stray infinitive
        /// marker.
        case nonAliases = "non-aliases"
        /// "the party", "the ministry": nouns a later definite description uses for a named organisation.
        case bodyNouns = "body-nouns"
        /// Phrases that refer to the speaker's country ("his country", "their government").
        case countryReferences = "country-references"
        /// Roles that tell a person's gender.
        case roleGenders = "role-genders"
        /// Descriptions of a state's government or forces ("the government", "the military"): the country the
        /// document is plainly about, when it is about one.
        case stateBodyReferences = "state-body-references"
        /// A state's bodies as the news names them after their country ("Kenyan police", "Turkey's parliament"): a
        /// later "the police" or "prosecutors" is that country's, when the document named the body for one country.
        case stateBodies = "state-bodies"
        /// Verbs whose object is followed by a complement of their own, with its preposition ("accused X of Y",
        /// "charged X with Y"): a phrase with it that the parser hung on the object belongs to the verb.
        case objectComplementVerbs = "object-complement-verbs"
        /// Prepositions of three words, a preposition, a noun and a preposition ("in front of", "on behalf of", "in
        /// response to"): the noun is no argument, the name after them is.
        case complexPrepositions = "complex-prepositions"
        /// Verbs whose complement is a gerund ("denied supplying drones", "began arresting critics"): a gerund the
        /// parser read as an adjective of the noun after it is the verb's complement, and the noun its object.
        case gerundComplementVerbs = "gerund-complement-verbs"
        /// Adverbs that report an act as someone's claim rather than state it ("Russia allegedly hacked …"): the
        /// relation keeps the adverb as its modality.
        case hedgeAdverbs = "hedge-adverbs"
        /// Pronouns that stand for what was said or believed ("denied it", "believes everything").
        case clausePronouns = "clause-pronouns"
        /// Days that the parser glues after a name ("Novak Thursday").
        case trailingDays = "trailing-days"
        /// Words after a country name that make it a US state ("Georgia governor").
        case usStateWords = "us-state-words"
        /// Lower-case words skipped when matching an acronym to its expansion ("Organization of the Petroleum Exporting
        /// Countries").
        case acronymJoiners = "acronym-joiners"
        /// Words that close a hyphenated modifier after a name ("New York-based", "Bush-era", "Trump-style"): never the
        /// second syllable of a hyphenated given name.
        case hyphenModifierEnds = "hyphen-modifier-ends"
        /// First-person singular pronouns: inside reported speech they are the speaker ("'I have asked the UN for
        /// help,' he said").
        case firstPersonSingular = "first-person-singular"
        /// Words that make an office a different one: the vice president is not "the president", nor the deputy
        /// minister "the minister".
        case rankWords = "rank-words"
        /// Words that date an office rather than name it ("former secretary general", "outgoing president"): not
        /// part of a role's relation.
        case officeTimeWords = "office-time-words"
        case pastOfficeWords = "past-office-words"
        /// Words that grade an office rather than name it ("senior adviser", "top aide", "close adviser"): not part
        /// of a role's relation, so that a senior adviser's edge is the adviser's edge of every other article.
        case officeGradeWords = "office-grade-words"
        /// Nouns for what one actor gets from another ("asked for help from the UN", "received approval from the
        /// FDA"): the one it comes from is the object of the relation, not a modifier of the noun.
        case sourceNouns = "source-nouns"
        /// Short forms and other spellings of given names and the one name they fold to ("mike" → "michael",
        /// "stephen" → "steven", "mohamed" → "mohammed"): a person's key folds them, so "Mike Flynn" and "Michael
        /// Flynn" are one node.
        case givenNameShortForms = "given-name-short-forms"
        /// Verbs that lay an act at someone's door ("accused him of breaking the pledge", "blamed Kiev for
        /// shelling"): the act is the accuser's claim, attributed to the subject, not a fact.
        case accusationVerbs = "accusation-verbs"
        /// Verbs that keep their object from an act ("stopped them from reaching the US", "barred X from
        /// sending troops"): the object is who would act, and the act did not happen.
        case preventionVerbs = "prevention-verbs"
        /// Verbs that warn their object against an act ("warned Washington against selling arms"): the object is
        /// who would act, and the act is only warned against.
        case warningVerbs = "warning-verbs"
        /// Prepositions whose phrase is never a relation of its own beside the verb's object ("met X despite
        /// Y", "including Z"): a second person or organisation after any other one is ("served under X at Y").
        case secondaryExcludedPrepositions = "secondary-excluded-prepositions"
        /// One capitalised word that names no one by itself ("the Committee", "the Ministry", "Mr" before
        /// "Justice Kelly", "the ranking Democrat", "MPs"): a node of that name would join every committee of every
        /// article.
        case genericNames = "generic-names"
        /// Head words that make a name a thing, not an actor: a law, treaty, day, prize, war or storm ("the Civil
        /// Liberties Act", "Earth Day", "the Nobel Prize", "the Great Smog"), and one-word names of policies,
        /// holidays and contests ("Brexit", "Obamacare", "Easter").
        case thingNameHeads = "thing-name-heads"
        case stormOpeners = "storm-openers"
        case quantityNouns = "quantity-nouns"
        case polityNameWords = "polity-name-words"
        /// Role nouns a party or organisation holds without a portfolio: a capitalised title word before one
        /// names the organisation ("Labour leader" leads Labour; a "Labour Minister" holds a portfolio).
        case partyRoleNouns = "party-role-nouns"
        /// Head words of offices held for a state: a title of one with no country written ("President X", "Defence
        /// Secretary Y") is an office of the country the article is about, when the article makes that clear.
        case stateOffices = "state-offices"
        /// Acronyms of things, not of actors ("DNA", "TV", "GDP"): never a name when the tagger reads them as nouns.
        case commonAcronyms = "common-acronyms"
        /// Abbreviated titles before a name and the role noun they stand for ("Gov." → "governor"): "New York Gov.
        /// Andrew Cuomo" is the governor of New York.
        case titleAbbreviations = "title-abbreviations"
        /// Predicates that coordinated subjects do to each other ("Putin and Erdogan met", "signed an agreement"),
        /// by verb or "verb noun", with the relation each pair of them gets.
        case reciprocalRelations = "reciprocal-relations"
        /// Nouns that state a relation between the actors of their "between X and Y" phrase ("relations between
        /// Moscow and Tbilisi", "the war between Iran and Iraq"), with the relation.
        case betweenNouns = "between-nouns"
        /// Adjectives that make the event a noun names not (yet) a fact ("a possible meeting", "an alleged deal").
        case irrealisAdjectives = "irrealis-adjectives"
        /// Subordinating words of a clause that may come first and name its subject only by a pronoun, the name
        /// following in the main clause: "Although he did not mention Trump by name, Biden blasted …".
        case cataphoraMarks = "cataphora-marks"
        /// Verbs that clear someone of an act ("acquitted him of murdering her", "was cleared of bribing"): the act is
        /// denied, by whoever clears. Past participles are listed too: "was acquitted of" is often tagged an adjective,
        /// whose lemma is its form.
        case exoneratingVerbs = "exonerating-verbs"
        /// Participles that make a name before their hyphen describe someone else ("Iran-backed rebels", "Paris-based
        /// Total"): the name is not who the phrase names. Not "led": "the Saudi-led coalition" acts for its leader.
        case hyphenParticiples = "hyphen-participles"
        /// Heads of a minister's portfolio after "for"/"of" ("Minister for Public Expenditure", "Secretary for Home
        /// Affairs"): what the office covers, never the organisation or country it belongs to.
        case portfolioWords = "portfolio-words"
        /// Names of the sharing buttons a scraped page carries as text ("Send Facebook Twitter Google+ Whatsapp Tumblr
        /// linkedin … Permalink"): a run of them is no sentence's words (`ShareBar`).
        case shareBarWords = "share-bar-words"
        /// Nouns for what befalls someone ("Navalny's poisoning", "Wilders' defeat"): judging it is no judgement of
        /// its owner's act, so the owner is no target of the judgement.
        case misfortuneNouns = "misfortune-nouns"
        /// Nouns of an intention whose "to" clause is what their owner means to do, with the control verb that says
        /// the same ("Russia's attempts to influence the vote" as "Russia attempted to influence the vote").
        case intentionNouns = "intention-nouns"
        /// Nouns of an act whose actor is their owner ("Russia's invasion of Ukraine"), with the relation and the
        /// prepositions of whom it is done to ("invade|of,into").
        case agentEventNouns = "agent-event-nouns"

        /// Whether each word maps to a value (a relation, a modality, a gender) in a third field.
        public var hasValues: Bool {
            switch self {
            case .irrealisComplementVerbs, .irrealisMarks, .controlModality, .adjectiveControl, .eventNouns, .tieVerbs, .roleGenders,
                 .givenNameShortForms, .objectComplementVerbs, .titleAbbreviations, .reciprocalRelations, .betweenNouns,
                 .pairDescriptions, .pairNouns, .intentionNouns, .agentEventNouns:
                true
            default:
                false
            }
        }
    }
}
