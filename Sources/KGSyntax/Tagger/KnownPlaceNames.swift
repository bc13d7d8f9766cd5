import KGText

/// Tags a one-word place or actor name the extraction's gazetteer knows as a proper noun when the tagger made it
/// an adjective, noun, verb or adverb: "Moscow last week recalled its ambassador" had *Moscow* an adjective (lemma
/// "moscow"), so the clause lost its subject. Only capitalised words that are not all capitals ("US", "WHO" and
/// "CAR" are also words) and not demonyms (`DemonymAdjectives` makes those adjectives on purpose).
enum KnownPlaceNames {
    static let retaggable: Set<String> = ["ADJ", "NOUN", "VERB", "ADV", "INTJ", "X"]

    /// Retags each word of `forms` that the tagger did not make a proper noun (or a determiner, number …).
    static func repair(_ words: inout [Word], forms: Set<String>) {
        guard !forms.isEmpty else { return }
        for i in words.indices where forms.contains(words[i].form) && retaggable.contains(words[i].upos) {
            words[i].upos = "PROPN"
            words[i].xpos = words[i].form.hasSuffix("s") && words[i].xpos == "NNS" ? "NNPS" : "NNP"
        }
    }
}
