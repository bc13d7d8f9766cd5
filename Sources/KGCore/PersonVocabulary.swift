import Foundation

/// A person's grammatical gender as titles, given names and pronouns mark it.
public enum Gender: String, Sendable, Hashable, Codable {
    case male, female
}

/// What the text tells about people without naming them: courtesy and rank titles ("Mr", "Dame", "Gen."),
/// personal pronouns and given names with their gender. Three tables (`person-titles.tsv`, `pronouns.tsv` and
/// `given-names.tsv`, read by `Lexicon`), read once, shared by the extractors (which type and resolve mentions)
/// and the graph (which keys people).
public enum PersonVocabulary {
    /// A word written before a person's name that is not part of it.
    public struct Title: Sendable, Hashable {
        /// The gender the title implies ("Mrs" → female), nil when it implies none ("Dr", "Gen.").
        public var gender: Gender?
        /// A courtesy title ("Mr", "Ms", "Sir"): the surname after it is how the article refers to the person.
        public var isCourtesy: Bool
    }

    /// A personal pronoun's agreement features.
    public struct Pronoun: Sendable, Hashable {
        /// Nil for "they", "we", "it" and the like.
        public var gender: Gender?
        /// Whether it refers to one person ("he", "she"); "they" never does in this project's reading.
        public var isPersonal: Bool
        public var isPlural: Bool
    }

    /// The title a word is ("Mr", "mr.", "GEN" → the same), or nil.
    public static func title(_ word: String) -> Title? {
        data.titles[fold(word)]
    }

    /// The pronoun a word is, or nil.
    public static func pronoun(_ word: String) -> Pronoun? {
        data.pronouns[word.lowercased()]
    }

    /// The gender a given name usually has ("Anna" → female), nil when unknown or used for both.
    public static func gender(ofGivenName name: String) -> Gender? {
        data.givenNames[fold(name)]
    }

    /// Lower case, without diacritics and a final full stop: how titles and given names are looked up.
    static func fold(_ word: String) -> String {
        var folded = word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if folded.hasSuffix(".") { folded.removeLast() }
        return folded
    }

    /// A string that changes when the tables change.
    public static var version: String { data.version }

    private static let data = PersonVocabularyData()
}

/// The vocabulary's tables parsed from their sources.
struct PersonVocabularyData: Sendable {
    var titles: [String: PersonVocabulary.Title] = [:]
    var pronouns: [String: PersonVocabulary.Pronoun] = [:]
    var givenNames: [String: Gender] = [:]
    var version = ""

    init() {
        func gender(_ mark: String) -> Gender? { mark == "m" ? .male : mark == "f" ? .female : nil }
        for row in Lexicon.rows(.personTitles) {
            let c = row.fields
            titles[PersonVocabulary.fold(c[0])] = .init(gender: gender(c[1]), isCourtesy: c[2] == "courtesy")
        }
        for row in Lexicon.rows(.pronouns) {
            let c = row.fields
            pronouns[c[0]] = .init(gender: gender(c[1]), isPersonal: c[2] == "sg" && gender(c[1]) != nil, isPlural: c[2] == "pl")
        }
        var conflicting = Set<String>()
        for row in Lexicon.rows(.givenNames) {
            guard let mark = gender(row.fields[1]) else { continue }
            let key = PersonVocabulary.fold(row.fields[0])
            // A name listed for both genders ("Jean", "Andrea") tells nothing.
            if let other = givenNames[key], other != mark { conflicting.insert(key) }
            givenNames[key] = mark
        }
        for key in conflicting { givenNames[key] = nil }
        version = String(Lexicon.version.prefix(16))
    }
}
