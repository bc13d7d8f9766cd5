import KGSyntax
import KGText

/// Mends a dateline the parser made the subject: in `WASHINGTON — Senate Minority Leader Chuck Schumer pledged to
/// give Trump a chance` it reads WASHINGTON as the subject of "pledged" and the real subject as a list item or an
/// apposition of it, so the city pledges and Schumer does nothing.
///
/// One to three capitalised words in capitals opening the sentence, then a dash, a quote or another punctuation
/// mark that is neither a comma nor a full stop, then a capitalised word: when the capitals are a verb's subject
/// and the noun phrase after the mark hangs from them, that phrase becomes the verb's subject and the dateline a
/// loose dependent of the verb; when the verb has a subject after the mark already ("NEW YORK (Reuters) -
/// Citigroup sued …"), the dateline is only made loose.
enum DatelineRepair {
    /// The sentence's words with the misparse mended, or nil when there is nothing to mend.
    static func repair(_ tree: DependencyTree) -> [Word]? {
        var k = 0
        while k < min(3, tree.count), isCapitals(tree.words[k].form) { k += 1 }
        guard k > 0, k + 1 < tree.count, tree.upos(k) == .punct, ![",", "."].contains(tree.words[k].form),
              tree.words[k + 1].form.first?.isUppercase == true else { return nil }
        let span = 0..<k
        guard let dateline = span.first(where: { tree.head(of: $0).map { !span.contains($0) } ?? true }),
              tree.relation(dateline) == .nsubj, let verb = tree.head(of: dateline) else { return nil }
        var out = tree.words
        // "NEW YORK (Reuters) - Citigroup sued …": the verb has its subject already.
        let hasOwnSubject = tree.children(of: verb, [.nsubj, .nsubjPass]).contains { $0 > k }
        if !hasOwnSubject {
            guard let subject = tree.children[dateline].first(where: { c in
                c > k && [.noun, .propn].contains(tree.upos(c))
                    && [.list, .appos, .flat, .compound, .dep, .conj, .nmod].contains(tree.relation(c))
            }) else { return nil }
            out[subject].head = verb + 1
            out[subject].relation = DependencyRelation.nsubj.rawValue
        }
        out[dateline].relation = DependencyRelation.dep.rawValue
        return out
    }

    /// A word in capitals only, of three letters or more ("WASHINGTON", "BEIJING"; not "US" or "UN").
    private static func isCapitals(_ form: String) -> Bool {
        form.count >= 3 && form.allSatisfy { $0.isLetter && $0.isUppercase }
    }
}
