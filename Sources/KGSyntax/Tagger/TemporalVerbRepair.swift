import KGText

/// Tags as a past-tense verb a participle right after a time phrase that follows the subject: "The EC last year
/// imposed sanctions against Syria", "The EU this week imposed …". The tagger reads *imposed* as a participle
/// (VBN), and the parser then makes the whole sentence one noun phrase ("imposed sanctions" with no clause), so
/// nothing is extracted. After a noun, a proper noun or a pronoun and a time phrase ("last year", "this week",
/// "earlier this month", "on Monday", "in March"), a participle is the clause's verb.
enum TemporalVerbRepair {
    /// Words that open a time phrase before its time noun.
    static let openers: Set<String> = ["last", "this", "next", "late", "early", "earlier", "on", "in", "that", "same"]
    static let timeNouns: Set<String> = [
        "year", "week", "month", "weekend", "night", "morning", "afternoon", "evening", "quarter", "spring", "summer",
        "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    /// Retags such participles in place as VBD.
    static func repair(_ words: inout [Word]) {
        guard words.count >= 4 else { return }
        for i in 3..<words.count where words[i].xpos == "VBN" && words[i].upos == "VERB" {
            guard timeNouns.contains(words[i - 1].form.lowercased()), openers.contains(words[i - 2].form.lowercased()) else { continue }
            // "earlier this year": one more word of the phrase.
            var before = i - 3
            if before >= 1, words[before].form.lowercased() == "earlier" || words[before].form.lowercased() == "late" { before -= 1 }
            guard ["NOUN", "PROPN", "PRON"].contains(words[before].upos) else { continue }
            words[i].xpos = "VBD"
        }
    }
}
