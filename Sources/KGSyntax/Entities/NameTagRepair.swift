import KGCore
import KGText

/// Tags the capitalised words of a person's name as proper nouns before the lemmatizer and parser see them.
///
/// The part-of-speech tagger reads a surname that is also a common word as that word ("Attorney General Jeff
/// Sessions" with *Sessions* a plural noun, lemma "session"; "Walsh, who served …" with *Walsh* an interjection),
/// and the parser then splits the name in two or loses the subject. The named-entity tagger, which sees the
/// whole name, has it right more often; UD English tags the words of a name PROPN/NNP.
///
/// Only words the entity tagger put inside a person's name, that start with a capital and that the tagger made
/// a noun, adjective, verb, adverb, interjection, unknown word or (other than "the", "this" …) determiner are retagged, and a proper noun it made plural
/// becomes singular; organisations and places ("New York", "House of Commons") are left as tagged (retagging
/// them measured no better on the gold and EWT dev), as are numbers ("IV"), except a capitalised hyphenated word
/// inside one that the tagger made a verb ("US Anti-Doping Agency": *Anti-Doping* as a verb in -ing cut the name in
/// two, the agency acting as "Agency").
public enum NameTagRepair {
    static let retaggable: Set<String> = ["NOUN", "ADJ", "VERB", "ADV", "INTJ", "X"]
    /// A determiner in a person's name is a surname the tagger read as a word ("Trump senior adviser X", with
    /// *Trump* a determiner as in "trump card" at the start of a sentence), unless it is one of these.
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "every", "each", "all", "both",
        "either", "neither", "another", "such", "what", "which", "whatever", "whichever",
    ]

    /// Particles of names written in lower case ("Abu Bakr al-Baghdadi", "Ursula von der Leyen").
    static let nameParticles = Lexicon.words(.nameParticles)

    /// Retags the words of each person's name of one sentence in place, and a lower-case word the tagger made a
    /// proper noun outside every name as a common noun: news capitalises its names, and "the ministry said", "the
    /// coast guard" or "the airport" read as names lose their subject or their head.
    public static func repair(_ words: inout [Word]) {
        for w in words.indices where words[w].upos == "PROPN" && words[w].entity == "O" && isLowercaseWord(words[w].form) {
            words[w].upos = "NOUN"
            words[w].xpos = words[w].xpos == "NNPS" ? "NNS" : "NN"
        }
        for span in EntitySpan.spans(ofTags: words.map(\.entity)) where span.type != NamedEntityType.person.rawValue {
            for w in span.range.dropLast() where words[w].upos == "VERB" && isCapitalizedCompound(words[w].form) {
                words[w].upos = "PROPN"
                words[w].xpos = "NNP"
            }
        }
        for span in EntitySpan.spans(ofTags: words.map(\.entity)) where span.type == NamedEntityType.person.rawValue {
            for w in span.range where startsUpper(words[w].form) {
                // A surname is no plural ("Trillanes" NNPS, lemma "Trillane").
                if words[w].upos == "PROPN", words[w].xpos == "NNPS" { words[w].xpos = "NNP" }
                let surnameReadAsDeterminer = words[w].upos == "DET" && !determiners.contains(words[w].form.lowercased())
                guard retaggable.contains(words[w].upos) || surnameReadAsDeterminer else { continue }
                words[w].upos = "PROPN"
                words[w].xpos = "NNP"
            }
        }
    }

    /// Three or more letters, all lower case, and no particle of a name.
    static func isLowercaseWord(_ form: String) -> Bool {
        form.unicodeScalars.count >= 3 && form.unicodeScalars.allSatisfy { $0.properties.isLowercase }
            && !nameParticles.contains(form)
    }

    /// "Anti-Doping", "Coca-Cola": hyphen-joined parts, each capitalised.
    static func isCapitalizedCompound(_ form: String) -> Bool {
        let parts = form.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count > 1 && parts.allSatisfy { startsUpper(String($0)) }
    }

    static func startsUpper(_ form: String) -> Bool {
        form.unicodeScalars.first?.properties.isUppercase == true
    }
}
