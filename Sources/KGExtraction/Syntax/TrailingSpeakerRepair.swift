import KGSyntax
import KGText

/// Mends a speaker named after what was said, between commas: in "She became increasingly upset, her lawyer,
/// Hannah Duncan, said." and "Seven soldiers have been arrested, Congo's auditor general, Maj. Gen. Joseph Ponde,
/// said Saturday." the parser joins "said" to the first clause as a conjunct without a subject and hangs the speaker
/// from that clause, so the first clause's subject seems to say it and no one is its source.
///
/// A speech verb joined as a conjunct or parataxis with no subject or conjunction of its own, right after a comma,
/// with a noun phrase before that comma that opens after another comma and holds a person's name: the phrase is
/// the verb's subject, and the verb a parataxis of the clause (as the parser reads "…, she said").
enum TrailingSpeakerRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var out = tree.words
        var changed = false
        for verb in 0..<tree.count where tree.upos(verb) == .verb && SyntaxLexicon.speechVerbs.contains(tree.lemma(verb)) {
            guard [.conj, .parataxis].contains(tree.relation(verb)),
                  tree.children(of: verb, [.nsubj, .nsubjPass, .csubj, .cc, .expl]).isEmpty else { continue }
            let start = ([verb] + tree.children(of: verb, [.aux, .advmod]).filter { $0 < verb }).min() ?? verb
            guard start >= 3, tree.words[start - 1].form == "," else { continue }
            let end = start - 2
            // The outermost noun phrase ending right before the comma that opens right after another comma.
            var speaker: (head: Int, size: Int)?
            for w in 0..<end where [.noun, .propn].contains(tree.upos(w)) {
                let words = tree.subtree(of: w, excluding: { tree.upos($0) == .punct })
                guard words.last == end, let first = words.first, first > 0, tree.words[first - 1].form == ",",
                      !tree.subtree(of: w).contains(verb) else { continue }
                // Not the apposition of a noun before it ("after Masood's mother, Janet Ajao, said …").
                if tree.relation(w) == .appos, let noun = tree.head(of: w),
                   tree.subtree(of: noun, excluding: { tree.upos($0) == .punct }).last == end { continue }
                if speaker.map({ $0.size < words.count }) ?? true { speaker = (w, words.count) }
            }
            guard let speaker = speaker?.head, tree.subtree(of: speaker).contains(where: { tree.words[$0].entity.hasSuffix("-PER") }) else { continue }
            out[speaker].head = verb + 1
            out[speaker].relation = DependencyRelation.nsubj.rawValue
            out[verb].relation = DependencyRelation.parataxis.rawValue
            changed = true
        }
        return changed ? out : nil
    }
}
