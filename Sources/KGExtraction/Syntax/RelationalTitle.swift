import KGSyntax

/// A person named after a relational noun with its possessor, read off the words: "Trump's lawyer Michael
/// Cohen", "his opponent Hillary Clinton", "her husband, Peter Berg", "the president's son-in-law Jared Kushner"
/// give the named person's relation to the possessor (Michael Cohen –lawyer of→ Trump), which the parse often
/// garbles (the name as a second subject). The possessor may be a name, a possessive pronoun or a definite role
/// ("the president's"); the document resolves the last two. Nothing without a possessor: "the lawyer Michael
/// Cohen" says whose lawyer he is nowhere.
struct RelationalTitle {
    /// The person's name (a `B-PER … I-PER` span).
    let name: ClosedRange<Int>
    /// The relational noun's words ("lawyer"; "son", "-", "in", "-", "law").
    let noun: ClosedRange<Int>
    /// The possessor's words, without the possessive ending ("Trump", "his", "the president").
    let possessor: [Int]

    typealias L = SyntaxLexicon

    /// Words between the possessor and the noun that describe the relation without changing it ("former",
    /// "longtime", "personal", "Republican").
    static let longestDescription = 2

    init?(nameStartingAt first: Int, in tree: DependencyTree) {
        guard tree.words[first].entity == "B-PER" else { return nil }
        var last = first
        while last + 1 < tree.count, tree.words[last + 1].entity == "I-PER" { last += 1 }
        var k = first - 1
        if k >= 0, tree.words[k].form == "," { k -= 1 }
        guard k >= 0, tree.upos(k) == .noun, tree.words[k].form.first?.isLowercase == true else { return nil }
        // "son-in-law", which the tokenizer splits at its hyphens.
        var nounStart = k
        while nounStart >= 2, tree.isHyphenJoiner(nounStart - 1) { nounStart -= 2 }
        let written = (nounStart...k).map { tree.words[$0].form.lowercased() }.joined()
        guard L.relationalNouns.contains(nounStart == k ? tree.lemma(k).lowercased() : written) else { return nil }
        let noun = nounStart...k
        k = nounStart - 1
        var described = 0
        while k >= 0, described < Self.longestDescription, tree.upos(k) == .adj || tree.words[k].form.first?.isLowercase == true && tree.upos(k) == .noun && !L.relationalNouns.contains(tree.lemma(k)) {
            k -= 1
            described += 1
        }
        guard k >= 0, let possessor = Self.possessor(endingAt: k, in: tree) else { return nil }
        self.name = first...last
        self.noun = noun
        self.possessor = possessor
    }

    /// Every person named after a relational noun with a possessor.
    static func all(in tree: DependencyTree) -> [RelationalTitle] {
        (0..<tree.count).compactMap { RelationalTitle(nameStartingAt: $0, in: tree) }
    }

    /// "his", "her", "their"; "Trump's", "Donald Trump's"; "the president's", "the chancellor's".
    private static func possessor(endingAt k: Int, in tree: DependencyTree) -> [Int]? {
        let form = tree.words[k].form.lowercased()
        if ["his", "her"].contains(form), tree.upos(k) == .pron { return [k] }
        guard k >= 1, L.possessiveEndings.contains(form) else { return nil }
        var start = k - 1
        let named = { (w: Int) in
            tree.words[w].form.first?.isUppercase == true && tree.upos(w) == .propn && !L.roleNouns.contains(tree.lemma(w))
        }
        if named(start) {
            while start > 0, named(start - 1) { start -= 1 }
            // A person or an organisation ("Trump's lawyer", "the company's lawyer" is no name); a place is no
            // one's relative.
            guard !tree.words[k - 1].entity.hasSuffix("-LOC") else { return nil }
            return Array(start..<k)
        }
        // "the president's": a role the document gave one person.
        if tree.isRoleNoun(start), start >= 1, tree.words[start - 1].form.lowercased() == "the" {
            return [start - 1, start]
        }
        return nil
    }
}
