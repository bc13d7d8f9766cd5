import KGSyntax
import KGText

/// A read-only view of one parsed sentence as a tree: children by relation, subtrees, spans.
///
/// Word indices are 0-based here (CoNLL-U heads are 1-based; `head(of:)` converts).
struct DependencyTree {
    let words: [Word]
    let children: [[Int]]
    /// Lower-cased lemmas (the form when the lemma is missing), computed once: rules ask for them constantly.
    private let lemmas: [String]
    /// Relations and tags as types, parsed once (nil for an unparsed word or a label outside UD EWT's set).
    private let relations: [DependencyRelation?]
    private let tags: [UniversalPOS?]

    init(_ words: [Word]) {
        self.words = words
        relations = words.map(\.dependencyRelation)
        tags = words.map(\.universalPOS)
        lemmas = words.map { word in
            let lemma = word.lemma
            return lemma.isEmpty || lemma == "_" ? word.form.lowercased() : lemma.lowercased()
        }
        var children = [[Int]](repeating: [], count: words.count)
        for (i, word) in words.enumerated() where word.head > 0 && word.head <= words.count {
            children[word.head - 1].append(i)
        }
        self.children = children
    }

    var count: Int { words.count }

    /// The head word's index, or nil for the root (or an unparsed word).
    func head(of i: Int) -> Int? {
        let h = words[i].head
        return h > 0 && h <= words.count ? h - 1 : nil
    }

    /// The relation of word `i` to its head, nil when unparsed.
    func relation(_ i: Int) -> DependencyRelation? { relations[i] }

    /// Children of `i` whose relation is exactly one of `wanted`.
    func children(of i: Int, _ wanted: [DependencyRelation]) -> [Int] {
        children[i].filter { relations[$0].map(wanted.contains) ?? false }
    }

    /// The first child of `i` with one of the relations.
    func child(of i: Int, _ wanted: [DependencyRelation]) -> Int? {
        children[i].first { relations[$0].map(wanted.contains) ?? false }
    }

    func lemma(_ i: Int) -> String { lemmas[i] }

    /// The UPOS of word `i`, nil when untagged.
    func upos(_ i: Int) -> UniversalPOS? { tags[i] }

    /// Indices of the subtree of `i` (including `i`), skipping the subtrees of children for which `excluding`
    /// is true; sorted.
    func subtree(of i: Int, excluding: (Int) -> Bool = { _ in false }) -> [Int] {
        var out: [Int] = []
        var stack = [i]
        // A well-formed tree has no cycles; the bound keeps a malformed one from looping forever.
        while let n = stack.popLast(), out.count <= words.count {
            out.append(n)
            for c in children[n] where !excluding(c) { stack.append(c) }
        }
        out.sort()
        // Duplicates only arise from a cycle; drop them without hashing.
        var unique = 0
        for k in out.indices where k == 0 || out[k] != out[k - 1] {
            out[unique] = out[k]
            unique += 1
        }
        out.removeLast(out.count - unique)
        return out
    }

    /// `conj` dependents of `i`, transitively (UD chains "A, B and C" as conj(A,B), conj(A,C)).
    func conjuncts(of i: Int) -> [Int] {
        var out: [Int] = []
        var stack = children(of: i, [.conj])
        while let n = stack.popLast(), out.count <= words.count {
            out.append(n)
            stack += children(of: n, [.conj])
        }
        return out.sorted()
    }

    /// Forms of the (sorted) words joined by the spaces the text had between them.
    func text(of indices: [Int]) -> String {
        var out = ""
        for (k, w) in indices.enumerated() {
            out += words[w].form
            if k + 1 < indices.count, words[w].spaceAfter || indices[k + 1] != w + 1 { out += " " }
        }
        return out
    }

    /// The runs of `words` (sorted) the entity tagger calls a person's name (B-PER then I-PER), in order.
    func personNameSpans(in words: [Int]) -> [[Int]] {
        var spans: [[Int]] = []
        for w in words where self.words[w].entity.hasSuffix("-PER") {
            if self.words[w].entity.hasPrefix("I-"), let last = spans.last?.last, last == w - 1 {
                spans[spans.count - 1].append(w)
            } else {
                spans.append([w])
            }
        }
        return spans
    }
}
