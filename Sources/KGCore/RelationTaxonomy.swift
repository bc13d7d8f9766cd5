/// Maps relation lemmas ("sanction", "talk with", "foreign minister of") to their `RelationClass`, and writes
/// each relation one way (`canonicalLemma(_:)`), so "criticise" and "criticize" are one edge.
///
/// The table is data (`relations.tsv`, `spellings.tsv`, `phrases.tsv` and lists in `words.tsv`, read by `Lexicon`), shared by extraction (which labels assertions) and the
/// graph (which forms edges and filters by category); lookups are dictionary reads.
public enum RelationTaxonomy {
    /// The class of a relation lemma (canonicalised first); `.unknown` when the taxonomy does not list it.
    ///
    /// Tried in order: the whole phrase; membership and roles ("foreign minister of" is a role because
    /// "minister" is a role noun); the phrase without its final preposition ("meet with" → "meet"); its verb.
    public static func classify(_ lemma: String) -> RelationClass {
        let canonical = canonicalLemma(lemma)
        if let known = data.table[canonical] { return known }
        let words = canonical.split(separator: " ")
        guard words.count > 1 else { return .unknown }
        if words.last == "of", words.dropLast().contains(where: { data.roleNouns.contains(String($0)) }) {
            return RelationClass(category: .role, weight: 0)
        }
        if let last = words.last, prepositions.contains(String(last)) {
            let head = words.dropLast().joined(separator: " ")
            if let known = data.table[head] { return known }
        }
        // "send weapons to" style phrases: the verb decides, unless a particle changes its meaning ("back down").
        if particles.contains(String(words[1])) { return .unknown }
        return data.table[String(words[0])] ?? .unknown
    }

    /// The one way the taxonomy and the graph write a relation: lower case, single spaces, American spelling
    /// ("criticise" → "criticize", "defence minister of" → "defense minister of") and usual phrasing
    /// ("meet with" → "meet", "hold talks with" → "talk with", "pull out of" → "withdraw from").
    ///
    /// Idempotent: a canonical lemma is its own canonical form.
    public static func canonicalLemma(_ lemma: String) -> String {
        var words: [String] = []
        for word in lemma.lowercased().split(whereSeparator: \.isWhitespace) {
            words.append(americanSpelling(String(word)))
        }
        let phrase = words.joined(separator: " ")
        return data.phrases[phrase] ?? phrase
    }

    /// The phrase without its final preposition ("talk with" → "talk", "foreign minister of" → "foreign
    /// minister"); a one-word lemma or one not ending in a preposition is returned as it is.
    public static func withoutFinalPreposition(_ lemma: String) -> String {
        let words = lemma.split(separator: " ")
        guard words.count > 1, let last = words.last, prepositions.contains(String(last)) else { return lemma }
        return words.dropLast().joined(separator: " ")
    }

    /// A string that changes whenever the table, the spellings or the canonicalisation rules change, so a
    /// store can tell that its stored categories and relation names are stale.
    public static var version: String { data.version }

    /// Every lemma the table lists, with its class (roles found by noun are not listed).
    public static var entries: [String: RelationClass] { data.table }

    /// Rows of the lexicon files that could not be read; empty unless a file was edited badly (tests check).
    public static var tableProblems: [String] { data.problems }

    /// Bumped when the rules in code (not the data) change the way lemmas are classified or canonicalised.
    static let rulesRevision = 1

    /// Prepositions that may end a relation phrase and be dropped to find its verb ("talk with" → "talk").
    static let prepositions = Lexicon.words(.relationPrepositions)

    /// Particles that make a phrasal verb mean something else than its verb ("back down", "give up").
    static let particles = Lexicon.words(.relationParticles)

    /// Words in -ise that are not British spellings of -ize verbs.
    static let iseWords = Lexicon.words(.iseWords)

    /// The word in American spelling: listed British spellings, and -ise/-isation/-yse words by rule.
    static func americanSpelling(_ word: String) -> String {
        americanSpelling(word, spellings: data.spellings)
    }

    static func americanSpelling(_ word: String, spellings: [String: String]) -> String {
        if let mapped = spellings[word] { return mapped }
        if word.count > 5, word.hasSuffix("ise"), !iseWords.contains(word) {
            return String(word.dropLast(3)) + "ize"
        }
        if word.count > 8, word.hasSuffix("isation") {
            return String(word.dropLast(7)) + "ization"
        }
        return word
    }

    /// Whether a lower-case word or phrase is a role noun ("minister", "head of state").
    public static func isRoleNoun(_ phrase: String) -> Bool { data.roleNouns.contains(phrase) }

    /// The role nouns, lower case: the one list that classifies "X of" relations as roles, finds titles and
    /// appositions in the parse (RoleFinder) and cuts titles off names.
    public static var roleNouns: Set<String> { data.roleNouns }

    /// The parsed data, built once on first use.
    private static let data = TaxonomyData()
}

/// The taxonomy's tables parsed from their sources.
struct TaxonomyData: Sendable {
    var table: [String: RelationClass] = [:]
    var roleNouns: Set<String> = []
    var spellings: [String: String] = [:]
    var phrases: [String: String] = [:]
    var problems: [String] = []
    var version = ""

    init() {
        problems = Lexicon.problems
        for row in Lexicon.rows(.spellings) { spellings[row.fields[0]] = row.fields[1] }
        for row in Lexicon.rows(.phrases) {
            let alias = Self.words(row.fields[0]).map { RelationTaxonomy.americanSpelling($0, spellings: spellings) }
                .joined(separator: " ")
            if phrases.updateValue(Self.words(row.fields[1]).joined(separator: " "), forKey: alias) != nil {
                problems.append("phrases.tsv line \(row.line): '\(alias)' is listed twice")
            }
        }
        roleNouns = Set(Lexicon.words(.roleNouns).map { Self.words($0).joined(separator: " ") })
        for row in Lexicon.rows(.relations) {
            let fields = row.fields
            guard let category = RelationCategory(rawValue: fields[1]) else {
                problems.append("relations.tsv line \(row.line): unknown category '\(fields[1])'")
                continue
            }
            guard let weight = Double(fields[2]), (-10...10).contains(weight) else {
                problems.append("relations.tsv line \(row.line): weight '\(fields[2])' is not a number from -10 to 10")
                continue
            }
            var polarity: Polarity?
            if fields.count == 4 {
                guard let given = Polarity(rawValue: fields[3]) else {
                    problems.append("relations.tsv line \(row.line): unknown polarity '\(fields[3])'")
                    continue
                }
                polarity = given
            }
            let lemma = Self.words(fields[0]).joined(separator: " ")
            if table.updateValue(RelationClass(category: category, polarity: polarity, weight: weight), forKey: lemma) != nil {
                problems.append("relations.tsv line \(row.line): '\(lemma)' is listed twice")
            }
        }
        // Every lexicon file counts: word lists decide what extraction finds, and so what a store holds.
        version = "\(RelationTaxonomy.rulesRevision)-" + Lexicon.version.prefix(16)
    }

    private static func words(_ text: some StringProtocol) -> [String] {
        text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
