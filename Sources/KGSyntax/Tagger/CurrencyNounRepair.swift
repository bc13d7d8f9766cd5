import KGText

/// Tags as a noun the Korean currency after an amount: "donated 20 million won ($17 million) to charities", "paid
/// 50,000 won for it". Read as the past of "win" (as the tagger, trained on little Korean news, reads it) the amount
/// wins, and the sentence loses its verb's object and recipient. After "million", "billion" or "trillion", or after
/// a number that is a verb's or preposition's; "180 won seats" after a comma stays the verb.
enum CurrencyNounRepair {
    static let scales: Set<String> = ["thousand", "million", "billion", "trillion", "mln", "bln"]

    static func repair(_ words: inout [Word]) {
        guard words.count >= 2 else { return }
        for i in 1..<words.count where words[i].form == "won" && words[i].upos == "VERB" && words[i - 1].xpos == "CD" {
            let amount = words[i - 1].form.lowercased()
            let before = i >= 2 ? words[i - 2] : nil
            guard scales.contains(amount) || amount.first?.isNumber == true && before.map({ $0.upos == "VERB" || $0.upos == "ADP" }) == true
            else { continue }
            words[i].upos = "NOUN"
            words[i].xpos = "NN"
        }
    }
}
