import KGSyntax
import KGText

/// Mends a misparse of a name followed by a day: in "Turkey's Foreign Minister Mevlut Cavusoglu late Wednesday
/// threatened …" the parser makes "Wednesday" the subject with the name as its compound, so the name is glued to
/// "late" and the day acts. When a weekday subject has a person's name (the named-entity tagger says so) among
/// its compounds before it, the name becomes the subject, with the words before it, and the day a time of the
/// verb.
enum TemporalSubjectRepair {
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        for day in 0..<tree.count where tree.relation(day)?.base == .nsubj && weekdays.contains(tree.lemma(day)) {
            guard let verb = tree.head(of: day),
                  let name = tree.children(of: day, [.compound, .flat]).last(where: { $0 < day && tree.words[$0].entity.hasSuffix("-PER") })
            else { continue }
            out[name].head = verb + 1
            out[name].relation = tree.words[day].relation
            // What stood before the name ("Turkey's") goes with it; "late" stays with the day.
            for c in tree.children[day] where c < name && c != name { out[c].head = name + 1 }
            out[day].head = verb + 1
            out[day].relation = "obl:unmarked"
        }
        return out == tree.words ? nil : out
    }
}
