/// The lemmas a regular English inflection could come from, most plausible first: "raided" VBD → raid, raide;
/// "hoped" → hope, hop (a stem like "hop" would have doubled: "hopped"); "planned" → plann, planne, plan.
/// The lemmatizer keeps the first candidate that is a known word; spelling rules alone cannot choose.
enum InflectionCandidates {
    /// Candidates for a lowercased ASCII `form` with Penn tag `xpos`; empty when the tag or ending is not a
    /// regular inflection (then the suffix rules alone decide).
    static func of(_ form: String, xpos: String) -> [String] {
        let letters = Array(form.utf8)
        guard letters.count >= 3, letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return [] }
        switch xpos {
        case "VBD", "VBN":
            // Shorter "-ed" forms are irregular ("shed", "sped", "fled"); their two-letter stems are noise.
            guard letters.count >= 5, letters.hasSuffix("ed") else { return [] }
            return stemCandidates(Array(letters.dropLast(2)), iBecomesY: true)
        case "VBG":
            guard letters.count >= 5, letters.hasSuffix("ing") else { return [] }
            var stem = Array(letters.dropLast(3))
            var candidates = stemCandidates(stem, iBecomesY: false)
            if stem.last == UInt8(ascii: "y") {  // dying → die
                stem.removeLast()
                candidates.append(string(stem + Array("ie".utf8)))
            }
            return candidates
        case "VBZ":
            return sCandidates(letters, noun: false)
        case "NNS":
            return sCandidates(letters, noun: true)
        default:
            return []
        }
    }

    /// Lemmas of a stem left by stripping "ed" or "ing": the stem, the stem + "e", the undoubled stem.
    private static func stemCandidates(_ stem: [UInt8], iBecomesY: Bool) -> [String] {
        var candidates: [String] = []
        if iBecomesY, stem.count >= 2, stem.last == UInt8(ascii: "i") {  // carried → carry
            candidates.append(string(stem.dropLast() + [UInt8(ascii: "y")]))
        }
        let plain = string(stem)
        let withE = string(stem + [UInt8(ascii: "e")])
        // A stem ending consonant-vowel-consonant would have doubled its consonant ("hop" → "hopped"), so
        // "hoped" more likely comes from "hope"; "-thed" mostly from "-the" (bathe, breathe, clothe);
        // otherwise "-ed"/"-ing" was added to the bare stem.
        candidates += prefersFinalE(stem) ? [withE, plain] : [plain, withE]
        if stem.count >= 3, let last = stem.last, last == stem[stem.count - 2], !isVowel(last) {
            candidates.append(string(stem.dropLast()))  // planned → plan
        }
        return candidates
    }

    /// Lemmas of a plural noun or third-person verb: strip "s", strip "es", "ies" → "y", "ses" → "sis".
    private static func sCandidates(_ letters: [UInt8], noun: Bool) -> [String] {
        guard letters.count >= 3, letters.hasSuffix("s"), !letters.hasSuffix("ss") else { return [] }
        let stripS = string(letters.dropLast())
        guard letters.hasSuffix("es") else { return [stripS] }
        let stem = Array(letters.dropLast(2))
        var candidates: [String] = []
        if noun, letters.count >= 5, letters.hasSuffix("ses"), let before = stem.dropLast().last,
           isVowel(before) || before == UInt8(ascii: "y") {
            candidates.append(string(stem.dropLast() + Array("sis".utf8)))  // crises → crisis
        }
        if letters.hasSuffix("ies"), stem.count >= 3 {  // carries → carry
            candidates.append(string(stem.dropLast() + [UInt8(ascii: "y")]))
        }
        // "-es" was added after sibilants and, in stems of three or more letters, after "o" (vetoes, but toes).
        let sibilant = stem.hasSuffix("ss") || stem.hasSuffix("x") || stem.hasSuffix("z") || stem.hasSuffix("ch")
            || stem.hasSuffix("sh") || (stem.count >= 3 && stem.hasSuffix("o"))
        candidates += sibilant ? [string(stem), stripS] : [stripS, string(stem)]
        return candidates
    }

    /// Whether the stem ends in "th" or in a single short vowel and a consonant that doubles ("hop", "us").
    private static func prefersFinalE(_ stem: [UInt8]) -> Bool {
        if stem.count >= 3, stem.hasSuffix("th") { return true }
        guard stem.count >= 2, let last = stem.last, !isVowel(last), !"wxy".utf8.contains(last),
              isVowel(stem[stem.count - 2])
        else { return false }
        return stem.count == 2 || !isVowel(stem[stem.count - 3])
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        "aeiou".utf8.contains(letter)
    }

    private static func string<Letters: Sequence>(_ letters: Letters) -> String where Letters.Element == UInt8 {
        String(decoding: Array(letters), as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    fileprivate func hasSuffix(_ suffix: String) -> Bool {
        let tail = Array(suffix.utf8)
        return count >= tail.count && Array(self[(count - tail.count)...]) == tail
    }
}
