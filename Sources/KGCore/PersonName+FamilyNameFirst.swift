/// Names that English-language news writes family name first: Korean names with a hyphenated given name
/// ("Park Geun-hye", "Kim Jong-un") and Chinese names in pinyin ("Xi Jinping", "Li Keqiang"). A later bare
/// "Park" or "Mr Xi" is that person, so the family name is the first word, not the last.
extension PersonName {
    /// Whether a two-word name puts the family name first. Korean: the second word is a given name of two
    /// syllables joined by a hyphen with the second in lower case ("Geun-hye", unlike the French "Jean-Claude").
    /// Chinese: a common Chinese family name followed by a pinyin given name of one to three syllables ("Ken
    /// Chan" and "Lee Smith" keep their last word).
    public static func isFamilyNameFirst<S: StringProtocol>(_ words: [S]) -> Bool {
        guard words.count == 2, let family = words.first, let given = words.last,
              family.first?.isUppercase == true, given.first?.isUppercase == true, !family.contains("-") else { return false }
        if let hyphen = given.firstIndex(of: "-") {
            let before = given[..<hyphen], after = given[given.index(after: hyphen)...]
            return before.count >= 2 && after.count >= 2 && before.allSatisfy(\.isLetter) && after.allSatisfy(\.isLowercase)
        }
        guard chineseFamilyNames.contains(family.lowercased()), PersonVocabulary.gender(ofGivenName: String(family)) == nil else { return false }
        return (1...3).contains(pinyinSyllables(given.lowercased()) ?? 0)
    }

    /// The family name of a person's name as written: the first word of a family-name-first name, else nil
    /// (the caller takes the last word, with its particles).
    public static func leadingFamilyName(_ name: String) -> String? {
        let words = name.split(whereSeparator: \.isWhitespace)
        return isFamilyNameFirst(words) ? words.first.map(String.init) : nil
    }

    /// How many pinyin syllables spell `word` (lower case, no tone marks), nil when it is not pinyin.
    static func pinyinSyllables(_ word: String) -> Int? {
        let letters = Array(word)
        guard !letters.isEmpty, letters.count <= 14, letters.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return nil }
        // fewest[i]: the fewest syllables spelling letters[..<i] (nil: none).
        var fewest = [Int?](repeating: nil, count: letters.count + 1)
        fewest[0] = 0
        for end in 1...letters.count {
            for start in max(0, end - 6)..<end {
                guard let before = fewest[start], pinyinSyllable.contains(String(letters[start..<end])) else { continue }
                fewest[end] = min(fewest[end] ?? .max, before + 1)
            }
        }
        return fewest[letters.count]
    }

    /// Common Chinese family names in pinyin (the first word of "Xi Jinping"); a Japanese name ("Shinzo Abe") or
    /// a Western one does not start with one of these and a pinyin given name both.
    static let chineseFamilyNames: Set<String> = [
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
        "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng", "xiao",
        "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen",
        "yao", "jin", "fu", "zhong", "tan", "wen", "xi", "qian", "qin", "kong", "bai", "cui", "kang", "mao", "qiu", "shi",
        "gu", "hou", "shao", "meng", "duan", "lei", "yin", "chang", "bo", "hua", "fang", "jia", "xia", "zou", "xiong",
        "lai", "xue", "yan", "ge", "niu", "hao", "gong", "zhai", "ling", "wan", "liao", "zhan", "geng", "hong",
    ]

    /// Every pinyin syllable: an initial (or none) and a final.
    static let pinyinSyllable: Set<String> = {
        let initials = ["", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s", "y", "w"]
        let finals = [
            "a", "o", "e", "i", "u", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "er", "an", "en", "in", "un", "ang", "eng",
            "ing", "ong", "ua", "uo", "uai", "uan", "uang", "ia", "iao", "ian", "iang", "iong",
        ]
        var out: Set<String> = []
        for i in initials { for f in finals { out.insert(i + f) } }
        return out
    }()
}
