import KGCore
import KGSyntax

/// A list of titled names read as one phrase by the parser ("Italian Prime Minister Mario Rossi and German
/// Chancellor Angela Merkel", "Mr Novak, Ms Stone and Gen. Brown"): one member per name, each with the title
/// and country in front of it, so that each becomes an actor and its title a role edge.
struct TitledNameList {
    /// One name of the list.
    struct Member {
        var argument: Argument
        /// The title's lemma ("prime minister"), when the member has one that is a role.
        var role: String?
        /// The country named in front of the title ("Italian" → Italy).
        var country: String?
    }

    var members: [Member]

    typealias L = SyntaxLexicon

    /// The list a phrase is, or nil when it is not a list of two or more names of which one at least is titled;
    /// every segment must be a name (conservative: a list with anything else stays one phrase).
    init?(_ phrase: Phrase, tree: DependencyTree, resolver: ArgumentResolver) {
        guard let first = phrase.words.min(), let last = phrase.words.max(), last - first >= 3 else { return nil }
        var segments: [[Int]] = [[]]
        for w in first...last {
            let form = tree.words[w].form
            if form == "and" || form == "," {
                if !(segments.last?.isEmpty ?? true) { segments.append([]) }
            } else {
                segments[segments.count - 1].append(w)
            }
        }
        segments.removeAll { $0.isEmpty }
        guard segments.count >= 2 else { return nil }
        var members: [Member] = []
        var anyTitled = false
        for segment in segments {
            var words = segment.filter { tree.upos($0) != .det }
            var country: String?
            var titleWords: [Int] = []
            // A country or demonym in front ("Italian", "Germany's").
            if let w = words.first, let match = resolver.matches[w], match.entry.type == .country {
                country = match.entry.entity
                words.removeAll { match.range.contains($0) || tree.words[$0].form == "'s" }
            }
            while let w = words.first, resolver.isTitleWord(w) || L.titleWords.contains(tree.lemma(w).lowercased()) && words.count > 2 {
                titleWords.append(w)
                words.removeFirst()
            }
            guard !words.isEmpty, words.allSatisfy({ tree.upos($0) == .propn && tree.words[$0].form.first?.isUppercase == true || tree.words[$0].form == "-" }),
                  !words.contains(where: { resolver.matches[$0] != nil || L.organizationWords.contains(tree.words[$0].form) })
            else { return nil }
            let titled = !titleWords.isEmpty
            guard titled || words.count >= 2 else { return nil }
            anyTitled = anyTitled || titled
            let title = titleWords.last.flatMap { PersonVocabulary.title(tree.words[$0].form) != nil ? $0 : nil }
            let entity = resolver.personEntity(ArgumentResolver.CleanName(words: words, title: title, isTitled: titled))
            let span = TextSpan(start: tree.words[segment[0]].span.start, end: tree.words[segment[segment.count - 1]].span.end)
            let roleWords = titleWords.filter { PersonVocabulary.title(tree.words[$0].form) == nil }
            let role = roleWords.isEmpty ? nil : roleWords.map { tree.lemma($0).lowercased() }.joined(separator: " ")
            members.append(Member(
                argument: Argument(text: tree.text(of: segment), entity: entity, type: .person, span: span),
                role: role, country: country))
        }
        guard anyTitled else { return nil }
        self.members = members
    }
}
