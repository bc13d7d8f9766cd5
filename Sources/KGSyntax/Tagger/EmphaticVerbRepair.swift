import KGText

/// Tags as a verb the base form after an emphatic "did" ("Iran did at one point supply drones to Russia", "it does
/// indeed supply gas"): with words between them, the tagger reads "supply" as a noun, the clause loses its verb,
/// and an admission becomes nothing. After a form of "do" and nothing but adverbs or one prepositional phrase
/// ("at one point"), a singular common noun followed by the start of a noun phrase is the verb "do" emphasises.
enum EmphaticVerbRepair {
    static let doForms: Set<String> = ["do", "does", "did"]

    static func repair(_ words: inout [Word]) {
        guard words.count >= 4 else { return }
        // Tag first, so the form is lowered (an allocation) only for verbs and auxiliaries of up to four letters.
        for d in 0..<(words.count - 2) where (words[d].upos == "AUX" || words[d].upos == "VERB")
            && words[d].form.utf8.count <= 4 && doForms.contains(words[d].form.lowercased()) {
            var i = d + 1
            // Adverbs ("indeed", "also"), then at most one prepositional phrase.
            while i < words.count, words[i].upos == "ADV" { i += 1 }
            if i < words.count, words[i].upos == "ADP" {
                i += 1
                while i < words.count, ["DET", "NUM", "ADJ"].contains(words[i].upos) { i += 1 }
                // The phrase's noun.
                guard i < words.count, words[i].upos == "NOUN" else { continue }
                i += 1
            }
            guard i > d + 1, i + 1 < words.count, words[i].xpos == "NN", words[i].form.first?.isLowercase == true,
                  ["NOUN", "PROPN", "DET", "PRON", "ADJ", "NUM"].contains(words[i + 1].upos)
            else { continue }
            words[i].upos = "VERB"
            words[i].xpos = "VB"
        }
    }
}
