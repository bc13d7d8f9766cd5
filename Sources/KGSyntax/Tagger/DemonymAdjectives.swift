import KGText

/// Tags a known demonym before a common noun as an adjective: "Houthi rebels", "Venezuelan opposition", and the
/// demonyms coordinated before it ("Armenian and Azerbaijani forces", "Russian, Turkish and Iranian officials":
/// "Armenian" as a proper noun had been the root, with the sentence's verb a modifier of "forces"). EWT has
/// few such words, so the tagger guesses that a capitalised unknown word is a proper noun, and the parser then
/// reads "Houthi" as a name and the rebels' acts as someone else's. UD English tags a demonym before a noun
/// ADJ/JJ ("American officials"), which the parser reads as a modifier.
///
/// Before a capitalised word the demonym is left as tagged: in a name ("Australian Broadcasting Corporation")
/// it belongs to the name, and before a title ("Italian Prime Minister Mario Rossi and German Chancellor …")
/// retagging it changed the parse of lists of titled names for the worse.
enum DemonymAdjectives {
    /// Retags as ADJ/JJ each word of `forms` that the tagger made a noun or proper noun and that a lower-case
    /// noun or adjective follows, or "and", "or" or a comma and then a demonym read as an adjective (right to
    /// left, so a list is mended from its last demonym).
    static func repair(_ words: inout [Word], forms: Set<String>) {
        guard !forms.isEmpty, words.count >= 2 else { return }
        for i in (0..<(words.count - 1)).reversed() where forms.contains(words[i].form) {
            guard words[i].upos == "PROPN" || words[i].upos == "NOUN",
                  introducesNoun(words[i + 1]) || coordinatedDemonym(after: i, in: words, forms: forms) else { continue }
            words[i].upos = "ADJ"
            words[i].xpos = "JJ"
        }
    }

    /// Whether "and", "or" or a comma follows word `i`, and then a demonym tagged as an adjective.
    private static func coordinatedDemonym(after i: Int, in words: [Word], forms: Set<String>) -> Bool {
        guard i + 2 < words.count, ["and", "or", ","].contains(words[i + 1].form) else { return false }
        return forms.contains(words[i + 2].form) && words[i + 2].upos == "ADJ"
    }

    private static func introducesNoun(_ next: Word) -> Bool {
        guard next.upos == "NOUN" || next.upos == "ADJ", let first = next.form.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }
}
