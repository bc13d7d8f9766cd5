/// The sentence splitter's decisions between two surface tokens: line breaks, terminal punctuation,
/// abbreviations and safe cuts for over-long sentences. All look-ahead is bounded.
struct BoundaryDetector {
    let s: [Unicode.Scalar]
    let tokens: [Range<Int>]

    /// Line breaks between tokens `a` and `b`: how many (CR LF counts once) and where the last one is.
    func lineBreaks(between a: Int, and b: Int) -> (count: Int, lastBreak: Int) {
        var count = 0
        var last = -1
        var k = tokens[a].upperBound
        let end = tokens[b].lowerBound
        while k < end {
            let v = s[k].value
            if v == 0x0A || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 {
                count += 1
                last = k
            } else if v == 0x0D {
                if !(k + 1 < end && s[k + 1].value == 0x0A) { count += 1 }
                last = k
            } else if v == 0x2029 {
                count += 2
                last = k
            }
            k += 1
        }
        return (count, last)
    }

    private func first(_ t: Int) -> Unicode.Scalar { s[tokens[t].lowerBound] }
    private func last(_ t: Int) -> Unicode.Scalar { s[tokens[t].upperBound - 1] }
    private func attached(_ a: Int, _ b: Int) -> Bool { tokens[a].upperBound == tokens[b].lowerBound }

    /// Whether token `t` consists only of `.`, `!`, `?`, `…`.
    private func isTerminal(_ t: Int) -> Bool {
        for k in tokens[t] where !TokenScanner.isTerminalScalar(s[k]) { return false }
        return true
    }

    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x2019, 0x201D, 0x29, 0x5D, 0x7D, 0xBB, 0x203A: return true
        default: return false
        }
    }

    /// A closing quote or bracket, a mis-decoded `"?` standing for one, a closing `''`, or an emoticon:
    /// all belong to the sentence they follow.
    private func isCloserToken(_ k: Int) -> Bool {
        let r = tokens[k]
        if r.count == 1 { return Self.isCloser(s[r.lowerBound]) }
        let a = s[r.lowerBound].value
        let b = s[r.lowerBound + 1].value
        if r.count == 2, a == 0x22, b == 0x3F { return true }
        if r.count == 2, a == b, a == 0x27 || a == 0x2019 {
            return r.upperBound == s.count || !s[r.upperBound].isAlphanumericLike
        }
        return isEmoticon(k)
    }

    /// Whether token `k` is an emoticon (`:)`, `;-)`, `=D`, `:P`).
    private func isEmoticon(_ k: Int) -> Bool {
        let r = tokens[k]
        guard r.count >= 2, r.count <= 3 else { return false }
        let c = s[r.lowerBound].value
        guard c == 0x3A || c == 0x3B || c == 0x3D else { return false }
        let e = s[r.upperBound - 1].value
        return e == 0x29 || e == 0x28 || e == 0x44 || e == 0x50 || e == 0x70
    }

    private static func isOpener(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x27, 0x2018, 0x201C, 0x28, 0x5B, 0x7B, 0xAB, 0x2039, 0x60: return true
        default: return false
        }
    }

    /// Whether token `t` is a word with its period kept (`U.S.`, `etc.`, `J.`).
    func isAbbreviationWithPeriod(_ t: Int) -> Bool {
        let r = tokens[t]
        guard r.count >= 2, s[r.upperBound - 1].value == 0x2E else { return false }
        for k in r where s[k].isLetterLike { return true }
        return false
    }

    /// Tokens after which a capitalised word starts a new sentence in web text: emoticons, `AM`/`PM`
    /// after a time (e-mail headers), separator lines (`-----`, `=====`), a URL before another URL, and a
    /// permalink (the end of a scraped page's share bar).
    private func endsBeforeCapital(_ t: Int) -> Bool {
        let r = tokens[t]
        let c = s[r.lowerBound].value
        if isEmoticon(t) { return true }
        if r.count >= 3, c == 0x2D || c == 0x3D || c == 0x5F || c == 0x2A {
            for k in r where s[k].value != c { return false }
            return true
        }
        if isURL(t), t + 1 < tokens.count, isURL(t + 1) { return true }
        // A share bar's last link ("… Newsvine Permalink http://dw.com/p/2Xhmb Trump's first …") ends the bar.
        if isURL(t), t > 0, lowercased(t - 1) == "permalink" { return true }
        if r.count == 2, t > 0, s[r.lowerBound + 1].asciiLowercased == 0x6D,
           c == 0x41 || c == 0x50 || c == 0x61 || c == 0x70 {
            let p = tokens[t - 1]
            var colon = false
            for k in p where s[k].value == 0x3A { colon = true }
            return colon && s[p.upperBound - 1].isDigitLike
        }
        return false
    }

    /// If a sentence ends with token `t` (plus closing quotes/brackets after it), the index of its last token.
    func sentenceEnd(at t: Int, sentenceStart start: Int) -> Int? {
        let lastScalar = last(t)
        if endsBeforeCapital(t), t + 1 < tokens.count, first(t + 1).isUppercaseLike || isURL(t + 1) { return t }
        guard lastScalar.value == 0x2E || TokenScanner.isTerminalScalar(lastScalar) else { return nil }
        // Closing quotes and brackets glued to the terminal belong to the ending sentence.
        var end = t
        while end + 1 < tokens.count, isCloserToken(end + 1),
              attached(end, end + 1) || lineBreaks(between: end, and: end + 1).count == 0
                && (first(end + 1).value == 0x22 && !isOpeningQuote(end + 1) || tokens[end + 1].count > 1) {
            end += 1
        }
        // Citation marks after the sentence belong to it: "... in 1805. [6]".
        if isCitation(at: end + 1) { end += 3 }
        guard end + 1 < tokens.count else { return end }
        // Scraped news joins paragraphs with a dash glued to the end ("… autism.- \"Claims that …"): a boundary, the
        // dash belonging to neither sentence (`isParagraphDash`).
        if isParagraphDash(after: end) { return end }
        let next = end + 1
        if isTerminal(t) {
            // A list number opening the sentence: "3. I expect ...".
            if t == start + 1, isListNumber(start) { return nil }
            // "“Really?” she asked": a closing quote then a lower-case word continues the sentence.
            if end > t, first(next).isLowercaseLike { return nil }
            return startsSentence(next, after: t) ? end : nil
        }
        // An abbreviation (or word) with its period kept.
        guard tokens[t].count >= 2, lastScalar.value == 0x2E else { return nil }
        return abbreviationEndsSentence(t, next: next) ? end : nil
    }

    /// Whether the token after `end` is a dash glued to a sentence's final punctuation with a sentence opening
    /// after it: "… autism.- \"Claims that …", "Feb. 11.-The musical" (scraped news joining paragraphs).
    func isParagraphDash(after end: Int) -> Bool {
        let dash = end + 1
        guard dash + 1 < tokens.count, tokens[dash].count == 1, first(dash).value == 0x2D, attached(end, dash) else { return false }
        var k = end
        while k > 0, isCloserToken(k) { k -= 1 }
        return isTerminal(k) && startsSentence(dash + 1, after: dash)
    }

    /// Whether token `t` looks like a URL (`http…`, `www.…`): lists of links are one per sentence.
    private func isURL(_ t: Int) -> Bool {
        let r = tokens[t]
        guard r.count >= 8 else { return false }
        let a = s[r.lowerBound].asciiLowercased
        let b = s[r.lowerBound + 1].asciiLowercased
        let c = s[r.lowerBound + 2].asciiLowercased
        let d = s[r.lowerBound + 3].asciiLowercased
        return (a, b, c, d) == (0x68, 0x74, 0x74, 0x70) || (a, b, c, d) == (0x77, 0x77, 0x77, 0x2E)
    }

    /// Whether token `n` is a list number `1`–`99` followed by an attached `.` and a capitalised word.
    func isListNumber(_ n: Int) -> Bool {
        guard n + 2 < tokens.count, tokens[n].count <= 2, first(n).isDigitLike, last(n).isDigitLike,
              tokens[n + 1].count == 1, first(n + 1).value == 0x2E, attached(n, n + 1),
              first(n + 2).isUppercaseLike else { return false }
        return true
    }

    /// Whether a list item starts after token `t`: "my comments: 1. In Section ...".
    func startsListItem(after t: Int) -> Bool {
        tokens[t].count == 1 && first(t).value == 0x3A && isListNumber(t + 1)
    }

    /// Whether tokens `k...k+2` are a citation mark `[12]`.
    private func isCitation(at k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k].count == 1, first(k).value == 0x5B, tokens[k + 2].count == 1,
              first(k + 2).value == 0x5D, tokens[k + 1].count <= 3 else { return false }
        for m in tokens[k + 1] where !s[m].isDigitLike { return false }
        return lineBreaks(between: k - 1, and: k).count == 0
    }

    /// Whether token `n` starts an e-mail header line: a date followed by a time ("Kay Mann 04/26/2001
    /// 07:17 AM"), after a name rather than inside a sentence ("on 04/26/2001 ...").
    func startsHeader(_ n: Int) -> Bool {
        guard n > 0, n + 1 < tokens.count, isDate(n), isTime(n + 1) else { return false }
        return !first(n - 1).isLowercaseLike
    }

    private func isDate(_ n: Int) -> Bool {
        let r = tokens[n]
        guard r.count >= 6, r.count <= 10, first(n).isDigitLike else { return false }
        var slashes = 0
        for k in r {
            if s[k].value == 0x2F { slashes += 1 } else if !s[k].isDigitLike { return false }
        }
        return slashes == 2
    }

    private func isTime(_ n: Int) -> Bool {
        let r = tokens[n]
        guard r.count >= 4, r.count <= 8, first(n).isDigitLike else { return false }
        var colons = 0
        for k in r {
            if s[k].value == 0x3A { colons += 1 } else if !s[k].isDigitLike { return false }
        }
        return colons >= 1
    }

    /// Whether token `n` opens a sentence glued to an unpunctuated heading or caption before it, as scraped news
    /// joins them: "Strained US-Russia relations The announcement came …", "500 new electric buses hit the road
    /// A fleet of buses …", "… for the preservation of life He said checkpoints …". Token `n` is a capitalised
    /// pronoun, determiner, conjunction or preposition that opens sentences (`gluedOpeners`) with a lower-case word
    /// after it, and the word before it is a lower-case content word or a number: not a function word ("the It
    /// girl"), and not a word naming a class or point ("class A shares", "from point A to B").
    func startsGluedSentence(_ n: Int) -> Bool {
        guard n >= 1, n + 1 < tokens.count, !attached(n - 1, n), tokens[n].count <= 7,
              isCapitalisedWordOrA(n), first(n + 1).isLowercaseLike else { return false }
        let p = tokens[n - 1]
        let c = s[p.lowerBound]
        guard c.isLowercaseLike || c.isDigitLike else { return false }
        for k in p where !(s[k].isAlphanumericLike || s[k].value == 0x2D) { return false }
        let opener = lowercased(n)
        guard Self.gluedOpeners.contains(opener), !Self.notBeforeGluedSentence.contains(lowercased(n - 1)) else {
            return false
        }
        // "A and B", "A to B": a letter naming something, not an article.
        if opener == "a" { return !["and", "or", "to", "through", "can", "is"].contains(lowercased(n + 1)) }
        return true
    }

    private func isCapitalisedWordOrA(_ n: Int) -> Bool {
        let r = tokens[n]
        if r.count == 1 { return s[r.lowerBound].value == 0x41 }
        guard s[r.lowerBound].isUppercaseLike else { return false }
        for k in (r.lowerBound + 1)..<r.upperBound where !s[k].isLowercaseLike { return false }
        return true
    }

    /// Whether token `t` ends a scraped byline "Author: First Last" glued to the next sentence ("Author: Shamil
    /// Shams The merger reportedly smoothed …"): "Author" or "Authors", a colon, then two capitalised words, the
    /// next one capitalised too.
    func endsByline(_ t: Int) -> Bool {
        guard t >= 3, t + 1 < tokens.count, tokens[t - 2].count == 1, first(t - 2).value == 0x3A,
              isCapitalisedWord(t), isCapitalisedWord(t - 1), first(t + 1).isUppercaseLike else { return false }
        let word = lowercased(t - 3)
        return word == "author" || word == "authors"
    }

    /// Capitalised words that open a sentence glued to a heading (`startsGluedSentence`).
    static let gluedOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "there", "but", "this", "these", "those", "his", "her",
        "their", "our", "its", "nor", "however", "in", "on", "at",
    ]

    /// Words after which a capitalised opener is no new sentence: function words (a heading does not end in one),
    /// verbs of saying before a quoted title or name ("said The company …" in wire copy), and nouns naming a class,
    /// series or point ("class A shares", "series A warrants", "point A").
    static let notBeforeGluedSentence: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "by", "with", "as", "and", "or", "but", "nor",
        "than", "that", "which", "who", "whom", "whose", "where", "when", "if", "whether", "is", "are", "was", "were",
        "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "shall", "should", "may", "might", "must", "not", "no", "this", "these", "those", "his", "her", "its",
        "their", "our", "my", "your", "said", "says", "say", "told", "tells", "quoted", "called", "named", "titled",
        "entitled", "dubbed", "class", "series", "point", "type", "grade", "plan", "vitamin", "category", "group",
        "option", "section", "article", "chapter", "part", "phase", "stage", "level", "tier", "pool", "division",
        "schedule", "exhibit", "appendix", "annex", "model", "size", "block", "row", "gate", "terminal", "platform",
    ]

    /// Whether token `t` is the comma of a letter's sign-off ("Thanks, Sean"; "Best regards, Sara";
    /// "Thank you, Lorie") that opened the sentence starting at token `start`, before a capitalised name.
    func endsSignOff(_ t: Int, sentenceStart start: Int) -> Bool {
        guard t >= 1, t + 1 < tokens.count, tokens[t].count == 1, first(t).value == 0x2C,
              first(t + 1).isUppercaseLike else { return false }
        let word = lowercased(t - 1)
        guard ["thanks", "regards", "sincerely", "cheers", "best", "respectfully", "yours", "you"].contains(word) else {
            return false
        }
        if word == "you" { return t - 2 == start && lowercased(t - 2) == "thank" }
        if t - 1 == start { return true }
        return t - 2 == start && ["best", "kind", "warm", "warmest", "kindest", "many", "with"]
            .contains(lowercased(t - 2))
    }

    /// The last token of a dateline opening the text, "Washington (CNN)" or "HONG KONG (Reuters)": one to four
    /// capitalised words (a comma between them: "Beirut, Lebanon") then a news agency in brackets. It is a sentence
    /// of its own, so the place is not read as the subject of what follows ("Washington (CNN)President Donald
    /// Trump is leaning into fear" is Trump's act, not the United States').
    func datelineEnd() -> Int? {
        var k = 0
        var words = 0
        while k < tokens.count, words <= 4 {
            let r = tokens[k]
            if s[r.lowerBound].isUppercaseLike { words += 1; k += 1; continue }
            if words > 0, r.count == 1, s[r.lowerBound] == "," { k += 1; continue }
            break
        }
        guard (1...4).contains(words), k + 2 < tokens.count, tokens[k].count == 1, s[tokens[k].lowerBound] == "(",
              tokens[k + 2].count == 1, s[tokens[k + 2].lowerBound] == ")",
              Self.datelineAgencies.contains(lowercased(k + 1)) else { return nil }
        return k + 2
    }

    static let datelineAgencies: Set<String> = ["cnn", "reuters", "ap", "afp", "cnnmoney", "upi", "xinhua", "tass", "dpa", "efe", "ansa"]

    private func lowercased(_ t: Int) -> String {
        let r = tokens[t]
        guard r.count <= 16 else { return "" }
        var word = ""
        for k in r { word.unicodeScalars.append(Unicode.Scalar(s[k].asciiLowercased) ?? s[k]) }
        return word
    }

    /// Whether a `"` token opens a quotation (space before it, word after it).
    private func isOpeningQuote(_ t: Int) -> Bool {
        let r = tokens[t]
        let spaceBefore = r.lowerBound == 0 || s[r.lowerBound - 1].isSeparatorLike
        let wordAfter = r.upperBound < s.count && s[r.upperBound].isAlphanumericLike
        return spaceBefore && wordAfter
    }

    /// Whether token `n` can start a new sentence after the terminal punctuation token `t`.
    private func startsSentence(_ n: Int, after t: Int) -> Bool {
        var c = first(n)
        var k = tokens[n].lowerBound
        // Look through opening quotes/brackets to the first word.
        var hops = 0
        while Self.isOpener(c) || c.isMarkLike, hops < 3 {
            k += 1
            hops += 1
            guard k < s.count else { return true }
            if s[k].isSeparatorLike { continue }
            c = s[k]
        }
        if c.isUppercaseLike || c.isDigitLike { return true }
        // "? ? ?" continues; an ellipsis after a full stop opens the next sentence ("local. ... Murph").
        if TokenScanner.isTerminalScalar(c) {
            return tokens[t].count == 1 && first(t).value == 0x2E && (c.value == 0x2E || c.value == 0x2026)
        }
        let onlyDots = s[tokens[t].lowerBound].value == 0x2E && tokens[t].count <= 1
        let ellipsis = !onlyDots && (s[tokens[t].lowerBound].value == 0x2026 || s[tokens[t].lowerBound].value == 0x2E)
        if c.isLowercaseLike {
            // Web text often starts sentences in lower case after "." "!" "?"; an ellipsis usually continues.
            return !ellipsis && !attached(t, n)
        }
        // Punctuation after the terminal (",", ":", ")") continues the sentence; symbols and emoticons do not.
        switch c.value {
        case 0x2C, 0x3B, 0x3A, 0x29, 0x5D, 0x2D, 0x2013, 0x2014: return false
        default: return !attached(t, n)
        }
    }

    /// Whether the abbreviation token `t` (ending in `.`) ends a sentence before token `n`.
    private func abbreviationEndsSentence(_ t: Int, next n: Int) -> Bool {
        let c = first(n)
        guard c.isUppercaseLike else { return false }
        let r = tokens[t]
        let word = Tokenizer.string(s, r.lowerBound..<(r.upperBound - 1))
        let opener = isSentenceOpener(n)
        if r.count == 2, s[r.lowerBound].isLetterLike { return opener } // initials: "Jennifer M. Anderson"
        // List numbers ("3. In Section 1.1 ...") and abbreviations before abbreviations ("Sun. Sept. 24").
        if s[r.lowerBound].isDigitLike || isAbbreviationWithPeriod(n) { return false }
        var dotted = false
        for k in r.dropLast() where s[k].value == 0x2E { dotted = true; break }
        if dotted {
            // "e.g." and "i.e." introduce examples; a.m./p.m. often end sentences; U.S./U.N. precede names.
            let lower = word.lowercased()
            if lower == "e.g" || lower == "i.e" || lower == "a.k.a" { return false }
            if lower == "a.m" || lower == "p.m" { return isCapitalisedWord(n) }
            return opener
        }
        switch Abbreviations.kind(of: word) {
        case .title, .inline: return false
        case .general, nil:
            // "etc." ends before any capital; "Co. Division", "Blvd. Suite" continue; "Inc. The" ends.
            return opener || word.lowercased() == "etc"
        }
    }

    private func isCapitalisedWord(_ n: Int) -> Bool {
        let r = tokens[n]
        return r.count >= 2 && s[r.lowerBound].isUppercaseLike && s[r.lowerBound + 1].isLowercaseLike
    }

    /// Whether token `n` is a capitalised word that typically opens a sentence ("The", "He", "But").
    private func isSentenceOpener(_ n: Int) -> Bool {
        let r = tokens[n]
        guard r.count <= 10 else { return false }
        if r.count == 1 { return s[r.lowerBound].value == 0x49 || s[r.lowerBound].value == 0x41 }
        guard isCapitalisedWord(n) else { return false }
        var word = ""
        for k in r { word.unicodeScalars.append(Unicode.Scalar(s[k].asciiLowercased) ?? s[k]) }
        return Abbreviations.sentenceOpeners.contains(word)
    }

    /// Whether the line ending with token `t` ends a sentence at its line break (no blank line).
    ///
    /// In a hard-wrapped paragraph only a line shorter than 40 scalars counts as title-like (else 70).
    func lineEndsSentence(lineStart: Int, lastToken t: Int, inWrappedParagraph wrapped: Bool = false) -> Bool {
        guard t + 1 < tokens.count else { return true }
        let next = first(t + 1)
        // List items and bullets start sentences.
        switch next.value {
        case 0x2D, 0x2A, 0x2022, 0x2013, 0x2014, 0x25CF, 0x25AA, 0x3E: return true
        default: break
        }
        let lastScalar = last(t)
        // An abbreviation at the end of a hard-wrapped line ("Mr.⏎Smith") was already judged as a word.
        if isAbbreviationWithPeriod(t) { return false }
        if TokenScanner.isTerminalScalar(lastScalar) || Self.isCloser(lastScalar) && tokens[t].count == 1
            && t > 0 && TokenScanner.isTerminalScalar(last(t - 1)) {
            return true
        }
        // Headlines and other title-like lines: short, no final punctuation, next line capitalised.
        let lineLength = tokens[t].upperBound - lineStart
        let nextStartsLine = next.isUppercaseLike || next.isDigitLike || Self.isOpener(next)
        if lastScalar.value == 0x2C || lastScalar.value == 0x3B { return false }
        return nextStartsLine && lineLength < (wrapped ? 40 : 70)
    }

    /// Where to end an over-long sentence `start...t`: after the last comma-like token of its second half,
    /// else at `t`.
    func safeCut(from start: Int, to t: Int) -> Int {
        let floor = start + (t - start) / 2
        var k = t
        while k > floor {
            if tokens[k].count == 1 {
                switch s[tokens[k].lowerBound].value {
                case 0x2C, 0x3B, 0x3A, 0x2013, 0x2014, 0x29: return k
                default: break
                }
            }
            k -= 1
        }
        return t
    }
}
