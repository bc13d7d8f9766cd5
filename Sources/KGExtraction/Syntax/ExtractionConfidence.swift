/// Every confidence number the syntax extractor uses, in one table, with where it came from.
///
/// Confidence only ranks extractions (CaRB's AUC, `--min-confidence` filters); no number here is a probability.
/// Most were set by hand with the rule they belong to and kept when CaRB dev AUC did not move; the ones measured
/// say so. Change one here, then re-run `newsgraph eval carb` and say what moved.
enum ExtractionConfidence {
    // MARK: Starting points, by kind of proposition

    /// A verbal predicate with its own arguments: the most reliable kind (65be97f, the first syntax extractor).
    static let verbal = 0.9
    /// A copula ("X is Y"): CaRB's business, rarely a relation between actors (65be97f).
    static let copular = 0.7
    /// A role from a title or apposition ("Foreign Minister X" → X –foreign minister of→ country) (65be97f).
    static let role = 0.75
    /// A title's office of a country the sentence does not name (`DocumentResolver.impliedRoles`).
    static let impliedRole = 0.6
    /// "the Russian Defense Ministry" → part of Russia: read off a name, no parse involved (ace5ea8).
    static let partOf = 0.7
    /// CaRB-only implicit relations: appositions "is" (38e69a1, dev F1 .450, AUC .251).
    static let apposition = 0.6
    /// CaRB-only "X in Y" locative nominal modifier ("the Helmut Newton Foundation in Berlin") (38e69a1).
    static let locative = 0.5
    /// CaRB-only possessives "X 's Y" → X has Y (38e69a1).
    static let possessive = 0.45
    /// Factor on a clause's confidence for the edge between its coordinated subjects ("Putin and Erdogan met" →
    /// Putin –meet→ Erdogan, `ReciprocalPairs`): the pair is inferred from the coordination, not said outright.
    static let reciprocal = 0.9
    /// A relation a noun states between the actors of its "between X and Y" phrase ("relations between Moscow and
    /// Tbilisi", `BetweenRelations`): a noun phrase, not a clause, so less sure than a verb.
    static let betweenNoun = 0.75
    /// An act a noun states with its owner as actor ("Russia's invasion of Ukraine", `EventNounRelations`): a noun
    /// phrase, as sure as a "between" noun.
    static let eventNoun = 0.75

    // MARK: Adjustments while a proposition is built

    /// The complement of a control verb ("refused to meet X"): one more attachment to get right (65be97f).
    static let controlComplement = -0.05
    /// A subject taken from context (a conjunct, a controller, the clause above) rather than the predicate's
    /// own (65be97f).
    static let inheritedSubject = -0.15
    /// A second prepositional argument naming a person or organisation, made a relation of its own ("served
    /// under Priebus at the RNC" → serve at the RNC): the preposition may hang from the wrong head.
    static let secondaryArgument = -0.1
    /// A light verb folded into its event noun ("impose sanctions on X" → sanction X) (65be97f).
    static let lightVerb = -0.05
    /// A whole clause as the object ("X said (that) Y"): a long, loosely bounded argument (65be97f).
    static let clausalObject = -0.2
    /// The recipient edge beside a concept object ("Iran sent weapons to Russia" → Iran –send to→ Russia) is
    /// scaled by this factor: its preposition may attach to the wrong head (ace5ea8).
    static let recipientFactor = 0.95
    /// The owner edge beside a judged concept ("condemned North Korea's missile test" → –condemn→ North Korea) is
    /// scaled by this factor: the act is the owner's, the judgement of it only implies one of the owner.
    static let ownerFactor = 0.9

    // MARK: Final adjustments (`PropositionFinder.adjustedConfidence`)

    /// No subject at all (CaRB still wants the tuple) (65be97f).
    static let missingSubject = -0.3
    /// No object (65be97f).
    static let missingObject = -0.1
    /// Per argument word beyond `longArgumentWords`: long arguments are more often mis-bounded (65be97f).
    static let perLongArgumentWord = -0.01
    static let longArgumentWords = 8
    /// Per extra (prepositional) argument: each is another attachment decision (65be97f).
    static let perExtra = -0.02
    /// Per level of embedding: clauses inside clauses are parsed less reliably, and a reported or conditional
    /// clause is less often a standalone fact (176b4a2: CaRB dev AUC .259 → .276).
    static let clausalEmbedding = -0.2
    static let adverbialEmbedding = -0.1
    static let relativeEmbedding = -0.1
    /// Bounds of any confidence, rounded to three decimals.
    static let floor = 0.01
    static let ceiling = 0.99
}
