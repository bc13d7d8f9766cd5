import KGSyntax
import KGText

/// Mends misparses of a subject followed by a time: in "Turkey's Foreign Minister Mevlut Cavusoglu late Wednesday
/// threatened …" and "France last month signed …" the parser makes the day or month the subject with the name as
/// its compound, so the name is glued to "late" or "last" and the time acts; in "The EU on Monday imposed …" it
/// hangs "on Monday" from the subject, so the subject's words run into the time; "rejected the request on Monday"
/// hangs it from the object.
///
/// When a time subject (a weekday, or a time noun or month opened by "last", "this", "late" …) has a name or noun
/// among its compounds before it, that word becomes the subject, with the words before it, and the time a time of
/// the verb; beside another subject of its verb ("Last November, however, Peter Lund defended …") it is the verb's
/// time. A time phrase hung from a subject before its verb moves to the verb. And the other way round: "The couple
/// later took …", parsed as a time like "a couple (of days) later", has its subject back.
enum TemporalSubjectRepair {
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Time nouns that act as a subject's time only with an opener ("last week", "this month").
    static let timeNouns: Set<String> = ["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "quarter"]
    static let openers: Set<String> = ["last", "this", "next", "late", "early", "earlier"]
    /// What makes a time phrase of a weekday, month or time noun ("on Monday"); "the despair of the early months"
    /// is no time of the verb.
    static let timePrepositions: Set<String> = ["on", "in", "during", "at", "since", "until", "before", "after", "throughout", "over"]
    /// After an object, fewer: "an improvement over last year", "the vote before Monday" compare or order.
    static let objectTimePrepositions: Set<String> = ["on", "in", "during", "throughout", "since", "until"]
    static let months: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for time in 0..<tree.count where tree.relation(time)?.base == .nsubj && isTimeSubject(time, tree) {
            // "Last November, however, the deputy secretary Peter Lund defended …": a time beside the verb's
            // other subject is the verb's time.
            if let verb = tree.head(of: time), tree.children[verb].contains(where: { $0 != time && tree.relation($0)?.base == .nsubj }) {
                out[time].relation = DependencyRelation.oblUnmarked.rawValue
                continue
            }
            guard let verb = tree.head(of: time),
                  let name = tree.children(of: time, [.compound, .flat]).last(where: { $0 < time && isActorWord($0, tree) })
            else { continue }
            out[name].head = verb + 1
            out[name].relation = tree.words[time].relation
            // What stood before the name ("Turkey's", "The") goes with it; "late", "last" stay with the time.
            for c in tree.children[time] where c < name && c != name { out[c].head = name + 1 }
            out[time].head = verb + 1
            out[time].relation = DependencyRelation.oblUnmarked.rawValue
        }
        // "The EU on Monday imposed …": the time is the verb's.
        for time in 0..<tree.count where tree.relation(time) == .nmod && isTimeWord(time, tree) {
            guard let subject = tree.head(of: time), tree.relation(subject)?.base == .nsubj, let verb = tree.head(of: subject),
                  subject < time, time < verb,
                  let marker = tree.child(of: time, [.case]), timePrepositions.contains(tree.words[marker].form.lowercased())
            else { continue }
            out[time].head = verb + 1
            out[time].relation = DependencyRelation.obl.rawValue
        }
        // "rejected the request on Monday", "spoke in front of the cameras on Tuesday": a time hung from the verb's
        // object or oblique is the verb's, so the object reads "the request", not "the request on Monday".
        for time in 0..<tree.count where tree.relation(time) == .nmod && isTimeWord(time, tree) {
            guard let object = tree.head(of: time), [.obj, .obl].contains(tree.relation(object)), let verb = tree.head(of: object),
                  tree.upos(verb) == .verb, verb < object, object < time,
                  let marker = tree.child(of: time, [.case]), objectTimePrepositions.contains(tree.words[marker].form.lowercased())
            else { continue }
            out[time].head = verb + 1
            out[time].relation = DependencyRelation.obl.rawValue
        }
        // "will visit Washington next week": the name parsed as a compound of the time ("Washington week") is
        // the verb's object, when it has none; when the time took the object's place ("visit [Moscow next
        // month]"), the name takes it back and the time is the verb's.
        for time in 0..<tree.count where [.obl, .obj].contains(tree.relation(time)?.base) && isTimeSubject(time, tree) {
            let timeIsObject = tree.relation(time) == .obj
            guard let verb = tree.head(of: time), tree.upos(verb) == .verb,
                  timeIsObject || tree.child(of: verb, [.obj]) == nil,
                  let name = tree.children(of: time, [.compound, .flat]).last(where: { $0 < time && tree.upos($0) == .propn }),
                  tree.children[time].allSatisfy({ $0 >= name || tree.upos($0) == .propn || tree.upos($0) == .det })
            else { continue }
            out[name].head = verb + 1
            out[name].relation = DependencyRelation.obj.rawValue
            for c in tree.children[time] where c < name { out[c].head = name + 1 }
            if timeIsObject { out[time].relation = DependencyRelation.oblUnmarked.rawValue }
        }
        // "The couple later took the boy …" read as a time ("a couple (of days) later"): a definite noun that is no
        // time word, before a verb without a subject, is that verb's subject.
        for w in 0..<tree.count where tree.relation(w) == .oblUnmarked && tree.upos(w) == .noun && !isTimeWord(w, tree) {
            // Hung from "later" ("a couple later") or from the verb itself.
            guard var verb = tree.head(of: w) else { continue }
            if tree.upos(verb) == .adv, let above = tree.head(of: verb) { verb = above }
            guard w < verb, tree.upos(verb) == .verb,
                  !tree.children[verb].contains(where: { tree.relation($0)?.base == .nsubj || tree.relation($0)?.base == .csubj }),
                  tree.children(of: w, [.det]).contains(where: { tree.words[$0].form.lowercased() == "the" }),
                  !SyntaxLexicon.temporalNouns.contains(tree.lemma(w).lowercased())
            else { continue }
            out[w].relation = DependencyRelation.nsubj.rawValue
            out[w].head = verb + 1
        }
        return out == tree.words ? nil : out
    }

    /// "Wednesday"; "last month", "this week", "late Monday", "last November" (a month alone may be Theresa May).
    private static func isTimeSubject(_ w: Int, _ tree: DependencyTree) -> Bool {
        let lemma = tree.lemma(w).lowercased()
        if weekdays.contains(lemma) { return true }
        guard timeNouns.contains(lemma) || months.contains(lemma) else { return false }
        return tree.children[w].contains { $0 < w && openers.contains(tree.words[$0].form.lowercased()) }
    }

    /// A weekday, a month or a time noun: what "on", "in" or "during" make a time.
    private static func isTimeWord(_ w: Int, _ tree: DependencyTree) -> Bool {
        let lemma = tree.lemma(w).lowercased()
        return weekdays.contains(lemma) || months.contains(lemma) || timeNouns.contains(lemma)
    }

    /// A word that may be who acts: a name (a person's, as the tagger says, or any proper noun) or a common noun.
    private static func isActorWord(_ w: Int, _ tree: DependencyTree) -> Bool {
        tree.words[w].entity.hasSuffix("-PER") || tree.upos(w) == .propn || tree.upos(w) == .noun
    }
}
