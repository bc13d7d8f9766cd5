import KGCore
import KGSyntax

extension ArgumentResolver {
    /// The words of an organisation's name headed by `head` and the country it belongs to, or nil when the
    /// head does not name an organisation: "the Russian Defense Ministry" (Russia), "Russian Aerospace
    /// Forces" (Russia), "the 924th State Center for Unmanned Aviation of the Russian Defense Ministry"
    /// (the name up to "Aviation"; Russia through the ministry it belongs to).
    func organizationName(_ head: Int, depth: Int = 0) -> (words: [Int], country: String?)? {
        let word = tree.words[head]
        guard depth < 4, word.form.first?.isUppercase == true, tree.upos(head) == .propn || tree.upos(head) == .noun,
              // A capitalised common noun opening the sentence is capitalised by position, not as a name.
              tree.upos(head) == .propn || head > 0,
              matches[head] == nil || matches[head]?.entry.kind == .demonym
        else { return nil }
        // "the Palestinian Authority's President": the office's holder acts for the organisation that owns it.
        if let owner = tree.child(of: head, [.nmodPoss]), case let lower = word.form.lowercased(),
           L.titleWords.contains(lower) || L.roleNouns.contains(lower) {
            return organizationName(owner, depth: depth + 1)
        }
        // An office is no organisation: "Senate Majority Leader" (its holder's name lost to the parse) names a person.
        guard !L.roleNouns.contains(tree.lemma(head).lowercased()), !L.titleWords.contains(tree.lemma(head).lowercased()) else { return nil }
        var words = [head]
        var country: String?
        // A company's name from its head on ("Electric Co"): a capitalised description in front is part of it.
        let company = ([head] + tree.children(of: head, [.flat]).filter { $0 > head }).contains { L.organizationWords.contains(tree.words[$0].form) }
        // Modifiers in front: "924th", "State", "Russian", "US National Security".
        for c in tree.children[head] where c < head {
            let r = tree.relation(c)
            // ("General Electric Co" with "General" a description of "Electric": a capitalised one is the name's.)
            guard r == .compound || r == .amod || r == .nmodPoss || r == .flat || r == .nmodDesc && company else { continue }
            let sub = tree.subtree(of: c)
            if let match = matches[c], match.entry.type == .country {
                // "Russian", "US": the country named; "Moscow" in "Moscow State University" is only a place.
                if match.entry.kind != .metonym { country = country ?? match.entry.entity }
                words += sub
            } else if sub.allSatisfy({ tree.words[$0].form.first.map { $0.isUppercase || $0.isNumber } ?? false || tree.upos($0) == .part
                        || tree.upos($0) == .punct || CoordinatedNameRepair.isJoiner($0, tree) }) {
                words += sub
            }
        }
        guard let first = words.min() else { return nil }
        // Keep only the contiguous run that ends in the head ("the" and lower-case words break it).
        var start = head
        while start > first, words.contains(start - 1) { start -= 1 }
        words = Array(start...head)
        // A name that opens with its organisation word continues after it ("Jabhat al-Nusra": "front" first, as
        // Arabic names it); after any other head, the words the parse hangs there are no part of the name
        // ("Committee Chairperson").
        let after = L.organizationOpeners.contains(word.form)
            ? Set(tree.children(of: head, [.flat]).filter { $0 > head }.flatMap { tree.subtree(of: $0) }) : []
        var end = head
        while after.contains(end + 1) { end += 1 }
        words += (head + 1)..<(end + 1)
        let formsInName = words.map { tree.words[$0].form }
        guard formsInName.contains(where: L.organizationWords.contains) else { return nil }
        // Only a government body belongs to its country ("American Airlines" is merely American).
        let isGovernmentBody = formsInName.contains(where: L.governmentBodyWords.contains)
        // "for Unmanned Aviation": a capitalised prepositional phrase without an article is part of the name;
        // "of the Russian Defense Ministry", "in Russia" name what it belongs to.
        var owners: [Int] = []
        for n in tree.children(of: head, [.nmod]) where n > head {
            guard let prep = tree.child(of: n, [.case]) else { continue }
            let core = tree.subtree(of: n) { tree.relation($0) == .nmod }
            if ["for", "of", "on"].contains(tree.lemma(prep)), tree.child(of: n, [.det]) == nil,
               core.allSatisfy({ $0 == prep || tree.words[$0].form.first?.isUppercase == true || CoordinatedNameRepair.isJoiner($0, tree) }),
               core.first == (words.max() ?? head) + 1 {
                words += core
                owners += tree.children(of: n, [.nmod])
            } else {
                owners.append(n)
            }
        }
        for owner in owners where country == nil {
            guard let prep = tree.child(of: owner, [.case]), ["of", "in"].contains(tree.lemma(prep)) else { continue }
            if let match = matches[owner], match.entry.type == .country {
                country = match.entry.entity
            } else if let parent = organizationName(owner, depth: depth + 1) {
                country = parent.country
            }
        }
        return (words.sorted(), isGovernmentBody ? country : nil)
    }
}
