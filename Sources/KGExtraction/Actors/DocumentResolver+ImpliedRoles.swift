import KGCore
import KGText

extension DocumentResolver {
    /// The office a bare title states: "President Rodrigo Duterte" with no country written is still the president
    /// of a country. The country is the one this document gives the same person's office elsewhere ("Philippine
    /// President Rodrigo Duterte"), else the country the document is plainly about (`CountryMentions.home`); else none.
    /// Only state offices (`state-offices`: president, minister, chancellor, …), one edge per person and
    /// sentence, none where the sentence already gives the person a role. The country is not written in the
    /// sentence, so the edge is `coreferent` and its text adds no alias.
    func impliedRoles(in assertions: [Assertion], sentences: [Sentence], countries: CountryMentions) -> [Assertion] {
        let home = countries.home
        let namesUnitedStates = countries.counts[Self.unitedStates] != nil
        let people = fullNames()
        let sentenceByIndex = Dictionary(sentences.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var stated = Self.statedRoles(in: assertions)
        var out: [Assertion] = []
        for m in mentions where m.kind == .person {
            guard let office = m.office, let officeText = m.officeText, let officeSpan = m.officeSpan, let end = m.end,
                  let sentence = sentenceByIndex[m.sentenceIndex] else { continue }
            let officeWords = office.split(separator: " ").map(String.init)
            guard let head = officeWords.last, Self.stateOffices.contains(head),
                  !officeWords.contains(where: Self.nonStateOfficeWords.contains) else { continue }
            var subject = Argument(text: m.text, entity: m.entity, type: .person, span: TextSpan(start: m.start, end: end))
            resolveName(&subject, people: people)
            guard let person = subject.entity, !person.hasSuffix(")") else { continue }
            let known = [person, m.entity].lazy.compactMap { self.roles[$0] }.first { role in
                role.country != nil && role.role.split(separator: " ").last.map(String.init) == head
            }
            // US news writes its own president bare ("President Donald Trump") in an article about Russia or
            // China too: a bare president or vice president is another country's only in an article that never
            // names the United States.
            let usOffice = officeWords == ["president"] || officeWords == ["vice", "president"]
            let fallback = usOffice && home != Self.unitedStates && namesUnitedStates ? nil : home
            guard let country = known?.country ?? fallback,
                  stated.insert("\(m.sentenceIndex)|\(person)").inserted else { continue }
            let object = Argument(text: officeText, entity: country, type: .country, span: officeSpan,
                                  wikidata: gazetteer.wikidata(for: country), coreferent: true)
            out.append(Assertion(
                documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                subject: subject, relation: RelationPhrase(lemma: office + " of", text: officeText, span: officeSpan),
                object: object, confidence: ExtractionConfidence.impliedRole))
        }
        return out
    }

    static let unitedStates = "United States"

    /// "sentence|person" for each person the document's sentences give a role: a sentence that states one needs no
    /// implied one.
    static func statedRoles(in assertions: [Assertion]) -> Set<String> {
        Set(assertions.compactMap { a -> String? in
            guard a.relation.relationClass.category == .role, let person = a.subject.entity else { return nil }
            return "\(a.sentenceIndex)|\(person)"
        })
    }

    /// The country counted most, at least twice and twice as often as any other (see `CountryMentions.home`).
    static func homeCountry(_ counts: [String: Int]) -> String? {
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let top = ranked.first, top.value >= 2 else { return nil }
        if ranked.count > 1, ranked[1].value * 2 > top.value { return nil }
        return top.key
    }

    /// What a document's words say about countries, read in one pass over its sentences.
    struct CountryMentions {
        /// How often the document names each country (by name, demonym or seat of power).
        var counts: [String: Int] = [:]
        /// The state bodies it names right after a country ("Kenyan police", "Turkey's parliament"), in order.
        var bodies: [AffiliatedBody] = []

        /// The country the document is plainly about: the one it names most often ("the Philippines",
        /// "Philippine", "Manila"), at least twice and at least twice as often as any other; nil when none stands out.
        var home: String? { DocumentResolver.homeCountry(counts) }
    }

    /// Counts the countries each sentence names and the state bodies named right after one (and "'s").
    func countryMentions(in sentences: [Sentence]) -> CountryMentions {
        var out = CountryMentions()
        for sentence in sentences {
            let forms = sentence.words.map(\.form)
            var i = 0
            while i < forms.count {
                guard let entry = gazetteer.longestMatch(in: forms, at: i) else { i += 1; continue }
                var next = i + entry.words.count
                // "Georgia" is as often the US state: never what a document is plainly about, nor whose police.
                if entry.type == .country, ArgumentResolver.usStateHomonyms[entry.entity] == nil {
                    out.counts[entry.entity, default: 0] += 1
                    if next < forms.count, forms[next] == "'s" || forms[next] == "'" { next += 1 }
                    for length in [2, 1] where next + length <= forms.count {
                        let body = forms[next..<(next + length)].joined(separator: " ").lowercased()
                        if Self.stateBodies.contains(body) {
                            out.bodies.append((body, entry.entity, sentence.words[i].span.start))
                            break
                        }
                    }
                }
                i = next
            }
        }
        return out
    }

    static let stateOffices = Lexicon.words(.stateOffices)
    /// "Secretary General", "General Secretary": offices of an organisation or party, not of a state.
    static let nonStateOfficeWords: Set<String> = ["general"]
}
