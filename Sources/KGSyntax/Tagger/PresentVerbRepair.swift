import KGText

/// Tags as a present-tense verb an "-s" word the tagger read as a plural noun between a named subject and its
/// object in a clause that has no other verb: "US sanctions Russia over Iranian drones", "Britain warns Iran". In
/// EWT "sanctions" is always a noun, so the tagger reads it so after a name, the parser then makes the clause one
/// noun phrase ("US sanctions" modifying "Russia"), and the headline states nothing.
///
/// Only for a word whose verb lemma is one of `verbLemmas` (the extraction layer gives its relation taxonomy's
/// verbs), with a singular proper noun right before (the subject's last word), a name, a determiner, a pronoun or
/// a capitalised adjective ("Russian banks") right after that is not a time word ("Monday"), and no verb or
/// auxiliary elsewhere in the clause: "EU extends Russia sanctions", "the US sanctions regime" and "Russia
/// sanctions Monday" stay as they are.
enum PresentVerbRepair {
    static func repair(_ words: inout [Word], verbLemmas: Set<String>, lemmatizer: Lemmatizer) {
        guard words.count >= 3, !verbLemmas.isEmpty else { return }
        for i in 1..<(words.count - 1) where isCandidate(words[i]) {
            let before = words[i - 1], after = words[i + 1]
            guard before.xpos == "NNP",
                  ["NNP", "NNPS", "DT", "PRP", "PRP$"].contains(after.xpos)
                      || after.upos == "ADJ" && after.form.first?.isUppercase == true,
                  !TemporalVerbRepair.timeNouns.contains(after.form.lowercased())
            else { continue }
            guard PastVerbRepair.isOnlyVerbCandidate(i, in: words),
                  verbLemmas.contains(lemmatizer.lemma(of: words[i].form, upos: "VERB", xpos: "VBZ")) else { continue }
            words[i].upos = "VERB"
            words[i].xpos = "VBZ"
        }
    }

    /// A lower-case word of four letters or more ending in "s", read as a plural noun.
    private static func isCandidate(_ word: Word) -> Bool {
        word.form.count >= 4 && word.form.hasSuffix("s") && word.form.first?.isLowercase == true
            && word.xpos == "NNS"
    }
}
