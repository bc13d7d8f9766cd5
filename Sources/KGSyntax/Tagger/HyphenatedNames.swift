import KGCore
import KGText

/// Keeps hyphenated given names whole: "Ban Ki-moon", "Lee Jae-yong", "Moon Jae-in". The tokenizer splits
/// hyphens as UD English does, and the tagger, which has rarely seen such names, reads the lower-case syllable
/// after the hyphen as a common noun ("moon"), so the parser cuts the name in two ("Ban Ki" acting, "moon" the
/// subject). Between tagging and parsing, a lower-case syllable joined by a hyphen to a short capitalised word
/// that follows another proper noun is tagged a proper noun too.
///
/// Words that commonly close a hyphenated modifier are left alone ("New York-based", "Bush-era", "Moon-led").
enum HyphenatedNames {
    /// Retags the second part of such names in `words` (already tagged) as PROPN/NNP.
    static func repair(_ words: inout [Word]) {
        guard words.count >= 4 else { return }
        for i in 2..<(words.count - 1) where words[i].form == "-" && !words[i - 1].spaceAfter && !words[i].spaceAfter {
            let surname = words[i - 2], first = words[i - 1], second = words[i + 1]
            guard surname.xpos == "NNP", isCapitalised(surname.form), first.xpos == "NNP", isCapitalised(first.form),
                  (2...5).contains(first.form.count), isSyllable(second.form) else { continue }
            words[i + 1].upos = "PROPN"
            words[i + 1].xpos = "NNP"
        }
    }

    /// "Ki", "Jae": an upper-case letter, then lower-case ones.
    private static func isCapitalised(_ form: String) -> Bool {
        guard let first = form.unicodeScalars.first, first.properties.isUppercase else { return false }
        return form.unicodeScalars.dropFirst().allSatisfy(\.properties.isLowercase)
    }

    private static let modifierEnds = Lexicon.words(.hyphenModifierEnds)

    /// "moon", "yong", "in": two to five lower-case letters, not a word that ends a hyphenated modifier.
    private static func isSyllable(_ form: String) -> Bool {
        (2...5).contains(form.count) && form.unicodeScalars.allSatisfy { $0.properties.isLowercase && $0.properties.isAlphabetic }
            && !form.hasSuffix("ed") && !form.hasSuffix("ing") && !modifierEnds.contains(form)
    }
}
