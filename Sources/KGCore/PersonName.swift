import Foundation

/// How a person's name is keyed so that one person is one node however the articles spell them: titles and
/// roles in front dropped ("Mr", "President", "Gen."), middle names and initials dropped ("George W. Bush"),
/// diacritics and Russian transliteration variants folded (Sergei/Sergey, Dmitri/Dmitry/Dmitriy,
/// Alexei/Aleksey, Aleksandr/Alexander, Zelensky/Zelenskiy/Zelenskyy), and short given names and other spellings
/// folded to one (Mike/Michael, Bill/William, Stephen/Steven/Steve, Hasan/Hassan, Mohamed/Muhammad/Mohammed).
public enum PersonName {
    /// The folded key of a person's name ("Sergey Lavrov" → "sergei lavrov"); a parenthesised suffix
    /// ("Novak (doc-1)", a surname scoped to one article) is kept as written.
    public static func key(_ name: String) -> String {
        var base = name
        var suffix = ""
        if let open = name.range(of: " ("), name.hasSuffix(")") {
            base = String(name[..<open.lowerBound])
            suffix = " (" + name[open.upperBound...].lowercased()
        }
        var words = nameWords(base)
        guard !words.isEmpty else { return suffix.isEmpty ? "" : String(suffix.dropFirst()) }
        // "Sergey-Lavrov" (a scraper's hyphen for a space) is Sergey Lavrov.
        if words.count == 1, let glued = gluedFullName(base) { words = glued }
        // "Mike Flynn" is Michael Flynn: a short given name folds to the full one (not a surname alone).
        if words.count > 1, let full = shortForms[words[0]] { words[0] = full }
        return words.map(transliterated).joined(separator: " ") + suffix
    }

    /// A one-word name that is a given name glued by a hyphen to a word that is no given name
    /// ("Sergey-Lavrov", "Angela-Merkel"), as its two folded words; nil for others ("Jean-Pierre", "Abdel-Hamid",
    /// which a document names in full).
    static func gluedFullName(_ name: String) -> [String]? {
        guard name.contains("-") else { return nil }
        let parts = name.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let surname = parts.last, surname.count > 1, surname.allSatisfy(\.isLetter),
              PersonVocabulary.gender(ofGivenName: parts[0]) != nil,
              PersonVocabulary.gender(ofGivenName: surname) == nil,
              !["abdel", "abdul", "abd", "abu", "ben", "ibn", "bin"].contains(parts[0].lowercased())
        else { return nil }
        return nameWords(parts[0] + " " + surname)
    }

    /// Whether a name is a given name and surname glued by a hyphen ("Sergey-Lavrov"): never the name to show.
    public static func isGluedFullName(_ name: String) -> Bool {
        !name.contains(" ") && gluedFullName(name) != nil
    }

    /// Short given names and the full names they stand for ("mike" → "michael").
    static let shortForms = Lexicon.map(.givenNameShortForms)

    /// The folded surname of a name ("Mr Sergey Lavrov" → "lavrov", "Marine Le Pen" → "le pen"), nil when
    /// nothing is left after the titles.
    public static func surnameKey(_ name: String) -> String? {
        // "King Salman" is a given name.
        if isGivenNameTitled(unscoped(name)) { return nil }
        let written = unscoped(name).split(whereSeparator: \.isWhitespace).map(String.init)
        let untitled = Array(written.drop { PersonVocabulary.title($0) != nil || RelationTaxonomy.isRoleNoun($0.lowercased()) })
        if let family = leadingFamilyName(untitled.joined(separator: " ")) { return key(family) }
        var words = nameWords(unscoped(name))
        // "Antonio Trillanes IV" is a Trillanes, "Donald Trump Jr." a Trump.
        if words.count > 2, let last = words.last, generationSuffixes.contains(last) { words.removeLast() }
        guard let last = words.last else { return nil }
        var surname = [last]
        var k = words.count - 2
        while k >= 1, particles.contains(words[k]) { surname.insert(words[k], at: 0); k -= 1 }
        // "De Mistura", "Mr de Mistura": a particle that opens the name is the surname's (not "Ben Carson").
        if k == 0, leadingParticles.contains(words[0]) { surname.insert(words[0], at: 0) }
        return surname.map(transliterated).joined(separator: " ")
    }

    /// Whether a person's name is a surname alone once titles and an article scope are dropped ("Mr Novak",
    /// "Novak (doc-7)", "President Trump", "De Mistura").
    public static func isSurnameOnly(_ name: String) -> Bool {
        let words = nameWords(unscoped(name))
        return words.count == 1 || words.count > 1 && words.dropLast().allSatisfy(leadingParticles.contains)
    }

    /// Particles that open a surname written without its given name ("De Mistura", "von der Leyen", "bin Salman");
    /// not those that are given names too ("Ben", "Al", "Abu", "El", "La").
    static let leadingParticles: Set<String> = [
        "de", "da", "di", "del", "der", "van", "von", "le", "du", "dos", "das", "bin", "ibn",
    ]

    /// The name without a parenthesised scope at its end ("Novak (doc-7)" → "Novak").
    public static func unscoped(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) else { return name }
        return String(name[..<open.lowerBound])
    }

    /// The name's words as written, folded, without leading titles and roles ("President Recep Tayyip Erdogan" →
    /// recep, tayyip, erdogan).
    public static func writtenWords(_ name: String) -> [String] {
        untitledWords(unscoped(name))
    }

    /// The name's words, folded, without leading titles and roles (but for a title before a given name alone,
    /// "King Salman").
    private static func untitledWords(_ name: String) -> [String] {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
        var words = folded.split(whereSeparator: \.isWhitespace).map(String.init)
        while words.count > 1, let first = words.first,
              PersonVocabulary.title(first) != nil || RelationTaxonomy.isRoleNoun(first) || titleModifiers.contains(first),
              !(words.count == 2 && givenNameTitles.contains(first)) {
            words.removeFirst()
        }
        return words
    }

    /// The name's words, folded, without leading titles and roles and without middle names and initials.
    static func nameWords(_ name: String) -> [String] {
        var words = untitledWords(name)
        // A generation ("Jr.", "IV") stays in the name, after the surname: the son is not the father.
        var suffix: [String] = []
        if words.count > 2, let last = words.last, generationSuffixes.contains(last) { suffix = [words.removeLast()] }
        guard words.count > 2 else { return words + suffix }
        // First name and surname (with its particles: "von der Leyen", "bin Salman"); the middle goes.
        var surnameStart = words.count - 1
        while surnameStart > 1, particles.contains(words[surnameStart - 1]) { surnameStart -= 1 }
        return [words[0]] + words[surnameStart...] + suffix
    }

    /// Titles that go before a given name, not a surname ("King Salman", "Pope Francis", "Prince Harry"): with one
    /// word after them they are part of the name, and that word is no one's surname.
    public static let givenNameTitles: Set<String> = ["king", "queen", "prince", "princess", "pope", "emir", "sultan", "sheikh", "sheik"]

    /// Whether a name is one of `givenNameTitles` and one word ("King Salman").
    public static func isGivenNameTitled(_ name: String) -> Bool {
        let words = name.split(whereSeparator: \.isWhitespace)
        return words.count == 2 && givenNameTitles.contains(words[0].lowercased())
    }

    /// Words after a surname that tell generations apart (folded): "Jr.", "III".
    public static let generationSuffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"]

    /// The name without a generation after the surname ("Antonio Trillanes IV" → "Antonio Trillanes").
    public static func withoutGeneration(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 2, let last = words.last, generationSuffixes.contains(last.lowercased()) else { return name }
        return words.dropLast().joined(separator: " ")
    }

    /// One spelling for the usual romanisations of Russian and Ukrainian names.
    static func transliterated(_ word: String) -> String {
        var w = word.replacingOccurrences(of: "x", with: "ks")
        w = w.replacingOccurrences(of: "y", with: "i")
        while w.contains("ii") { w = w.replacingOccurrences(of: "ii", with: "i") }
        if w.hasSuffix("ndr") { w = String(w.dropLast()) + "er" }
        return w
    }

    /// Words in front of a title that are part of it ("prime" in "Prime Minister", "vice", "former").
    static let titleModifiers: Set<String> = [
        "prime", "vice", "deputy", "former", "acting", "foreign", "defence", "defense", "interior", "finance",
        "chief", "first", "secretary", "supreme", "lord", "high",
    ]

    /// Whether a word is a particle of a surname ("Le" in "Le Pen", "von" in "von der Leyen"), whatever its case.
    public static func isParticle(_ word: String) -> Bool { particles.contains(word.lowercased()) }

    /// Lower-case particles that belong to a surname.
    static let particles: Set<String> = [
        "al", "el", "bin", "ibn", "de", "da", "di", "del", "der", "van", "von", "la", "le", "du", "dos", "das", "abu", "ben",
    ]
}
