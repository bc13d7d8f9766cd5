import KGCore
import KGText

extension DocumentResolver {
    /// The office a counterpart holds: "German Finance Minister Klaus Richter met his French counterpart Marie
    /// Blanc" makes Marie Blanc France's finance minister. The counterpart is the object of a clause whose subject
    /// holds a specific office of a country (`roles`), and the nationality written before "counterpart" is another
    /// country.
    /// The office is not written at the counterpart, so the edge is `coreferent`; one per person and sentence, none
    /// where the sentence already gives the counterpart a role.
    func counterpartRoles(in assertions: [Assertion], sentences: [Sentence]) -> [Assertion] {
        let sentenceByIndex = Dictionary(sentences.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        var stated = Self.statedRoles(in: assertions)
        var out: [Assertion] = []
        for a in assertions {
            guard let object = a.object, object.type == .person, let counterpart = object.entity,
                  let holder = a.subject.entity, holder != counterpart, a.subject.type == .person,
                  let office = roles[holder], let home = office.country, Self.isSpecificOffice(office.role),
                  let sentence = sentenceByIndex[a.sentenceIndex] else { continue }
            let words = sentence.words.filter { $0.span.start >= object.start && $0.span.end <= object.end }
            let forms = words.map(\.form)
            guard let at = forms.firstIndex(where: { Self.counterpartNouns.contains($0.lowercased()) }), at > 0,
                  let nationality = gazetteer.longestMatch(in: forms, at: at - 1), nationality.words.count == 1,
                  nationality.type == .country, nationality.entity != home,
                  stated.insert("\(a.sentenceIndex)|\(counterpart)").inserted else { continue }
            let subject = Argument(text: object.text, entity: counterpart, type: .person, span: object.span)
            let country = Argument(text: forms[at - 1], entity: nationality.entity, type: .country, span: words[at - 1].span,
                                   wikidata: gazetteer.wikidata(for: nationality.entity), coreferent: true)
            out.append(Assertion(
                documentID: documentID, sentenceIndex: sentence.index, sentence: sentence.text, sentenceSpan: sentence.span,
                subject: subject, relation: RelationPhrase(lemma: office.role + " of", text: forms[at], span: words[at].span),
                object: country, confidence: ExtractionConfidence.impliedRole))
        }
        return out
    }

    static let counterpartNouns: Set<String> = ["counterpart", "counterparts"]

    /// Whether an office is the same office in another country: "finance minister", "president"; not a bare
    /// "secretary" (the US Secretary of State's counterpart is a foreign minister) or "minister".
    static func isSpecificOffice(_ role: String) -> Bool {
        let words = role.split(separator: " ")
        guard let head = words.last.map(String.init), stateOffices.contains(head) else { return false }
        return words.count >= 2 || headOfStateOffices.contains(head)
    }

    static let headOfStateOffices: Set<String> = ["president", "chancellor", "premier", "king", "queen", "emir"]
}
