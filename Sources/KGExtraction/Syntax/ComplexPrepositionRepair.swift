import KGCore
import KGSyntax
import KGText

/// Mends a preposition of three words the parser reads as a phrase with a phrase inside: in "spoke in front of the
/// cameras" or "acted on behalf of Syria" it makes "front" or "behalf" the verb's argument and the name a modifier
/// of it, so the relation became "speak in" with the object "front of the cameras". For the phrases of
/// `complex-prepositions`, the name after the last word takes the noun's place, with the three words as its
/// preposition (the first a case marker, the other two fixed to it, as UD writes "according to").
enum ComplexPrepositionRepair {
    /// The phrases by their words.
    static let phrases: Set<[String]> = Set(Lexicon.words(.complexPrepositions).map { $0.split(separator: " ").map(String.init) })
    /// Their first words, to test before building the phrase's words ("in", "on", "at").
    static let firstWords: Set<String> = Set(phrases.compactMap(\.first))

    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        guard tree.count >= 4 else { return nil }
        var out = tree.words
        var changed = false
        for first in 0..<(tree.count - 3) {
            let noun = first + 1, last = first + 2
            guard tree.relation(first) == .case, tree.head(of: first) == noun, [.noun, .propn].contains(tree.upos(noun)),
                  Self.firstWords.contains(tree.words[first].form.lowercased()),
                  Self.phrases.contains((first...last).map { tree.words[$0].form.lowercased() }),
                  // A phrase, not a predicate ("the opinion is in favour of X" stays as it is).
                  [.obl, .nmod].contains(tree.relation(noun)),
                  tree.relation(last) == .case, let argument = tree.head(of: last), argument > last,
                  tree.head(of: argument) == noun, let holder = tree.head(of: noun)
            else { continue }
            out[argument].head = holder + 1
            out[argument].relation = tree.words[noun].relation
            out[first].head = argument + 1
            for fixed in [noun, last] {
                out[fixed].head = first + 1
                out[fixed].relation = DependencyRelation.fixed.rawValue
            }
            out[noun].upos = UniversalPOS.adp.rawValue
            // Whatever else hung on the noun ("right in front of") goes with the argument.
            for child in tree.children[noun] where child != first && child != argument {
                out[child].head = argument + 1
            }
            changed = true
        }
        return changed ? out : nil
    }
}
