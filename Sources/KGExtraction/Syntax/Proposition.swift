/// One predicate with its arguments, as word indices into a sentence; the step between a parse and an
/// `Assertion` (and CaRB's tabbed format, which wants whole phrases).
struct Proposition {
    /// The content verb (or predicate noun/adjective for copulas) whose lemma names the relation.
    var predicate: Int
    /// Words of the relation phrase as written ("has been illegally acquiring", "refused to meet").
    var relationWords: [Int]
    /// Normalised relation name ("acquire", "sanction", "talk with").
    var lemma: String
    var subject: Phrase?
    var object: Phrase?
    /// Further arguments (prepositional phrases, time), each with its preposition.
    var extras: [Phrase] = []
    var negated = false
    var modality: String?
    /// Speaker phrase and speech verb lemma when the proposition is reported speech.
    var attribution: (speaker: Phrase, verb: String)?
    var confidence: Double
    /// A role assertion ("Hossein Amir-Abdollahian –foreign minister→ Iran") rather than an event.
    var isRole = false
    /// A relation read off a noun's modifiers ("Russia's invasion of Ukraine"): kept only between actors, since
    /// the same words also name things ("the Brexit talks with the EU").
    var needsActors = false
}

/// A contiguous-or-not set of words standing for an argument; `head` decides what entity it names.
struct Phrase {
    var head: Int
    /// Sorted word indices.
    var words: [Int]
}
