import KGCore
import KGText

extension DocumentResolver {
    /// Two people the document names together: a husband and wife ("Li took the child home to her husband, Zhao
    /// Liniu"), or two names joined by "and" as a subject ("Maria Lopez and Juan Perez were arrested"). "The
    /// couple", "the pair" and, while the pair is in focus, "they" refer to both.
    struct Pair {
        let members: [String]
        /// Where the document makes them a pair: a reference to it must come later.
        let start: Int
    }

    /// How many sentences back the pair may have last acted for "they" to be the pair.
    static let pairFocusSentences = 2

    /// Descriptions of two people as a subject.
    static let pairDescriptions = Lexicon.words(.pairDescriptions)

    /// Relations that make two people a couple ("husband of").
    static let spouseRelations = Lexicon.words(.spouseRelations)

    /// The pairs of people the document names, in document order.
    func pairs(in assertions: [Assertion], sentences: [Sentence]) -> [Pair] {
        var out: [Pair] = []
        for a in assertions where Self.spouseRelations.contains(a.relation.lemma) && a.subject.type == .person {
            guard let husband = a.subject.entity, let object = a.object, object.type == .person, let wife = object.entity,
                  husband != wife, isPerson(husband) || isPerson(wife) else { continue }
            out.append(Pair(members: [husband, wife], start: max(a.subject.end, object.end)))
        }
        // "Maria Lopez and Juan Perez …": two people named in full, side by side, the first a subject.
        let byIndex = Dictionary(sentences.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        let people = mentions.filter { $0.kind == .person }
        for (first, second) in zip(people, people.dropFirst()) where first.sentenceIndex == second.sentenceIndex && first.isSubject {
            guard let end = first.end, let sentence = byIndex[first.sentenceIndex], first.entity != second.entity else { continue }
            let between = sentence.words.filter { $0.span.start >= end && $0.span.end <= second.start }.map { $0.form.lowercased() }
            guard between == ["and"] else { continue }
            out.append(Pair(members: [first.entity, second.entity], start: second.end ?? second.start))
        }
        return out.sorted { $0.start < $1.start }
    }

    /// The assertions with a subject that refers to a pair ("the couple", "they") made one assertion per member,
    /// each `coreferent`. "They" is the pair only while the pair is in focus: its last actor subject (in this
    /// sentence or the two before) was the pair or one of them, no other actor or plural noun has acted
    /// since, and no people in the plural were named in between ("my friends, they …"). Conservative: "they" after "investigators" or a country stays theirs.
    func withPairsResolved(_ assertions: [Assertion], sentences: [Sentence]) -> [Assertion] {
        let pairs = pairs(in: assertions, sentences: sentences)
        guard !pairs.isEmpty else { return assertions }
        let people = fullNames()
        var referring: [Int: Pair] = [:]
        var focus: (pair: Pair, sentence: Int, at: Int)?
        /// A person acting keeps (or puts) their pair in focus; anyone else takes it.
        func acts(_ person: String, at start: Int, sentence: Int) {
            focus = pairs.last { $0.start <= start && $0.members.contains(person) }.map { ($0, sentence, start) }
        }
        // People in the plural the words name ("my friends, they …"), by where they are: "they" after one is theirs.
        let plurals = sentences.flatMap { $0.words.filter { Self.personPlurals.contains($0.form.lowercased()) }.map(\.span.start) }
        // Subjects in document order, with the people the sentences name as subjects (and the "he" and "she"
        // linked to them), which act in clauses that make no assertion ("He recalls: …").
        enum Event { case assertion(Int), mention(Mention) }
        let events = assertions.indices.map { (assertions[$0].subject.start, Event.assertion($0)) }
            + mentions.filter { $0.isSubject && ($0.kind == .person || $0.kind == .pronoun) && !$0.entity.isEmpty }.map { ($0.start, Event.mention($0)) }
        for (start, event) in events.sorted(by: { $0.0 < $1.0 }) {
            guard case .assertion(let i) = event else {
                if case .mention(let m) = event { acts(m.entity, at: start + m.text.count, sentence: m.sentenceIndex) }
                continue
            }
            let subject = assertions[i].subject
            let sentence = assertions[i].sentenceIndex
            let text = subject.text.lowercased()
            if Self.pairDescriptions.contains(text), let pair = pairs.last(where: { $0.start <= subject.start }) {
                referring[i] = pair
                focus = (pair, sentence, subject.start)
            } else if text == "they", let speaker = assertions[i].attribution?.text.lowercased(), Self.pairDescriptions.contains(speaker),
                      let pair = pairs.last(where: { $0.start <= subject.start }) {
                // "The pair told police they had …": the speakers' "they" is the pair.
                referring[i] = pair
                focus = (pair, sentence, subject.start)
            } else if text == "they", let current = focus, current.sentence >= sentence - Self.pairFocusSentences,
                      !plurals.contains(where: { $0 > current.at && $0 < subject.start }) {
                referring[i] = current.pair
                focus = (current.pair, sentence, subject.start)
            } else if subject.type == .person, let person = subject.entity {
                acts(person, at: subject.start + subject.text.count, sentence: sentence)
            } else if subject.type.isActor || isPluralDescription(text) {
                focus = nil
            }
        }
        guard !referring.isEmpty else { return assertions }
        var out: [Assertion] = []
        for (i, assertion) in assertions.enumerated() {
            guard let pair = referring[i] else { out.append(assertion); continue }
            for member in pair.members {
                var copy = assertion
                copy.subject.entity = member
                copy.subject.type = .person
                copy.subject.wikidata = nil
                copy.subject.coreferent = true
                // "They named him": never one of the pair themselves, but the nearest other person of that gender.
                if var object = copy.object, object.coreferent, object.entity.map(pair.members.contains) == true {
                    let pronoun = PersonVocabulary.pronoun(object.text.lowercased())
                    let other = pronoun.flatMap { pronoun in
                        nearestPerson(before: object.start, sentence: assertion.sentenceIndex, gender: pronoun.gender, people: people,
                                      excludingAll: Set(pair.members))
                    }
                    object.entity = other
                    object.type = other == nil ? .concept : .person
                    object.coreferent = other != nil
                    copy.object = object
                }
                out.append(copy)
            }
        }
        return out
    }

    /// A plural common noun or a body acting ("investigators", "the doctors", "police", "the government"), which
    /// "they" may refer to instead.
    private func isPluralDescription(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last.map(String.init), last.first?.isLowercase == true else { return false }
        if Self.agentNouns.contains(last) { return true }
        return last.hasSuffix("s") && !last.hasSuffix("ss") && PersonVocabulary.pronoun(last) == nil && last != "this"
    }

    static let agentNouns = Lexicon.words(.agentNouns)

    /// Plural nouns for people ("friends", "officials"), which "they" may mean instead of a pair.
    static let personPlurals = Lexicon.words(.personPlurals).union(agentNouns.filter { $0.hasSuffix("s") })
}
