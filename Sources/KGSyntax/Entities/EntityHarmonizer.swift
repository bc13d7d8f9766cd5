import KGCore
import KGText

/// Makes one document's entity types agree: a name tagged with one type in one place and another type elsewhere
/// ("Jordan" a person in one sentence, a place in the next) takes the type most of its mentions have. A tie
/// changes nothing. Only whole spans with the same words are compared.
///
/// A one-word name that is the last word of a person's full name in the document, opening with a known given name
/// or a title, or that follows a title, is that person ("Obama" after "Barack Obama" or "President Obama"),
/// whatever the tagger made of it in "the Obama administration".
///
/// A one-word name tagged as a person or organisation that the document once writes with what only a company has
/// ("Samsung shares fell", "Uber's drivers", "Samsung chairman Lee") is an organisation in the whole document,
/// whatever most of its tags say: the tagger, trained on web text, reads unknown one-word names as people. (A
/// name tagged as a place does not count: places have factories and headquarters too, "our China headquarters".)
/// So is a one-word name ending in "bank" ("Bundesbank", "Commerzbank").
public enum EntityHarmonizer {
    /// Rewrites the `entity` tags of the sentences (one document's, in order) so that each name has one type.
    public static func harmonize(_ sentences: inout [[Word]]) {
        var counts: [String: [NamedEntityType: Int]] = [:]
        var mentions: [(sentence: Int, range: Range<Int>, name: String, type: NamedEntityType)] = []
        var companies: Set<String> = []
        var surnames: Set<String> = []
        var givenSurnames: Set<String> = []
        for (s, words) in sentences.enumerated() {
            for span in EntitySpan.spans(ofTags: words.map(\.entity)) {
                guard let type = NamedEntityType(rawValue: span.type) else { continue }
                let name = words[span.range].map(\.form).joined(separator: " ")
                counts[name, default: [:]][type, default: 0] += 1
                mentions.append((s, span.range, name, type))
                if span.range.count == 1, type != .location, hasCompanyCue(after: span.range.lowerBound, in: words) {
                    companies.insert(name)
                }
                // "Bundesbank", "Commerzbank", "Rabobank": a bank by its name.
                if span.range.count == 1, name.count > 5, name.lowercased().hasSuffix("bank") { companies.insert(name) }
                // "Samsung Group", "Ford Motor": the first word of a company's name is the company alone.
                if span.range.count == 2, type == .organization,
                   companySuffixes.contains(words[span.range.upperBound - 1].form) {
                    companies.insert(words[span.range.lowerBound].form)
                }
                if span.range.count >= 2, type == .person { surnames.insert(words[span.range.upperBound - 1].form) }
                // A full name that opens with a known given name or a title ("Barack Obama", "President Obama"; not
                // "Sportfreunde Lotte"), or one word right after a title ("President" "Obama").
                let first = words[span.range.lowerBound].form
                if span.range.count >= 2, type == .person, PersonVocabulary.gender(ofGivenName: first) != nil || isTitle(first) {
                    givenSurnames.insert(words[span.range.upperBound - 1].form)
                }
            }
            // One capitalised word right after a title, tagged or not ("former President Obama wiretapping").
            givenSurnames.formUnion(namesAfterTitles(in: words))
        }
        // "Harrison Ford" in the same document keeps "Ford" a person.
        companies.subtract(surnames)
        for mention in mentions {
            if companies.contains(mention.name) {
                if mention.type != .organization { retag(&sentences[mention.sentence], mention.range, as: .organization) }
                continue
            }
            // "Obama" alone after "Barack Obama" is the person, whatever the tagger made of it in "the Obama
            // administration".
            if mention.range.count == 1, givenSurnames.contains(mention.name) {
                if mention.type != .person { retag(&sentences[mention.sentence], mention.range, as: .person) }
                continue
            }
            guard let byType = counts[mention.name], byType.count > 1 else { continue }
            let ranked = byType.sorted { $0.value > $1.value || $0.value == $1.value && $0.key.rawValue < $1.key.rawValue }
            guard ranked[0].value > ranked[1].value, ranked[0].key != mention.type else { continue }
            retag(&sentences[mention.sentence], mention.range, as: ranked[0].key)
        }
    }

    /// A courtesy title or a head of state's or government's office written before a name ("Mr", "Sen.",
    /// "President", "Chancellor").
    static func isTitle(_ form: String) -> Bool {
        guard let first = form.unicodeScalars.first, first.properties.isUppercase else { return false }
        return officeTitles.contains(form) || PersonVocabulary.title(form) != nil
    }

    /// The one-word names written right after a title ("President Obama", "Mr Novak"): a proper noun after a title
    /// with no proper noun after it.
    static func namesAfterTitles(in words: [Word]) -> [String] {
        words.indices.dropFirst().compactMap { i in
            guard words[i].xpos == "NNP", i + 1 == words.count || words[i + 1].xpos != "NNP", isTitle(words[i - 1].form)
            else { return nil }
            return words[i].form
        }
    }

    static let officeTitles: Set<String> = [
        "President", "Chancellor", "Minister", "Premier", "King", "Queen", "Prince", "Princess", "Pope", "Senator",
        "Governor", "Mayor", "Judge", "Justice", "Secretary", "Ambassador", "Speaker", "Emperor", "Sheikh",
    ]

    private static func retag(_ words: inout [Word], _ range: Range<Int>, as type: NamedEntityType) {
        for w in range { words[w].entity = (w == range.lowerBound ? "B-" : "I-") + type.rawValue }
    }

    /// Whether the word at `i` is written as only a company is: placed by "-based" before it ("San Francisco-based
    /// Uber"), or followed by what only a company has, right after it ("Samsung shares", "Uber drivers", "Samsung
    /// head Lee", "Uber President Jeff Jones") or after its "'s" ("Uber's chief security officer", "Samsung's
    /// vice chairman").
    static func hasCompanyCue(after i: Int, in words: [Word]) -> Bool {
        if i >= 2, words[i - 1].form == "based", words[i - 2].form == "-" { return true }
        guard i + 1 < words.count else { return false }
        var k = i + 1
        let possessive = ["'s", "'", "\u{2019}s", "\u{2019}"].contains(words[k].form)
        if possessive { k += 1 }
        guard k < words.count else { return false }
        let lower = words[k].form.lowercased()
        if lower == "chief" || lower == "vice" {
            // "chief executive", "chief security officer", "vice chairman"; not "chief of staff", "vice president".
            let rest = words[(k + 1)..<min(words.count, k + 4)].map { $0.form.lowercased() }
            return lower == "chief" ? rest.first == "executive" || rest.contains("officer") : rest.first == "chairman"
        }
        // A capitalised noun after the name is part of it or its title ("Uber President"), never after "'s".
        guard possessive ? words[k].form == lower : true else { return false }
        return companyNouns.contains(lower) || !possessive && companyCompoundNouns.contains(lower)
    }

    /// Nouns for what a company has, after its name or its "'s" ("Uber's drivers", "Samsung chairman").
    static let companyNouns: Set<String> = [
        "ceo", "ceos", "chairman", "chairwoman", "executives", "employees", "shareholders", "drivers", "users",
        "customers", "headquarters", "subsidiary", "subsidiaries", "founder", "co-founder", "factory", "factories",
        "plant", "plants", "stores", "profits", "profit", "revenue", "revenues", "earnings", "app", "platform",
        "website", "products", "boss", "firms", "unit", "units", "affiliate", "affiliates",
    ]

    /// Last words of a company's name whose first word alone names the company ("Samsung Group" → "Samsung").
    static let companySuffixes: Set<String> = [
        "Group", "Electronics", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Motors", "Motor",
        "Holdings", "Airlines", "Airways", "Technologies", "Telecom", "Pharmaceuticals", "Industries", "Systems",
        "Entertainment", "Petroleum", "Automotive", "Ltd", "Ltd.", "Plc", "AG", "SE", "SA",
    ]

    /// Nouns only right after a company's name: its stock ("Samsung shares fell"; a person's shares are "Buffett's
    /// shares") and the heads it has ("Samsung head Lee", "Uber President Jeff Jones"; "Trump's president" is no one).
    static let companyCompoundNouns: Set<String> = ["shares", "stock", "head", "president", "heir"]

    /// Harmonises the sentences of one document in place.
    public static func harmonize(_ sentences: inout [Sentence]) {
        var words = sentences.map(\.words)
        harmonize(&words)
        for i in sentences.indices { sentences[i].words = words[i] }
    }
}
