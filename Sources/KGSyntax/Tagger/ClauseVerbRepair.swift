import KGText

/// Tags as a present-tense verb an "-s" word the tagger read as a plural noun between its subject and a "that"
/// clause: "The Polish government fears that Russia could attack", "Poland hopes that …". The tagger reads *fears*
/// or *hopes* after a noun as a plural noun ("government fears"), the parser then makes the sentence one noun
/// phrase with the clause hung from it, and what is feared is stated as a fact.
///
/// Only for a word whose verb lemma is one of `verbLemmas` (the extraction layer gives its speech verbs and the
/// verbs whose clause is wanted or feared), with "that" right after, the subject's last word right before (a
/// singular noun or proper noun), a subject that is a name or opens with a determiner ("The Polish government",
/// "Poland"; not "Investor fears that …"), and no verb, auxiliary or preposition in its clause before it: "amid
/// security fears that", "Poland's fears that" and "there are fears that" stay as they are.
///
/// So for a control verb (`controlVerbLemmas`) before a "to" infinitive: "NASA plans to launch a rocket", "Castro
/// plans to remain …" ("Poland's plans to build" stays a noun).
enum ClauseVerbRepair {
    static func repair(_ words: inout [Word], verbLemmas: Set<String>, controlVerbLemmas: Set<String> = [], lemmatizer: Lemmatizer) {
        guard words.count >= 4, !verbLemmas.isEmpty || !controlVerbLemmas.isEmpty else { return }
        for i in 1..<(words.count - 1) {
            let lemmas: Set<String>
            if ["that", "That"].contains(words[i + 1].form) {
                lemmas = verbLemmas
            } else if words[i + 1].form == "to", i + 2 < words.count, words[i + 2].xpos == "VB" {
                lemmas = controlVerbLemmas
            } else {
                continue
            }
            let form = words[i].form
            guard form.count >= 4, form.hasSuffix("s"), form.first?.isLowercase == true, words[i].xpos == "NNS",
                  ["NN", "NNP"].contains(words[i - 1].xpos),
                  lemmas.contains(lemmatizer.lemma(of: form, upos: "VERB", xpos: "VBZ"))
            else { continue }
            // The clause before the word: from the last boundary (or the sentence start) to the word.
            var start = i - 1
            while start > 0, ![",", ";", ":", "(", "\"", "--"].contains(words[start - 1].form), words[start - 1].upos != "CCONJ",
                  words[start - 1].upos != "SCONJ" {
                start -= 1
            }
            let subject = words[start..<i]
            guard !subject.contains(where: { ["ADP", "VERB", "AUX"].contains($0.upos) || $0.xpos == "POS" }),
                  subject.first.map({ ["DT", "PRP$"].contains($0.xpos) }) == true || subject.allSatisfy({ ["NNP", "NNPS"].contains($0.xpos) })
            else { continue }
            words[i].upos = "VERB"
            words[i].xpos = "VBZ"
        }
    }
}
