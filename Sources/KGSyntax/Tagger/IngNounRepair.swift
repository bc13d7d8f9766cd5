import KGText

/// Tags as a noun an "-ing" word that English has only as a noun ("denied wrongdoing", "voiced misgivings"): read as
/// a verb, "have denied wrongdoing in the case" becomes a negated act "wrongdo". Only words without a verb of their
/// own, so nothing else can change.
enum IngNounRepair {
    /// "-ing" words that are nouns only (there is no verb "wrongdo", "misgive", "upbring").
    static let nouns: Set<String> = [
        "wrongdoing", "wrongdoings", "misgiving", "misgivings", "shortcoming", "shortcomings", "upbringing",
        "wellbeing", "well-being", "evildoing", "inkling", "offspring", "sibling", "siblings",
    ]

    static func repair(_ words: inout [Word]) {
        for i in words.indices where words[i].upos == "VERB" {
            let form = words[i].form
            guard form.hasSuffix("ing") || form.hasSuffix("ings"), nouns.contains(form.lowercased()) else { continue }
            let plural = form.hasSuffix("s")
            words[i].upos = "NOUN"
            words[i].xpos = plural ? "NNS" : "NN"
        }
    }
}
