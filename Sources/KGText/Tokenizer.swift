import KGCore

/// Splits text into surface tokens and UD English (EWT-style) syntactic words, with Unicode scalar offsets.
///
/// Follows the English Web Treebank (UD 2.16): punctuation is split off; abbreviations (`Mr.`, `U.S.`,
/// `etc.`, initials) keep their period (the sentence splitter takes it back at a sentence end, as EWT
/// does); clitics become words of a multiword token (`don't` → `do` + `n't`, `Bush's` → `Bush` + `'s`,
/// `gonna` → `gon` + `na`, `dont` → `do` + `nt`); most hyphens and slashes are split off (`well - known`,
/// `and / or`) but prefixes, phone numbers and dates stay (`e-mail`, `non-profit`, `713-853-3989`,
/// `11/17/2004`), and a hyphen a scraper put for a space after a function word or a comma is dropped (`a-foreign
/// ministry` → `a foreign ministry`, see `dropSpaceHyphens`); numbers keep decimal and thousands separators and times; unit suffixes are split
/// (`5pm` → `5 pm`, `£3.2bn` → `£ 3.2 bn`); URLs, e-mail addresses, @handles, #hashtags, emoticons and
/// emoji sequences are one token, as is a mis-decoded `"?` glued to a word. Works on an array of scalars
/// in one linear pass and never traps on odd input.
public struct Tokenizer: Sendable {
    /// A tokenizer with the EWT conventions.
    public init() {}

    /// Words of `scalars[range]`, offsets relative to the start of `scalars`.
    public func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Word] {
        segment(scalars, in: range).words
    }

    /// Words of `text`, offsets relative to its start.
    public func tokenize(_ text: String) -> [Word] {
        let scalars = Array(text.unicodeScalars)
        return tokenize(scalars, in: 0..<scalars.count)
    }

    /// Surface tokens of `scalars[range]` and the words they split into.
    public func segment(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> TokenizedText {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var ranges: [Range<Int>] = []
        scanTokens(scalars, in: lower..<upper, into: &ranges)
        var result = TokenizedText()
        result.words.reserveCapacity(ranges.count + ranges.count / 16)
        result.tokens.reserveCapacity(ranges.count)
        appendWords(scalars, tokens: ranges[...], to: &result)
        return result
    }

    // MARK: - Surface tokens

    /// Appends the surface token ranges of `s[range]` to `out`.
    func scanTokens(_ s: [Unicode.Scalar], in range: Range<Int>, into out: inout [Range<Int>]) {
        var scanner = TokenScanner(s: s)
        var i = range.lowerBound
        let hi = range.upperBound
        while i < hi {
            if s[i].isSeparatorLike { i += 1; continue }
            var chunkEnd = i + 1
            var hasAt = s[i].value == 0x40
            while chunkEnd < hi, !s[chunkEnd].isSeparatorLike {
                if s[chunkEnd].value == 0x40 { hasAt = true }
                chunkEnd += 1
            }
            var j = i
            let chunkFirst = out.count
            while j < chunkEnd {
                let e = scanner.tokenEnd(at: j, chunkStart: i, chunkEnd: chunkEnd, chunkHasAt: hasAt)
                let end = min(max(e, j + 1), chunkEnd)
                out.append(j..<end)
                j = end
            }
            if out.count - chunkFirst >= 3 { dropSpaceHyphens(s, in: &out, from: chunkFirst) }
            i = chunkEnd
        }
    }

    /// Some scraped news has a hyphen for a space after a function word: "a-foreign ministry spokesman",
    /// "according to-Kishida", "the-half-brother of", "Kim Jong-nam,-the". Such a hyphen is dropped (read as the
    /// space it stands for) right after a comma, and after a function word that opens its chunk or follows other
    /// punctuation, so that "state-of-
    /// the-art", "rock-and-roll" and "son-in-law" keep theirs; after a preposition that also makes compounds
    /// ("in-house", "on-site", "by-election") only before a determiner, a pronoun or a capitalised word.
    private func dropSpaceHyphens(_ s: [Unicode.Scalar], in out: inout [Range<Int>], from first: Int) {
        var k = first + 1
        while k + 1 < out.count {
            let hyphen = out[k], before = out[k - 1], after = out[k + 1]
            guard hyphen.count == 1, s[hyphen.lowerBound] == "-", before.upperBound == hyphen.lowerBound,
                  after.lowerBound == hyphen.upperBound, s[after.lowerBound].properties.isAlphabetic
            else { k += 1; continue }
            let word = Self.string(s, before).lowercased()
            let next = Self.string(s, after)
            let opens = k - 1 == first || Self.isPunctuation(s, out[k - 2])
            let drop: Bool
            if word == "," {
                drop = true
            } else if !opens {
                drop = false
            } else if Self.spaceHyphenWords.contains(word) {
                drop = !Self.hyphenCompounds.contains(word + "-" + next.lowercased())
            } else if Self.compoundPrepositions.contains(word) {
                drop = Self.phraseOpeners.contains(next.lowercased()) || next.first?.isUppercase == true
            } else {
                drop = false
            }
            if drop { out.remove(at: k) } else { k += 1 }
        }
    }

    private static func isPunctuation(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        r.count == 1 && [",", ";", ":", "(", "\""].contains(Character(s[r.lowerBound]))
    }

    /// Function words that never open a hyphenated compound (but for `hyphenCompounds`).
    static let spaceHyphenWords: Set<String> = [
        "the", "a", "an", "and", "of", "to", "is", "was", "are", "were", "said", "says", "that", "has", "have", "had", "will",
        "its", "his", "her", "their", "which", "who", "but", "as", "from", "with",
    ]
    static let hyphenCompounds: Set<String> = ["to-do", "to-go", "have-nots", "has-been", "has-beens", "a-list", "a-ha", "as-yet"]
    /// Prepositions that open compounds too ("in-house", "on-site", "by-election", "at-risk", "for-profit").
    static let compoundPrepositions: Set<String> = ["in", "on", "at", "by", "for", "after", "over", "into", "about", "against"]
    static let phraseOpeners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our", "my", "your", "him", "them",
    ]

    // MARK: - Words

    /// Appends the words (and tokens) of the surface tokens `tokens` to `result`.
    func appendWords(_ s: [Unicode.Scalar], tokens: ArraySlice<Range<Int>>, to result: inout TokenizedText) {
        for (n, r) in zip(tokens.indices, tokens) {
            let first = result.words.count
            // A hyphen dropped for the space it stands for (`dropSpaceHyphens`) is a space.
            let droppedHyphen = r.upperBound < s.count && s[r.upperBound] == "-" && n + 1 < tokens.endIndex
                && tokens[n + 1].lowerBound > r.upperBound
            let spaceAfter = r.upperBound < s.count && s[r.upperBound].isSeparatorLike || droppedHyphen
            let splits = CliticSplitter.splitPoints(s, r)
            var start = r.lowerBound
            if splits.0 > start, splits.0 < r.upperBound {
                result.words.append(Word(
                    form: Self.string(s, start..<splits.0), span: TextSpan(start: start, end: splits.0),
                    spaceAfter: false))
                start = splits.0
            }
            if splits.1 > start, splits.1 < r.upperBound {
                result.words.append(Word(
                    form: Self.string(s, start..<splits.1), span: TextSpan(start: start, end: splits.1),
                    spaceAfter: false))
                start = splits.1
            }
            var last = Self.string(s, start..<r.upperBound)
            // "n\"t", "\"ve": a contraction whose apostrophe a feed encoded as a double quote reads as written.
            if splits.0 > r.lowerBound, Self.encodedContractions.contains(last.lowercased()) {
                last = String(last.map { $0 == "\"" ? "'" : $0 })
            }
            result.words.append(Word(
                form: last, span: TextSpan(start: start, end: r.upperBound), spaceAfter: spaceAfter))
            result.tokens.append(Token(
                span: TextSpan(start: r.lowerBound, end: r.upperBound), words: first..<result.words.count))
        }
    }

    /// Contractions whose apostrophe some feeds encode as a double quote (`doesn"t`), read as `n't`, `'ve`, ….
    static let encodedContractions: Set<String> = ["n\"t", "\"ve", "\"ll", "\"re"]

    /// The string of `s[r]`, with a fast path for short ASCII runs.
    static func string(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        if r.count <= 15 {
            var ascii = true
            for k in r where s[k].value >= 128 { ascii = false; break }
            if ascii {
                return String(unsafeUninitializedCapacity: r.count) { buffer in
                    var n = 0
                    for k in r { buffer[n] = UInt8(truncatingIfNeeded: s[k].value); n += 1 }
                    return n
                }
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[r])
        return String(out)
    }
}
