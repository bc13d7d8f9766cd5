import KGText

/// Tags as a past-tense verb an "-ed" word the tagger read as an adjective or a participle between a subject and
/// its object in a clause that has no other verb: "Kiev insisted that Iran armed Russia", "Chinese vessels blocked
/// Philippine boats". In EWT "armed" and "blocked" are mostly adjectives ("armed forces"), so the tagger reads
/// them so after a name, the parser then makes the clause one noun phrase, and the clause states nothing.
///
/// Only with a proper noun or a plural noun right before (the subject's last word), a name, a determiner, a
/// pronoun or a capitalised adjective ("Philippine") right after (the object's first word), and no verb or
/// auxiliary elsewhere in the clause (between the commas, conjunctions and subordinators around it): "the armed
/// forces", "Pakistan based groups" and "the Kremlin controlled Rosneft said" stay as they are.
///
/// Verbs of denying and judging that are hardly ever adjectives (`judgingVerbs`: "denied", "rejected") are verbs
/// after any noun and before any noun too: "The company denied wrongdoing."
///
/// Irregular past tenses that are also nouns (`nounPasts`: "spoke", "saw") are verbs when the tagger read them as
/// nouns right after a name or a pronoun and before a preposition, an adverb, a determiner or a pronoun: "Moon
/// Jae-in spoke by phone with Shinzo Abe" (not "the wheel's spoke", "a saw").
enum PastVerbRepair {
    static let nounPasts: Set<String> = ["spoke", "saw"]

    static let judgingVerbs: Set<String> = [
        "denied", "rejected", "dismissed", "condemned", "welcomed", "criticised", "criticized", "admitted", "praised",
        "blamed", "refuted",
    ]

    static func repair(_ words: inout [Word]) {
        guard words.count >= 3 else { return }
        for i in 1..<(words.count - 1) where words[i].upos == "NOUN" && nounPasts.contains(words[i].form) {
            let before = words[i - 1], after = words[i + 1]
            guard ["NNP", "NNPS", "PRP"].contains(before.xpos), ["ADP", "ADV", "DET", "PRON"].contains(after.upos) else { continue }
            words[i].upos = "VERB"
            words[i].xpos = "VBD"
        }
        for i in 1..<(words.count - 1) where isCandidate(words[i]) {
            let before = words[i - 1], after = words[i + 1]
            let judging = judgingVerbs.contains(words[i].form)
            guard ["NNP", "NNPS", "NNS"].contains(before.xpos) || judging && before.xpos == "NN",
                  ["NNP", "NNPS", "DT", "PRP", "PRP$"].contains(after.xpos)
                      || after.upos == "ADJ" && after.form.first?.isUppercase == true
                      || judging && ["NN", "NNS", "JJ"].contains(after.xpos)
            else { continue }
            guard isOnlyVerbCandidate(i, in: words) else { continue }
            words[i].upos = "VERB"
            words[i].xpos = "VBD"
        }
    }

    /// Whether no other word of word `i`'s clause (between the commas, conjunctions and subordinators around it) is
    /// a verb or an auxiliary.
    static func isOnlyVerbCandidate(_ i: Int, in words: [Word]) -> Bool {
        var start = i - 1
        while start > 0, !isClauseBoundary(words[start - 1]) { start -= 1 }
        var end = i + 1
        while end + 1 < words.count, !isClauseBoundary(words[end + 1]) { end += 1 }
        return !(start...end).contains { $0 != i && (words[$0].upos == "VERB" || words[$0].upos == "AUX") }
    }

    /// A lower-case word of five letters or more ending in "ed", read as an adjective or a past participle.
    private static func isCandidate(_ word: Word) -> Bool {
        word.form.count >= 5 && word.form.hasSuffix("ed") && word.form.first?.isLowercase == true
            && (word.upos == "ADJ" || word.upos == "VERB" && word.xpos == "VBN")
    }

    private static func isClauseBoundary(_ word: Word) -> Bool {
        [",", ";", ":", "(", ")", "\"", "--"].contains(word.form) || ["SCONJ", "CCONJ"].contains(word.upos)
            || word.form == "that" || word.form == "That" || word.form == "THAT"
    }
}
