import KGCore
import KGText

/// Keeps hyphenated given names whole: "Ban Ki-moon", "Lee Jae-yong", "Moon Jae-in". The tokenizer splits
/// hyphens as UD English does, and the tagger, which has rarely seen such names, reads the lower-case syllable
/// after the hyphen as a common noun ("moon"), so the parser cuts the name in two ("Ban Ki" acting, "moon" the
/// subject). Between tagging and parsing, a lower-case syllable joined by a hyphen to a short capitalised word
/// that follows another proper noun is tagged a proper noun too, and so is the short capitalised word when the
/// tagger read it as a common word ("Choi Soon-sil").
///
/// Words that commonly close a hyphenated modifier are left alone ("New York-based", "Bush-era", "Moon-led").
enum HyphenatedNames {
    /// Retags the second part of such names in `words` (already tagged) as PROPN/NNP.
    static func repair(_ words: inout [Word]) {
        for name in names(in: words) {
            // "Choi Soon-sil": a first syllable that is an English word ("soon") is read as one; it is part of the
            // name too (`names` leaves out a prefix that opens a hyphenated modifier: "US Anti-war activists").
            for w in name.dropFirst() where words[w].form != "-" {
                words[w].upos = "PROPN"
                words[w].xpos = "NNP"
            }
        }
    }

    /// Marks such names a person for the entity tagger's sake, after it ran: it has seen few of them, and reads
    /// "Choi Soon-sil" as a place as often as a person, so that one person became several nodes. A surname, a
    /// short capitalised syllable, a hyphen and a lower-case syllable is a person's name in the news.
    static func tagPersons(_ words: inout [Word]) {
        for name in names(in: words) {
            for w in name { words[w].entity = (w == name.lowerBound ? "B-" : "I-") + NamedEntityType.person.rawValue }
        }
    }

    /// After parsing, makes each such name (proper nouns by then) one unit: the parser, which has seen few of them,
    /// sometimes hangs the last syllable on the verb as a second subject ("Moon Jae-in visited": "in" a subject).
    /// The name's word nearest the root keeps its place; the other words hang on it (`flat`, the hyphen `punct`),
    /// and so does anything that hung on them. Nearest the root, the kept word has no ancestor inside the name, so
    /// no cycle can form.
    static func attach(_ words: inout [Word]) {
        for name in names(in: words) where name.allSatisfy({ words[$0].upos == "PROPN" || words[$0].form == "-" }) {
            func depth(_ w: Int) -> Int {
                var d = 0, h = words[w].head
                while h > 0, d <= words.count { d += 1; h = words[h - 1].head }
                return d
            }
            guard let top = name.min(by: { (depth($0), $0) < (depth($1), $1) }) else { continue }
            for w in name where w != top {
                words[w].head = top + 1
                words[w].relation = words[w].form == "-" ? "punct" : "flat"
            }
            for w in words.indices where !name.contains(w) && name.contains(words[w].head - 1) && words[w].head - 1 != top {
                words[w].head = top + 1
            }
        }
    }

    /// The words of each hyphenated name: surname, first syllable, hyphen, second syllable.
    static func names(in words: [Word]) -> [ClosedRange<Int>] {
        guard words.count >= 4 else { return [] }
        var out: [ClosedRange<Int>] = []
        for i in 2..<(words.count - 1) where words[i].form == "-" && !words[i - 1].spaceAfter && !words[i].spaceAfter {
            let surname = words[i - 2], first = words[i - 1], second = words[i + 1]
            guard surname.xpos == "NNP", isCapitalised(surname.form), isCapitalised(first.form),
                  (2...5).contains(first.form.count), isSyllable(second.form) else { continue }
            if first.xpos != "NNP", modifierStarts.contains(first.form.lowercased()) { continue }
            out.append((i - 2)...(i + 1))
        }
        return out
    }

    /// "Ki", "Jae": an upper-case letter, then lower-case ones.
    private static func isCapitalised(_ form: String) -> Bool {
        guard let first = form.unicodeScalars.first, first.properties.isUppercase else { return false }
        return form.unicodeScalars.dropFirst().allSatisfy(\.properties.isLowercase)
    }

    private static let modifierEnds = Lexicon.words(.hyphenModifierEnds)

    /// Prefixes that open a hyphenated modifier or compound ("Anti-war", "Pro-choice", "Ex-wife"): never a given
    /// name's first syllable when the tagger did not read it as a name.
    static let modifierStarts: Set<String> = [
        "anti", "pro", "non", "post", "pre", "co", "ex", "self", "mid", "well", "high", "low", "semi", "multi",
        "inter", "intra", "over", "under", "all", "half", "cross", "one", "two", "long", "short", "far", "near",
        "re", "un", "sub", "neo", "vice", "so", "up", "down", "out", "off", "on", "in",
    ]

    /// "moon", "yong", "in": two to five lower-case letters, not a word that ends a hyphenated modifier.
    private static func isSyllable(_ form: String) -> Bool {
        (2...5).contains(form.count) && form.unicodeScalars.allSatisfy { $0.properties.isLowercase && $0.properties.isAlphabetic }
            && !form.hasSuffix("ed") && !form.hasSuffix("ing") && !modifierEnds.contains(form)
    }
}
