import KGCore

/// Splits a document's text into sentences of words.
///
/// The text is tokenized once; a sentence then ends
/// - at a blank line (always), and at a single line break after a line ending in `.`/`!`/`?`, before a
///   list item, or after a short title-like line followed by a capitalised line (headlines, scraped pages);
/// - after `.`, `!`, `?`, `…` and runs of them, together with closing quotes and brackets that follow
///   (`."`, `.)`, `?’`), unless the next word continues the sentence (lower case, `,`); and before a dash
///   glued to them when a sentence follows (`autism.- "Claims`: scraped news joining paragraphs), the dash
///   left out of both;
/// - after an abbreviation with a period only when the next word is capitalised and the abbreviation is not
///   a title (`Mr. Smith`), and for `U.S.`-style and initial abbreviations only before a typical sentence
///   opener (`in the U.S. The next`);
/// - in web text and e-mail, also after emoticons, `AM`/`PM` of a header time, separator lines, a letter's
///   sign-off ("Best regards,") and between listed URLs;
/// - in scraped news, before a sentence glued to an unpunctuated heading or caption ("Strained relations The
///   announcement came …", `BoundaryDetector.startsGluedSentence`), and after a byline ("Author: Shamil Shams");
/// - and, so that unpunctuated input cannot make huge sentences, after at most `maxWords` tokens, at the
///   last comma-like token of the second half when there is one. Runs in linear time.
///
/// Follows EWT in giving a sentence-final abbreviation's period to the sentence end (`U.S` + `.`).
public struct SentenceSplitter: Sendable {
    /// Tokenizer used for the words of each sentence.
    public var tokenizer: Tokenizer
    /// Upper bound on surface tokens per sentence (closing quotes and a split-off period may add a few).
    public var maxWords: Int
    /// Upper bound on tokens kept from a run-on: a stretch cut at `maxWords` again and again because no
    /// sentence boundary comes (a table, a dump, junk). Its pieces past this many tokens are dropped (see
    /// `splitReportingRunOns`), so such input cannot cost parsing time in proportion to its size. nil keeps all.
    public var maxRunOnWords: Int?

    /// A splitter using `tokenizer`, cutting sentences longer than `maxWords` tokens and dropping run-ons
    /// past `maxRunOnWords` tokens.
    public init(tokenizer: Tokenizer = Tokenizer(), maxWords: Int = 500, maxRunOnWords: Int? = nil) {
        self.tokenizer = tokenizer
        self.maxWords = max(8, maxWords)
        self.maxRunOnWords = maxRunOnWords.map { max(self.maxWords, $0) }
    }

    /// A stretch of text without sentence boundaries of which only the first `maxRunOnWords` tokens were kept.
    public struct RunOn: Sendable, Hashable, Codable {
        /// Scalar offsets of the whole stretch in the text.
        public var span: TextSpan
        /// Tokens in the whole stretch.
        public var tokens: Int
        /// Tokens kept (as sentences) from its start.
        public var keptTokens: Int
    }

    /// The sentences of `text`, with words filled by the tokenizer; spans are Unicode scalar offsets.
    public func split(_ text: String) -> [Sentence] {
        splitReportingRunOns(text).sentences
    }

    /// The sentences of `text`, and the run-ons that were cut short (only when `maxRunOnWords` is set).
    public func splitReportingRunOns(_ text: String) -> (sentences: [Sentence], runOns: [RunOn]) {
        let split = splitWithTokensReportingRunOns(text)
        return (split.sentences.map(\.sentence), split.runOns)
    }

    /// The sentences of `text` with their surface tokens; each token's `words` range indexes the
    /// sentence's `words` (what a CoNLL-U writer needs for multiword-token lines like `2-3 don't`).
    public func splitWithTokens(_ text: String) -> [(sentence: Sentence, tokens: [Token])] {
        splitWithTokensReportingRunOns(text).sentences
    }

    private func splitWithTokensReportingRunOns(_ text: String)
        -> (sentences: [(sentence: Sentence, tokens: [Token])], runOns: [RunOn]) {
        let scalars = Array(text.unicodeScalars)
        let (tokens, allRanges, forced) = segmentMarkingCuts(scalars)
        let (sentenceRanges, runOns) = droppingRunOns(allRanges, forced: forced, tokens: tokens)
        var result: [(sentence: Sentence, tokens: [Token])] = []
        result.reserveCapacity(sentenceRanges.count)
        for range in sentenceRanges {
            var tokenized = TokenizedText()
            tokenized.words.reserveCapacity(range.count + 4)
            tokenized.tokens.reserveCapacity(range.count)
            tokenizer.appendWords(scalars, tokens: tokens[range], to: &tokenized)
            let start = tokens[range.lowerBound].lowerBound
            let end = tokens[range.upperBound - 1].upperBound
            let sentence = Sentence(
                index: result.count, span: TextSpan(start: start, end: end),
                text: Tokenizer.string(scalars, start..<end), words: tokenized.words)
            result.append((sentence, tokenized.tokens))
        }
        return (result, runOns)
    }

    /// Surface tokens of `scalars` and, for each sentence, its range of those tokens.
    ///
    /// Follows EWT in one more way: an abbreviation that ends a sentence gives up its period to the sentence
    /// end (`in the U.S.` → `U.S` + `.`), so the token list can differ from the tokenizer's.
    func segment(_ scalars: [Unicode.Scalar]) -> (tokens: [Range<Int>], sentences: [Range<Int>]) {
        let (tokens, sentences, _) = segmentMarkingCuts(scalars)
        return (tokens, sentences)
    }

    /// `segment`, also telling for each sentence whether it ended only because it reached `maxWords`.
    func segmentMarkingCuts(_ scalars: [Unicode.Scalar])
        -> (tokens: [Range<Int>], sentences: [Range<Int>], forced: [Bool]) {
        var tokens: [Range<Int>] = []
        tokenizer.scanTokens(scalars, in: 0..<scalars.count, into: &tokens)
        var out: [Range<Int>] = []
        out.reserveCapacity(tokens.count + tokens.count / 64)
        var sentences: [Range<Int>] = []
        var forced: [Bool] = []
        let boundary = BoundaryDetector(s: scalars, tokens: tokens)
        var wrapped = WrappedParagraphs(scalars)
        var start = 0
        var t = 0
        var lineStart = 0
        var isCut = false
        let dateline = boundary.datelineEnd()
        func close(at end: Int, last: Int, splitPeriod: Bool) {
            let first = out.count
            for k in start...end {
                let r = tokens[k]
                if k == last, splitPeriod, boundary.isAbbreviationWithPeriod(k) {
                    out.append(r.lowerBound..<(r.upperBound - 1))
                    out.append((r.upperBound - 1)..<r.upperBound)
                } else {
                    out.append(r)
                }
            }
            sentences.append(first..<out.count)
            forced.append(isCut)
            start = end + 1
        }
        while t < tokens.count {
            if t + 1 == tokens.count {
                isCut = false
                close(at: t, last: t, splitPeriod: true)
                break
            }
            var end = -1 // last token of the sentence ending here, if any
            var splitPeriod = true
            isCut = false
            let gap = boundary.lineBreaks(between: t, and: t + 1)
            if gap.count >= 2 || t == dateline {
                end = t
            } else if let closedAt = boundary.sentenceEnd(at: t, sentenceStart: start) {
                end = closedAt
                // EWT gives the period to the sentence only when nothing follows the abbreviation.
                splitPeriod = closedAt == t
            } else if gap.count == 1, boundary.lineEndsSentence(
                lineStart: lineStart, lastToken: t, inWrappedParagraph: wrapped.contains(gap.lastBreak)) {
                end = t
            } else if boundary.startsHeader(t + 1) || boundary.endsSignOff(t, sentenceStart: start)
                        || boundary.startsListItem(after: t) || boundary.startsGluedSentence(t + 1)
                        || boundary.endsByline(t) {
                end = t
            } else if t + 1 - start >= maxWords {
                end = boundary.safeCut(from: start, to: t)
                splitPeriod = false
                isCut = true
            }
            if gap.count >= 1 { lineStart = gap.lastBreak + 1 }
            guard end >= 0 else {
                t += 1
                continue
            }
            close(at: end, last: t, splitPeriod: splitPeriod)
            // A dash joining two paragraphs ("autism.- \"Claims") is in neither sentence.
            if boundary.isParagraphDash(after: end) { start += 1 }
            if end > t {
                // Closing quotes/brackets joined the sentence; a line break may hide among them.
                for k in t..<end {
                    let g = boundary.lineBreaks(between: k, and: k + 1)
                    if g.count >= 1 { lineStart = g.lastBreak + 1 }
                }
            }
            t = start
        }
        return (out, sentences, forced)
    }
}
