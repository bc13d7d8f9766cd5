import KGText

/// Tags as a base form a verb right after "help" that the tagger read as a past tense or participle: "Soros helped
/// found the university" is founding, not finding (the lemmatizer reads a past-tense "found" as find). After
/// "help" a verb is a bare infinitive ("helped build", "helps fund"), never a past form.
enum BareInfinitiveRepair {
    static func repair(_ words: inout [Word]) {
        guard words.count >= 2 else { return }
        for i in 1..<words.count where ["VBD", "VBN"].contains(words[i].xpos) && words[i].upos == "VERB" {
            guard helpForms.contains(words[i - 1].form.lowercased()), words[i].form.first?.isLowercase == true else { continue }
            words[i].xpos = "VB"
        }
    }

    static let helpForms: Set<String> = ["help", "helps", "helped", "helping"]
}
