import KGText

/// Tags as a noun an "-ing" word that English has only as a noun ("denied wrongdoing", "voiced misgivings"): read as
/// a verb, "have denied wrongdoing in the case" becomes a negated act "wrongdo". Only words without a verb of their
/// own, so nothing else can change. And as an adjective "neighbouring" before the name it describes
/// (`adjectives`), and "ranking" before the member it ranks ("the committee's ranking member Adam Schiff", read as
/// the committee ranking Schiff).
enum IngNounRepair {
    /// "-ing" words that are nouns only (there is no verb "wrongdo", "misgive", "upbring").
    static let nouns: Set<String> = [
        "wrongdoing", "wrongdoings", "misgiving", "misgivings", "shortcoming", "shortcomings", "upbringing",
        "wellbeing", "well-being", "evildoing", "inkling", "offspring", "sibling", "siblings",
    ]

    /// "-ing" words that are adjectives between a preposition or determiner and a noun ("in neighbouring
    /// Ethiopia"): read as a verb, the place became something neighboured. After a noun ("Ethiopia, neighbouring
    /// Sudan, …") they stay verbs.
    static let adjectives: Set<String> = ["neighbouring", "neighboring"]
    /// Nouns "ranking" grades ("ranking member", "the ranking Democrat").
    static let rankedNouns: Set<String> = ["member", "members", "democrat", "democrats", "republican", "republicans", "officer", "officers", "official", "officials"]
    static let prepositions: Set<String> = ["in", "into", "from", "to", "across", "with", "on", "at", "by", "for", "of"]

    static func repair(_ words: inout [Word]) {
        for i in words.indices where words[i].upos == "VERB" {
            let form = words[i].form
            guard form.hasSuffix("ing") || form.hasSuffix("ings") else { continue }
            let lower = form.lowercased()
            if nouns.contains(lower) {
                words[i].upos = "NOUN"
                words[i].xpos = form.hasSuffix("s") ? "NNS" : "NN"
            } else if lower == "ranking", i + 1 < words.count, Self.rankedNouns.contains(words[i + 1].form.lowercased()) {
                words[i].upos = "ADJ"
                words[i].xpos = "JJ"
            } else if adjectives.contains(lower), i > 0, i + 1 < words.count {
                // (The tagger may call the preposition before a verb-like word a conjunction: "in neighbouring".)
                let before = words[i - 1]
                guard ["ADP", "DET"].contains(before.upos) || before.upos == "SCONJ" && Self.prepositions.contains(before.form.lowercased()),
                      ["PROPN", "NOUN"].contains(words[i + 1].upos) else { continue }
                words[i].upos = "ADJ"
                words[i].xpos = "JJ"
            }
        }
    }
}
