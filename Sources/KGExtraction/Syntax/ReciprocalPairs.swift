import KGCore

/// Coordinated actors doing something to each other: "Putin and Erdogan met in Sochi", "Russia and China signed an
/// agreement on gas", "India and Pakistan traded fire" state a relation between the conjuncts, not two acts with no
/// partner. For a reciprocal predicate (`reciprocal-relations`: meet, talk, clash, negotiate …, or a light verb
/// with its noun: hold talks, sign an agreement, trade fire) whose subjects in one clause are two or more named
/// actors and whose object is no actor (none, a thing, or the place), each earlier conjunct gets an edge to each
/// later one ("Putin –meet→ Erdogan"), with the clause's negation, modality and attribution. With "each other" or
/// "one another" as the object any predicate is reciprocal and holds both ways ("Saudi Arabia and Iran accused each
/// other": each accused the other), and the pronoun is no object of its own (`withoutReciprocalPronouns`).
enum ReciprocalPairs {
    /// The objects that make any predicate reciprocal.
    static let reciprocalPronouns: Set<String> = ["each other", "one another"]

    static func isReciprocalPronoun(_ argument: Argument?) -> Bool {
        argument.map { reciprocalPronouns.contains($0.text.lowercased()) } ?? false
    }

    /// The assertions without those whose subject or object is "each other" (their pairs stand for them); one whose
    /// subject names no one yet stays, for the document to resolve ("the two countries oppose each other",
    /// `DocumentResolver.withPairsResolved`).
    static func withoutReciprocalPronouns(_ assertions: [Assertion]) -> [Assertion] {
        assertions.filter { a in
            !isReciprocalPronoun(a.subject) && (!isReciprocalPronoun(a.object) || a.subject.entity == nil)
        }
    }

    /// Reciprocal predicates, keyed by verb or "verb noun", and the relation each pair gets.
    static let relations = Lexicon.map(.reciprocalRelations)

    /// The pair edges of one sentence's assertions (already split per coordinated subject).
    static func pairs(in assertions: [Assertion]) -> [Assertion] {
        var groups: [String: [Assertion]] = [:]
        var order: [String] = []
        for a in assertions {
            // The object is none, a thing, or where they met ("met in Tehran", Tehran standing for Iran).
            let venue = a.relation.lemma.hasSuffix(" in") || a.relation.lemma.hasSuffix(" at")
            guard a.subject.entity != nil, a.subject.type.isActor, a.subject.type != .location,
                  a.object.map({ $0.type == .concept || $0.type == .location || venue }) ?? true || isReciprocalPronoun(a.object),
                  let start = a.relation.start, let end = a.relation.end else { continue }
            let key = "\(start)|\(end)|\(a.relation.lemma)|\(a.object?.start ?? -1)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(a)
        }
        var out: [Assertion] = []
        for key in order {
            guard let group = groups[key], group.count >= 2,
                  let relation = isReciprocalPronoun(group[0].object) ? group[0].relation.lemma : reciprocalRelation(group[0]) else { continue }
            let members = group.sorted { $0.subject.start < $1.subject.start }
            // "accused each other": each did it to the other, both ways; a meeting or a clash is one edge.
            let bothWays = isReciprocalPronoun(group[0].object)
            for (i, first) in members.enumerated() {
                for second in (bothWays ? members : Array(members[(i + 1)...])) where second.subject.entity != first.subject.entity {
                    var phrase = first.relation
                    phrase.lemma = relation
                    out.append(Assertion(
                        documentID: first.documentID, sentenceIndex: first.sentenceIndex, sentence: first.sentence,
                        sentenceSpan: first.sentenceSpan, subject: first.subject, relation: phrase, object: second.subject,
                        attribution: first.attribution, confidence: first.confidence * ExtractionConfidence.reciprocal))
                }
            }
        }
        return out
    }

    /// The pair relation of a clause's predicate: by its verb and the noun of a light verb ("sign agreement with" →
    /// "sign agreement", "hold" with "talks" → "hold talks"), else by its verb ("meet in" → "meet").
    static func reciprocalRelation(_ a: Assertion) -> String? {
        let words = a.relation.lemma.split(separator: " ").map(String.init)
        guard let verb = words.first else { return nil }
        let objectWords = a.object.map { $0.text.lowercased().split(separator: " ").map(String.init) } ?? []
        for noun in Array(words.dropFirst()) + objectWords {
            if let r = relations[verb + " " + noun] ?? relations[verb + " " + singular(noun)] { return r }
        }
        return relations[verb]
    }

    /// "agreements" → "agreement", "accusations" → "accusation" (a final "s", not "ss").
    private static func singular(_ word: String) -> String {
        word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }
}
