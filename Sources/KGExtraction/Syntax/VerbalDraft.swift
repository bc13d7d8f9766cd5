/// A verbal proposition while `PropositionFinder`'s passes build it: each pass reads the tree and refines the
/// draft, and the last turns it into one proposition per subject and object.
struct VerbalDraft {
    /// The content verb.
    let predicate: Int
    /// Words of the relation phrase as written, unsorted while passes add to it.
    var relationWords: [Int]
    /// Normalised relation name.
    var lemma: String
    var negated: Bool
    var modality: String?
    var confidence: Double
    /// "Iran did at one point supply drones" with "supply" mis-tagged: the real verb and its argument.
    var emphatic: (verb: Int, argument: Int)?
    var subjects: [Phrase] = []
    /// Heads of the object phrases (patients of a passive, direct objects of an active verb).
    var objectHeads: [Int] = []
    var objects: [Phrase] = []
    /// The adjective a linking verb joins to its subject ("remained committed"), part of the relation.
    var complement: Int?
    var extras: [Phrase] = []
    /// Further prepositional arguments that name a person or organisation, each a relation of its own ("served
    /// under Priebus at the RNC": serve under Priebus, serve at the RNC): the relation name and the argument.
    var secondary: [(lemma: String, argument: Int)] = []
    var attribution: (speaker: Phrase, verb: String)?
}
