import KGSyntax
import KGText

/// Mends a person's name the parser and the entity tagger start with the noun for a nationality: in "Frenchman
/// Ziyed Ben Belgacem, who was shot dead at Orly, …" the name is headed by "Frenchman", so the gazetteer read the
/// phrase as France and the man's acts became France's (and his name an alias of France). When a capitalised noun
/// for one person of a nationality ("Frenchman", "Briton", "Dutchwoman") heads a name of two or more capitalised
/// words after it, the next word heads the name and the nationality describes it, as a title would.
enum DemonymNounRepair {
    /// Nouns for one person of a nationality that are nobody's given name ("Finn", "Dane" and "Scot" are).
    static let personDemonyms: Set<String> = [
        "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman", "scotsman", "scotswoman",
        "welshman", "welshwoman", "dutchman", "dutchwoman", "briton", "swede", "kurd",
    ]

    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var changed = false
        for head in 0..<max(0, tree.count - 2) where tree.upos(head) == .propn && personDemonyms.contains(tree.words[head].form.lowercased()) {
            let name = tree.children(of: head, [.flat, .compound]).filter { $0 > head }
            guard name.count >= 2, name.first == head + 1,
                  name.allSatisfy({ tree.upos($0) == .propn && tree.words[$0].form.first?.isUppercase == true }),
                  Array(name) == Array(head + 1...(name.last ?? head))
            else { continue }
            let first = head + 1
            out[first].head = tree.words[head].head
            out[first].relation = tree.words[head].relation
            for w in name.dropFirst() {
                out[w].head = first + 1
                out[w].relation = DependencyRelation.flat.rawValue
            }
            for c in tree.children[head] where !name.contains(c) { out[c].head = first + 1 }
            out[head].head = first + 1
            out[head].relation = DependencyRelation.nmodDesc.rawValue
            changed = true
        }
        return changed ? out : nil
    }
}
