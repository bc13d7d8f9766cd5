import KGText

/// Tags as a noun a verb form inside a descriptor before a name: "US swimming legend Michael Phelps", "the US
/// chemicals company Cabot". Read as verbs they make the country swim or "chemical" the company, and the name loses
/// its description. The shape: a proper noun opening the phrase (after "the"; an "-ing" word also at the sentence's
/// start), the "-ing" or "-s" word, a lower-case common noun, then a proper noun.
enum DescriptorNounRepair {
    static func repair(_ words: inout [Word]) {
        guard words.count >= 4 else { return }
        for i in 1..<(words.count - 2) where words[i].upos == "VERB" && (words[i].xpos == "VBG" || words[i].xpos == "VBZ") {
            let before = words[i - 1], noun = words[i + 1], name = words[i + 2]
            guard before.xpos == "NNP", before.form.first?.isUppercase == true,
                  // (An "-s" word only after "the": a headline's "Germany refutes isolationism G20 …" is a verb.)
                  i >= 2 && ["the", "The"].contains(words[i - 2].form) || i == 1 && words[i].xpos == "VBG",
                  ["NN", "NNS"].contains(noun.xpos), noun.form.first?.isLowercase == true,
                  name.xpos == "NNP", name.form.first?.isUppercase == true,
                  words[i].form.first?.isLowercase == true
            else { continue }
            words[i].upos = "NOUN"
            words[i].xpos = words[i].xpos == "VBZ" ? "NNS" : "NN"
        }
    }
}
