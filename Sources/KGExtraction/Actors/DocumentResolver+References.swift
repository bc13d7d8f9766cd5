import KGCore

extension DocumentResolver {
    /// Pronouns and descriptions in subject position, and pronoun speakers: "he"/"she" → the nearest person
    /// (preferring subjects), "they" → the nearest collective actor, "the minister" → the nearest person with
    /// that role, "his country" → that person's country.
    func resolveReference(in assertion: inout Assertion, people: [String: [Mention]], collectives: [Collective]) {
        if var attribution = assertion.attribution, attribution.entity == nil || Self.personalPronouns.contains(attribution.text.lowercased()) {
            if Self.personalPronouns.contains(attribution.text.lowercased()),
               let person = nearestPerson(before: assertion.subject.start, sentence: assertion.sentenceIndex) {
                attribution.entity = person
                assertion.attribution = attribution
            }
        }
        var subject = assertion.subject
        let text = subject.text.lowercased()
        let offset = subject.start
        if Self.personalPronouns.contains(text) {
            // The extractor may already have taken the speaker of reported speech ("He said he …").
            if subject.entity == nil, let person = nearestPerson(before: offset, sentence: assertion.sentenceIndex) {
                subject.entity = person
                subject.type = .person
            }
            subject.coreferent = subject.entity != nil
        } else if Self.collectivePronouns.contains(text), subject.type == .person {
            // "Trump said they …": the speaker-as-referent guess took a surname for an organisation; a person is
            // never "they" or "it".
            subject.entity = nil
            subject.type = .concept
            subject.wikidata = nil
            subject.coreferent = false
        } else if text == "they" {
            if subject.entity == nil, let actor = nearestCollective(before: offset, in: assertion, collectives: collectives) {
                subject.entity = actor.entity
                subject.type = actor.type
                subject.wikidata = gazetteer.wikidata(for: actor.entity)
            }
            subject.coreferent = subject.entity != nil
        } else if let role = Self.roleDescription(text, roles: gazetteer.roles) {
            if let person = nearestPerson(withRole: role, before: offset) {
                subject.entity = person
                subject.type = .person
                subject.coreferent = true
            }
        } else if Self.countryReferences.contains(text) {
            if subject.entity == nil, let person = nearestPerson(before: offset, sentence: assertion.sentenceIndex),
               let country = roles[person]?.country {
                subject.entity = country
                subject.type = .country
                subject.wikidata = gazetteer.wikidata(for: country)
            }
            subject.coreferent = subject.entity != nil
        }
        assertion.subject = subject
    }

    /// The nearest person named before `offset`: in the same sentence the closest one; in earlier sentences
    /// (up to three back) the last subject, else the last person named.
    func nearestPerson(before offset: Int, sentence: Int) -> String? {
        let earlier = mentions.filter { $0.kind != .acronym && $0.start < offset && $0.sentenceIndex >= sentence - 3 }
        let found: Mention?
        if let same = earlier.last(where: { $0.sentenceIndex == sentence }) {
            found = same
        } else if let lastSentence = earlier.last?.sentenceIndex {
            let inLast = earlier.filter { $0.sentenceIndex == lastSentence }
            found = inLast.last { $0.isSubject } ?? inLast.last
        } else {
            found = nil
        }
        guard let found else { return nil }
        // An unknown one-word name in between ("Valovaya said she …") may be the antecedent: only a full
        // name of this document ending in it resolves it; otherwise the pronoun stays unresolved.
        if found.kind == .unknownName {
            return mentions.last { $0.kind == .person && $0.start < offset && $0.entity.hasSuffix(" " + found.entity) }?.entity
        }
        return found.entity
    }

    /// The nearest person before `offset` whose role has the head noun of `role` ("the minister" → the
    /// foreign minister named earlier).
    func nearestPerson(withRole head: String, before offset: Int) -> String? {
        mentions.last { m in
            guard m.kind == .person, m.start < offset, let role = roles[m.entity]?.role else { return false }
            return role.split(separator: " ").last.map(String.init) == head || gazetteer.roles[role] == head
        }?.entity
    }

    /// The nearest country, organisation or group acting before "they": the last actor subject in this or
    /// the previous sentence's assertions.
    func nearestCollective(before offset: Int, in assertion: Assertion, collectives: [Collective]) -> (entity: String, type: EntityType)? {
        let found = collectives.last { $0.start < offset && $0.sentence >= assertion.sentenceIndex - 1 }
        return found.map { ($0.entity, $0.type) }
    }

    /// "the minister", "the foreign minister", "the president": the role's head noun.
    static func roleDescription(_ text: String, roles: [String: String]) -> String? {
        guard text.hasPrefix("the ") else { return nil }
        return roles[String(text.dropFirst(4))]
    }

    static let personalPronouns: Set<String> = ["he", "she"]
    static let collectivePronouns: Set<String> = ["they", "it", "we"]
    static let countryReferences: Set<String> = ["his country", "her country", "his government", "her government"]
}
