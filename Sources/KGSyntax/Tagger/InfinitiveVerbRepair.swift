import KGText

/// Tags as a verb a noun right after an infinitival "to" when a phrase it could govern follows: "Russia denies
/// attempting to influence the US election" had "influence" as a noun, so the parser's clause had no verb and the
/// extraction kept "to influence the US election" as the object of "attempt". The tagger itself read "to" as the
/// infinitive's marker (a particle, not the preposition), so a noun after it is the tagger contradicting itself.
///
/// Only a lower-case singular noun followed by a determiner, a possessive pronoun, a number, a proper noun or an
/// adjective ("to fund a", "to tip the", "to channel funds" stays as it is): "to date suggesting", "to government
/// run", "to trial for" and "to marriage," keep their nouns.
enum InfinitiveVerbRepair {
    static func repair(_ words: inout [Word]) {
        guard words.count >= 3 else { return }
        for i in 1..<(words.count - 1) where words[i].xpos == "NN" && words[i].form.first?.isLowercase == true {
            let marker = words[i - 1], next = words[i + 1]
            guard marker.upos == "PART", marker.xpos == "TO", marker.form.lowercased() == "to" else { continue }
            guard ["DET", "NUM", "PROPN", "ADJ"].contains(next.upos) || next.xpos == "PRP$" else { continue }
            words[i].upos = "VERB"
            words[i].xpos = "VB"
        }
    }
}
