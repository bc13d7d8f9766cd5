import Foundation
import KGCore
import KGText

/// Names of actors we know: canonical names, alternative names, demonyms and metonyms (Moscow → Russia),
/// their Wikidata ids, and the role nouns that name offices ("foreign minister").
public struct Gazetteer: Sendable {
    /// How a name refers to its entity.
    public enum Kind: String, Sendable, Hashable {
        case name, demonym, metonym
    }

    /// One known name.
    public struct Entry: Sendable, Hashable {
        /// The name's words, as the tokenizer splits them.
        public var words: [String]
        /// Canonical name of the entity ("Russia").
        public var entity: String
        public var type: EntityType
        public var kind: Kind
    }

    /// Entries by their first word, longest first, for longest-match lookup.
    private var byFirstWord: [String: [Entry]] = [:]
    /// Wikidata ids by canonical entity name.
    private var wikidataIDs: [String: String] = [:]
    /// Role phrases ("foreign minister") → the head noun a later description uses ("minister").
    public private(set) var roles: [String: String] = [:]
    /// The longest role phrase, in words, for matching.
    public private(set) var longestRole = 1
    /// ISO 3166 alpha-3 codes by canonical country name ("Cuba" → "CUB").
    var countryCodes: [String: String] = [:]
    /// The country (alpha-3) of each party, by canonical entity name.
    var partyCountries: [String: String] = [:]
    /// Parties by country and their name without it: "CHN|communist party" → Communist Party of China,
    /// "FRA|socialist party" → Socialist Party (FRA).
    var partiesByKind: [String: String] = [:]

    /// An empty gazetteer, filled by `add`.
    init() {}

    /// Reads `name<TAB>entity<TAB>type<TAB>kind` lines; `#` starts a comment line.
    public init(tsv: String, source: String = "gazetteer") throws {
        try Self.forEachRow(tsv, source: source, columns: 4...4) { columns, location in
            guard let type = EntityType(rawValue: columns[2]), let kind = Kind(rawValue: columns[3]) else {
                throw GazetteerError(message: "\(location): expected name, entity, type (\(Self.typeNames)) and kind (name|demonym|metonym)")
            }
            add(name: columns[0], entity: columns[1], type: type, kind: kind)
        }
        sortEntries()
    }

    /// Adds one name of an entity.
    mutating func add(name: String, entity: String, type: EntityType, kind: Kind) {
        let words = Self.tokenizer.tokenize(name).map(\.form)
        guard let first = words.first else { return }
        let entry = Entry(words: words, entity: entity, type: type, kind: kind)
        if byFirstWord[first]?.contains(entry) != true { byFirstWord[first, default: []].append(entry) }
    }

    /// Records an entity's Wikidata id (the first one given wins).
    mutating func setWikidata(_ id: String, for entity: String) {
        guard !id.isEmpty, wikidataIDs[entity] == nil else { return }
        wikidataIDs[entity] = id
    }

    /// Adds a role phrase and the head noun that refers back to it.
    mutating func addRole(_ phrase: String, head: String) {
        roles[phrase.lowercased()] = head.lowercased()
        longestRole = max(longestRole, phrase.split(separator: " ").count)
    }

    /// One-word demonyms used as adjectives ("Venezuelan", "Chinese"), without their plurals ("Venezuelans"):
    /// the syntax annotator tags them as adjectives before a noun (see `SyntaxAnnotator.adjectiveForms`).
    public var adjectiveDemonyms: Set<String> {
        var forms: Set<String> = []
        for entries in byFirstWord.values {
            for entry in entries where entry.kind == .demonym && entry.words.count == 1 { forms.insert(entry.words[0]) }
        }
        return forms.filter { !($0.hasSuffix("s") && forms.contains(String($0.dropLast()))) }
    }

    /// One-word names and metonyms ("Moscow", "Kremlin", "Hezbollah"), capitalised with a lower-case letter ("US",
    /// "WHO" are words too) and never a demonym: the syntax annotator tags them proper nouns whatever the tagger
    /// guessed (see `SyntaxAnnotator.properNounForms`).
    public var properNounForms: Set<String> {
        var names: Set<String> = []
        var demonyms: Set<String> = []
        for entries in byFirstWord.values {
            for entry in entries where entry.words.count == 1 {
                if entry.kind == .demonym { demonyms.insert(entry.words[0]) } else { names.insert(entry.words[0]) }
            }
        }
        return names.subtracting(demonyms).filter { name in
            guard let first = name.unicodeScalars.first, first.properties.isUppercase else { return false }
            return name.unicodeScalars.contains { $0.properties.isLowercase }
                && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
        }
    }

    /// Puts longer names first so that the first match is the longest.
    mutating func sortEntries() {
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
    }

    /// The longest entry matching `forms` at `start`, if any.
    public func longestMatch(in forms: [String], at start: Int) -> Entry? {
        guard let candidates = byFirstWord[forms[start]] else { return nil }
        for entry in candidates where start + entry.words.count <= forms.count {
            if entry.words.indices.allSatisfy({ forms[start + $0] == entry.words[$0] }) { return entry }
        }
        return nil
    }

    /// Every entry, in a fixed order (by first word, then longest first).
    public var entries: [Entry] {
        byFirstWord.keys.sorted().flatMap { byFirstWord[$0] ?? [] }
    }

    /// The Wikidata id of a canonical entity name ("Russia" → "Q159"), when known.
    public func wikidata(for entity: String) -> String? {
        wikidataIDs[entity]
    }

    /// The alpha-3 code of a canonical country name.
    public func countryCode(of country: String) -> String? {
        countryCodes[country]
    }

    /// The country (alpha-3) of a party, when the party data gives one.
    public func partyCountry(of party: String) -> String? {
        partyCountries[party]
    }

    /// A country's party of a kind many countries have ("Communist Party", "Socialist Party"): what "the Chinese
    /// Communist Party" or "France's Socialist Party" means.
    public func party(_ kind: String, ofCountry code: String) -> String? {
        partiesByKind["\(code)|\(kind.lowercased())"]
    }

    /// The entity a whole name resolves to ("the Kremlin" → Russia), when the gazetteer lists exactly it.
    public func entry(named name: String) -> Entry? {
        let forms = Self.tokenizer.tokenize(name).map(\.form)
        guard !forms.isEmpty, let entry = longestMatch(in: forms, at: 0), entry.words.count == forms.count else { return nil }
        return entry
    }

    static let tokenizer = Tokenizer()
    static let typeNames = EntityType.allCases.map(\.rawValue).joined(separator: "|")

    /// Calls `body` with the tab-separated columns of every non-comment line, checking the column count.
    static func forEachRow(
        _ text: String, source: String, columns: ClosedRange<Int>,
        _ body: ([String], String) throws -> Void
    ) throws {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.contains(fields.count) else {
                throw GazetteerError(message: "\(source):\(lineNumber): expected \(columns.lowerBound)…\(columns.upperBound) tab-separated columns, found \(fields.count)")
            }
            try body(fields, "\(source):\(lineNumber)")
        }
    }
}

/// The gazetteer file is malformed.
public struct GazetteerError: NewsgraphError {
    public var message: String
    public var hint: String? { "fix the line, or remove it" }
}
