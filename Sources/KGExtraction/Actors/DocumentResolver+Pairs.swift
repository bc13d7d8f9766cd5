import KGCore
import KGText

extension DocumentResolver {
    /// Two actors the document names together. Two people: a husband and wife ("Li took the child home to her
    /// husband, Zhao Liniu"), or two names joined by "and" as a subject ("Maria Lopez and Juan Perez were
    /// arrested"); "the couple", "the pair" and, while the pair is in focus, "they" refer to both. Two actors of
    /// one kind joined by "and" as a subject ("France and Germany signed …") or meeting, talking, cooperating or
    /// fighting ("Weber met Ruiz …"): a description in the plural with "two" or "both" refers to both ("the two
    /// leaders", "both countries"), never "they".
    struct Pair {
        let members: [String]
        let wikidata: [String?]
        let type: EntityType
        /// Where the document makes them a pair: a reference to it must come later.
        let start: Int
        let sentence: Int
        /// Whether "they" may mean the pair while it is in focus (a couple, or two people as one subject).
        var takesThey = true
    }

    /// What a description of two says its members are ("the two leaders": people; "the couple": a couple; `any`
    /// only as the kind of a type no description names).
    enum PairKind: String {
        /// `couple`: two people named together as a couple or as one subject ("the couple", "both").
        case couple, person, men, women, country, org, any

        /// The kind of an actor's type: organisations and groups are one kind.
        init(_ type: EntityType) {
            switch type {
            case .person: self = .person
            case .country: self = .country
            case .org, .group: self = .org
            case .location, .concept: self = .any
            }
        }

        func admits(_ type: EntityType) -> Bool {
            switch self {
            case .couple, .person, .men, .women: type == .person
            case .country: type == .country
            case .org: type == .org || type == .group
            case .any: type.isActor && type != .location
            }
        }
    }

    /// How many sentences back the pair may have last acted for "they" to be the pair.
    static let pairFocusSentences = 2

    /// How many sentences back two actors may have met for "the two leaders" to be them.
    static let pairDescriptionSentences = 5

    /// Descriptions of two people as a subject or object ("the couple"), with the kind of pair they mean.
    static let pairDescriptions = Lexicon.map(.pairDescriptions).compactMapValues(PairKind.init(rawValue:))

    /// Plural nouns that "the two …" or "both …" make a description of a pair ("the two EU nations").
    static let pairNouns = Lexicon.map(.pairNouns).compactMapValues(PairKind.init(rawValue:))

    /// Relations that make two people a couple ("husband of").
    static let spouseRelations = Lexicon.words(.spouseRelations)

    /// Kinds of relation after which "the two …" means both sides ("Weber met Ruiz. The two leaders …").
    static let pairingCategories: Set<RelationCategory> = [.consult, .diplomaticCooperation, .materialCooperation, .fight]

    /// The kind of pair a subject or object refers to, if it describes one: "the couple", "the two leaders", "both
    /// EU nations", "the couple in Paris". Not "the two leaders of Italy and Spain" nor "the two men who robbed the
    /// bank": those name other people.
    static func pairKind(_ text: String) -> PairKind? {
        var words = text.lowercased().split(separator: " ").map(String.init)
        if let cut = words.firstIndex(where: { descriptionEnds.contains($0) || restrictingWords.contains($0) }) {
            guard descriptionEnds.contains(words[cut]) else { return nil }
            words.removeSubrange(cut...)
        }
        if let kind = pairDescriptions[words.joined(separator: " ")] { return kind }
        if words.first == "both" {
            words.removeFirst()
            if words.first == "the" { words.removeFirst() }
        } else if words.starts(with: ["the", "two"]) {
            words.removeFirst(2)
        } else {
            return nil
        }
        // "the two leaders", "the two EU nations"; not "the two leaders' talks".
        guard let last = words.last, words.count <= 3, !words.contains(where: { $0.hasSuffix("'") || $0.hasSuffix("'s") }) else { return nil }
        return pairNouns[last]
    }

    /// Prepositions that end a description of two and add only where or when ("the couple in Paris").
    static let descriptionEnds: Set<String> = ["in", "at", "on", "from", "to", "for", "with", "after", "before", "during", "near", "into"]

    /// Words after which a description of two is someone else ("the two leaders of Italy", "the two men who …").
    static let restrictingWords: Set<String> = ["of", "who", "whom", "whose", "that", "which"]

    /// The pairs of actors the document names, in document order.
    func pairs(in assertions: [Assertion], sentences: [Sentence]) -> [Pair] {
        var out: [Pair] = []
        for a in assertions where Self.spouseRelations.contains(a.relation.lemma) && a.subject.type == .person {
            guard let husband = a.subject.entity, let object = a.object, object.type == .person, let wife = object.entity,
                  husband != wife, isPerson(husband) || isPerson(wife) else { continue }
            out.append(Pair(members: [husband, wife], wikidata: [nil, nil], type: .person, start: max(a.subject.end, object.end),
                            sentence: a.sentenceIndex))
        }
        // "Maria Lopez and Juan Perez …": two people named in full, side by side, the first a subject.
        let byIndex = Dictionary(sentences.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
        func joinedByAnd(_ end: Int, _ start: Int, sentence: Int) -> Bool {
            guard let sentence = byIndex[sentence] else { return false }
            return sentence.words.filter { $0.span.start >= end && $0.span.end <= start }.map { $0.form.lowercased() } == ["and"]
        }
        // Each as the document resolves the name: "Ms Huong" is Doan Thi Huong when the article names her so.
        let people = mentions.filter { $0.kind == .person }
        let fullNames = fullNames()
        func resolved(_ m: Mention) -> String { personName(m.entity, written: m.text, at: m.start, people: fullNames) ?? m.entity }
        for (first, second) in zip(people, people.dropFirst()) where first.sentenceIndex == second.sentenceIndex && first.isSubject {
            guard let end = first.end, first.entity != second.entity, joinedByAnd(end, second.start, sentence: first.sentenceIndex) else { continue }
            out.append(Pair(members: [resolved(first), resolved(second)], wikidata: [nil, nil], type: .person,
                            start: second.end ?? second.start, sentence: first.sentenceIndex))
        }
        // "France and Germany signed …": two countries or organisations as the subjects of one sentence, side by side
        // (no more than " and " between them).
        var named: [(argument: Argument, sentence: Int)] = []
        var seen = Set<Int>()
        for a in assertions where !a.subject.coreferent && a.subject.entity != nil && [.country, .org, .group].contains(a.subject.type) {
            if seen.insert(a.subject.start).inserted { named.append((a.subject, a.sentenceIndex)) }
        }
        named.sort { $0.argument.start < $1.argument.start }
        for (i, first) in named.enumerated() {
            for second in named[(i + 1)...] {
                guard second.argument.start - first.argument.end <= 6 else { break }
                guard first.sentence == second.sentence, let a = first.argument.entity, let b = second.argument.entity, a != b,
                      PairKind(first.argument.type) == PairKind(second.argument.type),
                      joinedByAnd(first.argument.end, second.argument.start, sentence: first.sentence) else { continue }
                out.append(Pair(members: [a, b], wikidata: [first.argument.wikidata, second.argument.wikidata], type: first.argument.type,
                                start: second.argument.end, sentence: first.sentence, takesThey: false))
            }
        }
        // "Weber met Ruiz", "Russia fought Ukraine": two actors of one kind on either side of a meeting, a deal or a fight.
        for a in assertions where Self.pairingCategories.contains(a.relation.relationClass.category) {
            guard let object = a.object, let s = a.subject.entity, let o = object.entity, s != o, a.subject.type.isActor,
                  a.subject.type != .location, PairKind(a.subject.type) == PairKind(object.type) else { continue }
            out.append(Pair(members: [s, o], wikidata: [a.subject.wikidata, object.wikidata], type: a.subject.type,
                            start: max(a.subject.end, object.end), sentence: a.sentenceIndex, takesThey: false))
        }
        return out.sorted { $0.start < $1.start }
    }

    /// The assertions with a subject or object that refers to a pair ("the couple", "they", "the two leaders")
    /// made one assertion per member, each `coreferent`. "They" is a couple only while it is in focus: its last
    /// actor subject (in this sentence or the two before) was the pair or one of them, no other actor or plural
    /// noun has acted since, and no people in the plural were named in between ("my friends, they …").
    /// Conservative: "they" after "investigators" or a country stays theirs, and a description as the object of
    /// one of the pair ("Weber praised the two leaders") is someone else.
    func withPairsResolved(_ assertions: [Assertion], sentences: [Sentence]) -> [Assertion] {
        let pairs = pairs(in: assertions, sentences: sentences)
        guard !pairs.isEmpty else { return assertions }
        let people = fullNames()
        var referring: [Int: Pair] = [:]
        var referred: [Int: Pair] = [:]
        var focus: (pair: Pair, sentence: Int, at: Int)?
        /// The last pair of that kind before `start`: a couple for "the couple"; one that only met, no further back
        /// than a few sentences; two women for "both women".
        func latest(_ kind: PairKind, before start: Int, sentence: Int) -> Pair? {
            pairs.last { pair in
                guard pair.start <= start, kind.admits(pair.type) else { return false }
                guard pair.takesThey || kind != .couple && sentence - pair.sentence <= Self.pairDescriptionSentences else { return false }
                switch kind {
                case .men: return pair.members.allSatisfy { gender(of: $0) != .female }
                case .women: return pair.members.allSatisfy { gender(of: $0) != .male }
                default: return true
                }
            }
        }
        /// A person acting keeps (or puts) their couple in focus; anyone else takes it.
        func acts(_ person: String, at start: Int, sentence: Int) {
            focus = pairs.last { $0.takesThey && $0.start <= start && $0.members.contains(person) }.map { ($0, sentence, start) }
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
            if let object = assertions[i].object, let kind = Self.pairKind(object.text), let pair = latest(kind, before: object.start, sentence: assertions[i].sentenceIndex),
               subject.entity.map(pair.members.contains) != true {
                referred[i] = pair
            }
            if let kind = Self.pairKind(text), let pair = latest(kind, before: subject.start, sentence: sentence) {
                referring[i] = pair
                focus = pair.takesThey ? (pair, sentence, subject.start) : nil
            } else if text == "they", let speaker = assertions[i].attribution?.text, let kind = Self.pairKind(speaker),
                      let pair = latest(kind, before: subject.start, sentence: sentence), pair.takesThey {
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
        guard !referring.isEmpty || !referred.isEmpty else { return assertions }
        var out: [Assertion] = []
        for (i, assertion) in assertions.enumerated() {
            var copies = [assertion]
            if let pair = referring[i], pair.members.count == 2, let other = assertion.object, ReciprocalPairs.isReciprocalPronoun(other) {
                // "The two countries oppose each other": each opposes the other.
                for (s, o) in [(0, 1), (1, 0)] {
                    var copy = assertion
                    copy.subject.entity = pair.members[s]
                    copy.subject.type = pair.type
                    copy.subject.wikidata = pair.wikidata[s]
                    copy.subject.coreferent = true
                    var object = other
                    object.entity = pair.members[o]
                    object.type = pair.type
                    object.wikidata = pair.wikidata[o]
                    object.coreferent = true
                    copy.object = object
                    out.append(copy)
                }
                continue
            }
            if let pair = referring[i] {
                copies = pair.members.indices.map { member in
                    var copy = assertion
                    copy.subject.entity = pair.members[member]
                    copy.subject.type = pair.type
                    copy.subject.wikidata = pair.wikidata[member]
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
                    return copy
                }
            }
            if let pair = referred[i] {
                copies = copies.flatMap { copy in
                    pair.members.indices.map { member in
                        var split = copy
                        split.object?.entity = pair.members[member]
                        split.object?.type = pair.type
                        split.object?.wikidata = pair.wikidata[member]
                        split.object?.coreferent = true
                        return split
                    }
                }
            }
            out.append(contentsOf: copies)
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
