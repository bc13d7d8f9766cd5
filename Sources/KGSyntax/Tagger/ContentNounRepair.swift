import KGText

/// Tags as a plural noun a report-like word the tagger read as a verb, and as a past-tense verb the "-ed" word
/// that reports it, before a "that" clause: "Mexico denied reports that British banks are resisting …", "Fillon
/// has repeatedly denied charges that he used …", "The company denied reports that it would close …", "Putin again
/// rejected allegations that …". The tagger reads *reports* or *charges* after a verb as a second verb, or
/// *denied* between a subject and a plural noun as an adjective ("denied reports" like "reduced prices"); the
/// parser then hangs the clause on the wrong head, and what was denied is stated as a fact.
///
/// Only for words whose noun lemma is one of `nounLemmas` (the extraction layer gives its content nouns) with
/// "that" right after. The noun is retagged when a verb or an "-ed" word comes right before it. The "-ed" word
/// (lower case, five letters or more) becomes the clause's verb only with the subject's last word (a noun, a
/// proper noun or a personal pronoun) right before it, or an adverb between them ("again", "repeatedly"), and no
/// other verb or auxiliary in its clause: "on published reports that", "his unfounded claims that", "the widely
/// published reports that" and "Russia has denied reports that" stay as they are.
enum ContentNounRepair {
    static func repair(_ words: inout [Word], nounLemmas: Set<String>, lemmatizer: Lemmatizer) {
        guard words.count >= 3, !nounLemmas.isEmpty else { return }
        for i in 1..<(words.count - 1) where ["that", "That", "THAT"].contains(words[i + 1].form) {
            let form = words[i].form
            guard form.count >= 4, form.hasSuffix("s"), form.first?.isLowercase == true,
                  nounLemmas.contains(lemmatizer.lemma(of: form, upos: "NOUN", xpos: "NNS")) else { continue }
            let before = words[i - 1]
            let participle = isParticipleCandidate(before)
            guard before.upos == "VERB" || participle else { continue }
            if words[i].xpos != "NNS" {
                words[i].upos = "NOUN"
                words[i].xpos = "NNS"
            }
            guard participle, before.xpos != "VBD", hasSubjectBefore(i - 1, in: words),
                  PastVerbRepair.isOnlyVerbCandidate(i - 1, in: words) else { continue }
            words[i - 1].upos = "VERB"
            words[i - 1].xpos = "VBD"
        }
    }

    /// A lower-case word of five letters or more ending in "ed", tagged as an adjective or a verb.
    private static func isParticipleCandidate(_ word: Word) -> Bool {
        word.form.count >= 5 && word.form.hasSuffix("ed") && word.form.first?.isLowercase == true
            && (word.upos == "ADJ" || word.upos == "VERB")
    }

    /// Whether the subject's last word comes right before word `i`, or before one adverb right before it.
    private static func hasSubjectBefore(_ i: Int, in words: [Word]) -> Bool {
        var j = i - 1
        if j >= 1, words[j].upos == "ADV" { j -= 1 }
        guard j >= 0 else { return false }
        return ["NN", "NNS", "NNP", "NNPS", "PRP"].contains(words[j].xpos)
    }
}
