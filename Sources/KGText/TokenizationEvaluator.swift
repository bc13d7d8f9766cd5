import KGCore

/// Precision, recall and F1 of one kind of unit (tokens, words or sentences), as in CoNLL 2018.
public struct F1Score: Sendable, Hashable, Codable {
    /// Units in the gold standard.
    public var gold: Int
    /// Units the system produced.
    public var system: Int
    /// Units found in both (same span, or aligned words).
    public var correct: Int

    /// A score from counts.
    public init(gold: Int, system: Int, correct: Int) {
        self.gold = gold
        self.system = system
        self.correct = correct
    }

    /// Correct / system, in percent.
    public var precision: Double { system == 0 ? 0 : 100 * Double(correct) / Double(system) }
    /// Correct / gold, in percent.
    public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
    /// Harmonic mean of precision and recall, in percent.
    public var f1: Double { gold + system == 0 ? 0 : 100 * 2 * Double(correct) / Double(gold + system) }
}

/// Tokens, words and sentences F1 of a tokenizer + sentence splitter against a CoNLL-U gold standard.
public struct TokenizationScores: Sendable, Hashable, Codable {
    /// Surface tokens (a multiword token counts once).
    public var tokens: F1Score
    /// Syntactic words, aligned as the CoNLL 2018 script does (LCS of forms inside multiword tokens).
    public var words: F1Score
    /// Sentences.
    public var sentences: F1Score
}

/// Evaluates tokenization and sentence splitting the way the CoNLL 2018 shared task did.
///
/// The raw text is rebuilt from the gold sentences' `# text` comments: sentences of one paragraph are
/// joined by a space, and a blank line (`\n\n`) goes before each sentence that starts a paragraph or a
/// document (`# newpar`, `# newdoc`) — the layout of UD's `conllu_to_text.pl` without its line wrapping.
/// Gold tokens are placed in that text by matching their forms character by character, skipping
/// whitespace; system and gold units are then compared by character spans (tokens, sentences) and words
/// by the shared task's alignment. Prints nothing.
public struct TokenizationEvaluator: Sendable {
    /// The splitter (and its tokenizer) under evaluation.
    public var splitter: SentenceSplitter

    /// An evaluator of `splitter`.
    public init(splitter: SentenceSplitter = SentenceSplitter()) {
        self.splitter = splitter
    }

    /// A unit with a character span; words also carry their form and whether they are in a multiword token.
    struct Unit {
        var start: Int
        var end: Int
        var form: String = ""
        var isMultiword = false
    }

    /// Gold units and the rebuilt raw text.
    struct Gold {
        var text: [Unicode.Scalar] = []
        var tokens: [Unit] = []
        var words: [Unit] = []
        var sentences: [Unit] = []
    }

    /// The raw text of `goldSentences` as this evaluator rebuilds it.
    public static func rawText(of goldSentences: [CoNLLUSentence]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: gold(goldSentences).text)
        return String(view)
    }

    /// Scores of `splitter` on the raw text of `goldSentences`.
    public func evaluate(goldSentences: [CoNLLUSentence]) -> TokenizationScores {
        let gold = Self.gold(goldSentences)
        let (ranges, sentenceRanges) = splitter.segment(gold.text)
        var tokenized = TokenizedText()
        splitter.tokenizer.appendWords(gold.text, tokens: ranges[...], to: &tokenized)
        var systemTokens: [Unit] = []
        var systemWords: [Unit] = []
        for token in tokenized.tokens {
            systemTokens.append(Unit(start: token.span.start, end: token.span.end))
            for w in token.words {
                systemWords.append(Unit(
                    start: token.span.start, end: token.span.end, form: tokenized.words[w].form.lowercased(),
                    isMultiword: token.isMultiword))
            }
        }
        let systemSentences = sentenceRanges.map {
            Unit(start: ranges[$0.lowerBound].lowerBound, end: ranges[$0.upperBound - 1].upperBound)
        }
        var system = Gold(text: gold.text, tokens: systemTokens, words: systemWords, sentences: systemSentences)
        return Self.score(gold: Self.withoutWhitespace(gold), system: Self.withoutWhitespace(&system))
    }

    /// Scores of a system CoNLL-U (e.g. another tool's output on the same raw text) against gold.
    ///
    /// Both are placed in their own rebuilt text and compared on character positions that ignore
    /// whitespace, as in `conll18_ud_eval.py`; the two texts must agree apart from whitespace.
    public func evaluate(goldSentences: [CoNLLUSentence], systemSentences: [CoNLLUSentence]) -> TokenizationScores {
        var gold = Self.gold(goldSentences)
        var system = Self.gold(systemSentences)
        return Self.score(gold: Self.withoutWhitespace(&gold), system: Self.withoutWhitespace(&system))
    }

    private static func score(gold: Gold, system: Gold) -> TokenizationScores {
        TokenizationScores(
            tokens: spanScore(gold: gold.tokens, system: system.tokens),
            words: F1Score(
                gold: gold.words.count, system: system.words.count,
                correct: alignedWordCount(gold: gold.words, system: system.words)),
            sentences: spanScore(gold: gold.sentences, system: system.sentences))
    }

    /// Moves all spans to positions in the text with whitespace removed (the script's `characters`).
    private static func withoutWhitespace(_ units: inout Gold) -> Gold {
        var position = [Int](repeating: 0, count: units.text.count + 1)
        var n = 0
        for (k, c) in units.text.enumerated() {
            position[k] = n
            if !c.isSeparatorLike { n += 1 }
        }
        position[units.text.count] = n
        func move(_ list: inout [Unit]) {
            for i in list.indices {
                list[i].start = position[min(list[i].start, units.text.count)]
                list[i].end = position[min(list[i].end, units.text.count)]
            }
        }
        move(&units.tokens)
        move(&units.words)
        move(&units.sentences)
        return units
    }

    private static func withoutWhitespace(_ units: Gold) -> Gold {
        var copy = units
        return withoutWhitespace(&copy)
    }

    // MARK: - Gold standard

    static func gold(_ sentences: [CoNLLUSentence]) -> Gold {
        var gold = Gold()
        for (index, sentence) in sentences.enumerated() {
            let startsParagraph = sentence.comments.contains { $0.hasPrefix("newpar") || $0.hasPrefix("newdoc") }
            if index > 0 {
                gold.text.append(contentsOf: startsParagraph ? ["\n", "\n"] : [" "])
            }
            let base = gold.text.count
            let text = Array((sentence.text ?? fallbackText(sentence)).unicodeScalars)
            gold.text.append(contentsOf: text)
            var cursor = 0
            let firstToken = gold.tokens.count
            func place(_ form: String) -> (Int, Int) {
                var start = -1
                for c in form.unicodeScalars where !c.isSeparatorLike {
                    while cursor < text.count, text[cursor].isSeparatorLike { cursor += 1 }
                    if start < 0 { start = cursor }
                    if cursor < text.count { cursor += 1 }
                }
                if start < 0 { start = cursor }
                return (base + min(start, text.count), base + cursor)
            }
            var w = 0
            var ranges = sentence.multiwordTokens.makeIterator()
            var nextRange = ranges.next()
            while w < sentence.words.count {
                if let range = nextRange, range.first == w + 1 {
                    let (s, e) = place(range.form)
                    gold.tokens.append(Unit(start: s, end: e))
                    for k in (range.first - 1)..<min(range.last, sentence.words.count) {
                        gold.words.append(Unit(
                            start: s, end: e, form: sentence.words[k].form.lowercased(), isMultiword: true))
                    }
                    w = max(range.last, w + 1)
                    nextRange = ranges.next()
                    continue
                }
                let (s, e) = place(sentence.words[w].form)
                gold.tokens.append(Unit(start: s, end: e))
                gold.words.append(Unit(start: s, end: e, form: sentence.words[w].form.lowercased()))
                w += 1
            }
            if gold.tokens.count > firstToken, let last = gold.tokens.last {
                gold.sentences.append(Unit(start: gold.tokens[firstToken].start, end: last.end))
            }
        }
        return gold
    }

    private static func fallbackText(_ sentence: CoNLLUSentence) -> String {
        var out = ""
        for word in sentence.words {
            out += word.form
            if word.spaceAfter { out += " " }
        }
        return out
    }

    // MARK: - Scoring (conll18_ud_eval.py)

    static func spanScore(gold: [Unit], system: [Unit]) -> F1Score {
        var correct = 0
        var g = 0
        var s = 0
        while g < gold.count, s < system.count {
            if system[s].start < gold[g].start {
                s += 1
            } else if gold[g].start < system[s].start {
                g += 1
            } else {
                if gold[g].end == system[s].end { correct += 1 }
                g += 1
                s += 1
            }
        }
        return F1Score(gold: gold.count, system: system.count, correct: correct)
    }

    private static func beyondEnd(_ words: [Unit], _ i: Int, _ end: Int) -> Bool {
        if i >= words.count { return true }
        if words[i].isMultiword { return words[i].start >= end }
        return words[i].end > end
    }

    private static func extendEnd(_ word: Unit, _ end: Int) -> Int {
        word.isMultiword && word.end > end ? word.end : end
    }

    /// Number of aligned words, following `align_words` of the CoNLL 2018 evaluation script.
    static func alignedWordCount(gold: [Unit], system: [Unit]) -> Int {
        var aligned = 0
        var gi = 0
        var si = 0
        while gi < gold.count, si < system.count {
            if gold[gi].isMultiword || system[si].isMultiword {
                // Find the multiword span, then align its words by the longest common subsequence of forms.
                var spanEnd: Int
                if gold[gi].isMultiword {
                    spanEnd = gold[gi].end
                    if !system[si].isMultiword, system[si].start < gold[gi].start { si += 1 }
                } else {
                    spanEnd = system[si].end
                    if !gold[gi].isMultiword, gold[gi].start < system[si].start { gi += 1 }
                }
                let gs = gi
                let ss = si
                while !beyondEnd(gold, gi, spanEnd) || !beyondEnd(system, si, spanEnd) {
                    if gi < gold.count, si >= system.count || gold[gi].start <= system[si].start {
                        spanEnd = extendEnd(gold[gi], spanEnd)
                        gi += 1
                    } else {
                        spanEnd = extendEnd(system[si], spanEnd)
                        si += 1
                    }
                }
                if gi > gs, si > ss { aligned += lcsLength(gold[gs..<gi], system[ss..<si]) }
            } else if gold[gi].start == system[si].start, gold[gi].end == system[si].end {
                aligned += 1
                gi += 1
                si += 1
            } else if gold[gi].start <= system[si].start {
                gi += 1
            } else {
                si += 1
            }
        }
        return aligned
    }

    /// Length of the longest common subsequence of (lower-cased) forms: the number of words the script aligns.
    private static func lcsLength(_ a: ArraySlice<Unit>, _ b: ArraySlice<Unit>) -> Int {
        let x = Array(a)
        let y = Array(b)
        var previous = [Int](repeating: 0, count: y.count + 1)
        var current = previous
        for i in 1...x.count {
            for j in 1...y.count {
                current[j] = x[i - 1].form == y[j - 1].form
                    ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
