import KGCore
import KGText

/// Tags the other mentions of a person the named-entity tagger recognised once in a document: "Walsh" after
/// "Katie Walsh". The tagger reads each sentence on its own, so a surname at the
/// start of a sentence ("Walsh, who served under Priebus, …") or next to a verb it misreads is often left
/// untagged; the extraction then types it by guesswork (an organisation "Trump") and the parser, seeing a noun
/// or an interjection, builds the clause around it wrongly.
///
/// A word is tagged a person (`B-PER`) when it is untagged, it is the surname (last word) of a person's full
/// name elsewhere in the document or a name written right after a title ("President Obama"), the document writes
/// it capitalised after the start of some sentence and never in lower case (so "Price" the surname, not "price"), and it is not a month or weekday
/// ("May" after "Theresa May"). A word next to another capitalised untagged word is left alone: it belongs to
/// another name ("Trump Tower", "Walsh Street").
public enum PersonNamePropagation {
    /// Propagates the person names of one document's sentences (in order) in place.
    public static func propagate(_ sentences: inout [[Word]]) {
        var names: Set<String> = []
        for words in sentences {
            // Full names only: a one-word "person" is as often a company the tagger got wrong ("Uber", "Samsung").
            for span in EntitySpan.spans(ofTags: words.map(\.entity)) where span.type == NamedEntityType.person.rawValue && span.range.count > 1 {
                // The surname, before any generation ("Antonio Trillanes IV" is a Trillanes).
                var end = span.range.upperBound - 1
                if end > span.range.lowerBound + 1, PersonName.generationSuffixes.contains(words[end].form.lowercased()) { end -= 1 }
                names.insert(words[end].form)
            }
            // A name after a title is a person's too ("President Obama", "Mr Novak").
            names.formUnion(EntityHarmonizer.namesAfterTitles(in: words))
        }
        names = names.filter { isNameWord($0) && !calendarWords.contains($0) }
        guard !names.isEmpty else { return }
        var midSentence: Set<String> = []
        var lowercase: Set<String> = []
        for words in sentences {
            for (i, word) in words.enumerated() {
                if i > 0, names.contains(word.form), !isQuoteOrBracket(words[i - 1].form) { midSentence.insert(word.form) }
                if let first = word.form.unicodeScalars.first, first.properties.isLowercase {
                    lowercase.insert(word.form)
                }
            }
        }
        let propagated = names.filter { midSentence.contains($0) && !lowercase.contains($0.lowercased()) }
        guard !propagated.isEmpty else { return }
        for s in sentences.indices {
            let words = sentences[s]
            for i in words.indices where propagated.contains(words[i].form) && isUntagged(words[i]) {
                if i > 0, isUntaggedCapitalised(words[i - 1]), !isSentenceStart(words, i - 1) { continue }
                if i + 1 < words.count, isUntaggedCapitalised(words[i + 1]) { continue }
                sentences[s][i].entity = "B-" + NamedEntityType.person.rawValue
            }
        }
    }

    /// Propagates over the sentences of one document in place.
    public static func propagate(_ sentences: inout [Sentence]) {
        var words = sentences.map(\.words)
        propagate(&words)
        for i in sentences.indices { sentences[i].words = words[i] }
    }

    /// A capitalised word of letters (a hyphen or apostrophe inside allowed), not all capitals: "Walsh", "O'Neill".
    static func isNameWord(_ form: String) -> Bool {
        let scalars = Array(form.unicodeScalars)
        guard scalars.count >= 2, scalars[0].properties.isUppercase,
              scalars.contains(where: { $0.properties.isLowercase }) else { return false }
        return scalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }

    static func isUntagged(_ word: Word) -> Bool { word.entity.isEmpty || word.entity == "O" }

    static func isUntaggedCapitalised(_ word: Word) -> Bool {
        isUntagged(word) && word.form.unicodeScalars.first?.properties.isUppercase == true
    }

    /// Whether word `i` starts its sentence, after any opening quotes or brackets.
    static func isSentenceStart(_ words: [Word], _ i: Int) -> Bool {
        words[..<i].allSatisfy { isQuoteOrBracket($0.form) }
    }

    static func isQuoteOrBracket(_ form: String) -> Bool {
        ["\"", "'", "`", "``", "''", "(", "[", "\u{201C}", "\u{2018}", "-", "--", "\u{2014}", "\u{2013}"].contains(form)
    }

    /// Capitalised words that are dates, not people, whatever a name before them says.
    static let calendarWords: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ]
}
