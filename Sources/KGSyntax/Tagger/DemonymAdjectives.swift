import KGText

/// Tags a known demonym before a common noun as an adjective: "Houthi rebels", "Venezuelan opposition". EWT has
/// few such words, so the tagger guesses that a capitalised unknown word is a proper noun, and the parser then
/// reads "Houthi" as a name and the rebels' acts as someone else's. UD English tags a demonym before a noun
/// ADJ/JJ ("American officials"), which the parser reads as a modifier.
///
/// Before a capitalised word the demonym is left as tagged: in a name ("Australian Broadcasting Corporation")
/// it belongs to the name, and before a title ("Italian Prime Minister Mario Rossi and German Chancellor …")
/// retagging it changed the parse of lists of titled names for the worse.
enum DemonymAdjectives {
    /// Retags as ADJ/JJ each word of `forms` that the tagger made a noun or proper noun and that a lower-case
    /// noun or adjective follows.
    static func repair(_ words: inout [Word], forms: Set<String>) {
        guard !forms.isEmpty, words.count >= 2 else { return }
        for i in 0..<(words.count - 1) where forms.contains(words[i].form) {
            guard words[i].upos == "PROPN" || words[i].upos == "NOUN", introducesNoun(words[i + 1]) else { continue }
            words[i].upos = "ADJ"
            words[i].xpos = "JJ"
        }
    }

    private static func introducesNoun(_ next: Word) -> Bool {
        guard next.upos == "NOUN" || next.upos == "ADJ", let first = next.form.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }
}
