/// The tokenizer's inner loop: finds where the surface token starting at a position ends, inside one
/// whitespace-delimited chunk. Every branch moves forward by at least one scalar and looks ahead a bounded
/// distance (or to the chunk end once), so tokenizing stays linear.
struct TokenScanner {
    let s: [Unicode.Scalar]
    /// Whether a single quote opened (`'word` or `‘word`) and has not been closed, so that a `'` after
    /// `s` closes the quote rather than marking a plural possessive.
    var openSingleQuote = false
    /// Positions before this one cannot start an e-mail address (a failed scan already covered them),
    /// so "a-a-a-…@" is scanned once, not once per piece.
    var noEmailBefore = 0

    init(s: [Unicode.Scalar]) {
        self.s = s
    }

    /// End (exclusive) of the token starting at `j`.
    mutating func tokenEnd(at j: Int, chunkStart: Int, chunkEnd ce: Int, chunkHasAt: Bool) -> Int {
        let c = s[j]
        if c.isAlphanumericLike {
            if let e = urlEnd(at: j, chunkEnd: ce) { return e }
            if chunkHasAt, j >= noEmailBefore {
                if let e = emailEnd(at: j, chunkEnd: ce) { return e }
            }
            return wordEnd(at: j, chunkStart: chunkStart, chunkEnd: ce)
        }
        if let e = emoticonEnd(at: j, chunkEnd: ce) { return e }
        switch c.value {
        case 0x40, 0x23: // @handle, @domain.com, #hashtag (but "#1" is "#" + "1")
            guard j + 1 < ce, s[j + 1].isLetterLike || s[j + 1].value == 0x5F else { return runEnd(at: j, chunkEnd: ce) }
            var k = j + 1
            while k < ce {
                if s[k].isAlphanumericLike || s[k].value == 0x5F || s[k].isMarkLike {
                    k += 1
                } else if c.value == 0x40, s[k].value == 0x2E, k + 1 < ce, s[k + 1].isAlphanumericLike {
                    k += 2
                } else {
                    break
                }
            }
            return k
        case 0x2E, 0x21, 0x3F, 0x2026: // . ! ? … : runs form one token ("...", "?!", "!!!")
            var k = j + 1
            while k < ce, Self.isTerminalScalar(s[k]) { k += 1 }
            return k
        case 0x22: // `"?` glued to a word is one mis-decoded character (’ ” — → "?), not a quote and a question
            if j + 2 < ce, s[j + 1].value == 0x3F, s[j + 2].isAlphanumericLike || s[j + 2].value == 0x22 {
                return j + 2
            }
            return j + 1
        case 0x27, 0x2019, 0x60, 0x2018: // apostrophes and single quotes
            return quoteEnd(at: j, chunkStart: chunkStart, chunkEnd: ce)
        case 0x2D, 0x2A, 0x3D, 0x5F, 0x7E, 0x3C, 0x3E, 0x2B, 0x24: // - * = _ ~ < > + $ : runs of one symbol
            return runEnd(at: j, chunkEnd: ce)
        default:
            return symbolEnd(at: j, chunkEnd: ce)
        }
    }

    /// One symbol with its combining marks; emoji joined by U+200D and flag pairs stay one token.
    private func symbolEnd(at j: Int, chunkEnd ce: Int) -> Int {
        var k = j + 1
        if (0x1F1E6...0x1F1FF).contains(s[j].value), k < ce, (0x1F1E6...0x1F1FF).contains(s[k].value) { k += 1 }
        while k < ce, s[k].isMarkLike {
            k += 1
            if s[k - 1].value == 0x200D, k < ce, !s[k].isSeparatorLike { k += 1 }
        }
        return k
    }

    /// End of the run of scalars equal to `s[j]`.
    private func runEnd(at j: Int, chunkEnd ce: Int) -> Int {
        var k = j + 1
        while k < ce, s[k] == s[j] { k += 1 }
        return k
    }

    /// Sentence-final punctuation scalars: `.`, `!`, `?`, `…`.
    static func isTerminalScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x2E || v == 0x21 || v == 0x3F || v == 0x2026
    }

    // MARK: - Words and numbers

    /// Whether the `"` at `k`, after a letter, stands for the apostrophe of a contraction: `n"t`, `"ve`, `"ll`,
    /// `"re` ending the word. Other `"` after a letter close a quotation.
    private func isEncodedApostrophe(at k: Int, chunkEnd ce: Int) -> Bool {
        func letter(_ i: Int) -> UInt32 { i < ce && s[i].isLetterLike ? s[i].asciiLowercased : 0 }
        let wordEnds = { (i: Int) in i >= ce || !s[i].isAlphanumericLike }
        if letter(k + 1) == 0x74, s[k - 1].asciiLowercased == 0x6E { return wordEnds(k + 2) }
        let a = letter(k + 1), b = letter(k + 2)
        let contraction = (a == 0x76 && b == 0x65) || (a == 0x6C && b == 0x6C) || (a == 0x72 && b == 0x65)
        return contraction && wordEnds(k + 3)
    }

    private func isApostrophe(_ c: Unicode.Scalar) -> Bool { c.value == 0x27 || c.value == 0x2019 || c.value == 0x60 }

    /// A run of letters and digits with inner `.`, `'`, `,` (thousands), `:` (times), `/`, `&` and kept hyphens.
    private mutating func wordEnd(at j: Int, chunkStart: Int, chunkEnd ce: Int) -> Int {
        var k = j + 1
        var segmentStart = j
        var innerDots = 0
        while k < ce {
            let c = s[k]
            if c.isAlphanumericLike || c.isMarkLike || c.value == 0x5F { k += 1; continue }
            guard k + 1 < ce else { break }
            let next = s[k + 1]
            let prev = s[k - 1]
            var joins = false
            switch c.value {
            case 0x27, 0x2019, 0x60: // don't, O'Neil, 80's
                joins = next.isLetterLike && prev.isAlphanumericLike
            case 0x22: // doesn"t, we"ve: an apostrophe some feeds encode as a double quote
                joins = prev.isLetterLike && isEncodedApostrophe(at: k, chunkEnd: ce)
            case 0x2E: // U.S, 3.2, amazon.com, but not "it.The"
                if next.isAlphanumericLike {
                    joins = !isMissingSpace(afterDotAt: k, segmentStart: segmentStart, chunkEnd: ce)
                    if joins { innerDots += 1 }
                }
            case 0x2C: // 1,000 but not 1,2
                joins = prev.isDigitLike && hasThreeDigits(after: k, chunkEnd: ce)
            case 0x3A: // 10:30
                joins = prev.isDigitLike && next.isDigitLike
            case 0x2F: // 11/17/2004, 1/2, s/he, l/c kept; and/or, Mozilla/Firefox split
                joins = keepsSlash(at: k, segmentStart: segmentStart, chunkEnd: ce)
            case 0x26: // AT&T
                joins = prev.isLetterLike && next.isLetterLike
            case 0x2D: // e-mail, 713-853-3989 kept; well-known split
                joins = next.isAlphanumericLike && keepsHyphen(at: k, segmentStart: segmentStart, chunkEnd: ce)
            default:
                joins = false
            }
            guard joins else { break }
            k += 2
            if c.value == 0x2D || c.value == 0x2F { segmentStart = k - 1 }
        }
        // "w/" (with) is one token.
        if k == j + 1, k < ce, s[k].value == 0x2F, s[j].asciiLowercased == 0x77,
           k + 1 == ce || s[k + 1].isLetterLike {
            return k + 1
        }
        // A period right after the word (or the first of exactly two: "Inc.."): abbreviation or separate token.
        if k < ce, s[k].value == 0x2E, !(k + 2 < ce && s[k + 1].value == 0x2E && s[k + 2].value == 0x2E),
           attachesPeriod(wordStart: j, wordEnd: k, innerDots: innerDots, chunkEnd: ce) {
            return k + 1
        }
        // Plural possessive: "parents'" (unless it closes a single quote).
        if k < ce, isApostrophe(s[k]), k - j >= 2, s[k - 1].asciiLowercased == 0x73,
           k + 1 == ce || !s[k + 1].isAlphanumericLike {
            if openSingleQuote { return k }
            return k + 1
        }
        // Digits then a unit or magnitude: "5pm", "3.2bn", "10m" (but "20th", "1970s", "Q1" stay whole).
        if s[j].isDigitLike, let cut = numberSuffixCut(from: j, to: k) { return cut }
        return k
    }

    /// Whether `s[k] == "."` joins two sentences typed without a space ("it.The") rather than a word.
    private func isMissingSpace(afterDotAt k: Int, segmentStart: Int, chunkEnd ce: Int) -> Bool {
        // "Dr.Michael", "S.Korea", "Nov.28": an abbreviation or initial glued to the next word.
        if k + 1 < ce, s[k + 1].isDigitLike || (k + 3 < ce && s[k + 1].isUppercaseLike && s[k + 2].isLowercaseLike
            && s[k + 3].isLowercaseLike) {
            if k - segmentStart == 1, s[segmentStart].isUppercaseLike, !s[k + 1].isDigitLike,
               segmentStart == 0 || s[segmentStart - 1].value != 0x2E {
                return true
            }
            if k - segmentStart >= 2, k - segmentStart <= 5 {
                var letters = true
                for m in segmentStart..<k where !s[m].isLetterLike { letters = false; break }
                if letters, Abbreviations.kind(of: Tokenizer.string(s, segmentStart..<k)) != nil { return true }
            }
        }
        // "it.The", "Sushi.They": two sentences typed without a space.
        guard k + 2 < ce, s[k + 1].isUppercaseLike, s[k + 2].isLowercaseLike, k - segmentStart >= 2,
              s[k - 1].isLowercaseLike else {
            return false
        }
        // Bounded look-back keeps long dotted runs linear.
        for m in max(segmentStart, k - 24)..<k where !s[m].isLetterLike { return false }
        // "Newsfeed.Com" is a domain.
        if k + 4 <= ce, k + 4 == ce || !s[k + 4].isLetterLike {
            let tld = (s[k + 2].asciiLowercased, s[k + 3].asciiLowercased)
            if tld == (0x6F, 0x6D) || tld == (0x65, 0x74) || tld == (0x72, 0x67) { return false }
        }
        return true
    }

    private func hasThreeDigits(after k: Int, chunkEnd ce: Int) -> Bool {
        guard k + 3 < ce else { return false }
        for m in (k + 1)...(k + 3) where !s[m].isDigitLike { return false }
        return k + 4 >= ce || !s[k + 4].isDigitLike
    }

    /// EWT keeps a hyphen after a prefix (`e-mail`, `non-profit`) and inside phone numbers; splits others.
    private func keepsHyphen(at k: Int, segmentStart: Int, chunkEnd ce: Int) -> Bool {
        let left = segmentStart..<k
        guard !left.isEmpty else { return false }
        var leftDigits = 0
        var leftLetters = 0
        for m in left {
            if s[m].isDigitLike { leftDigits += 1 } else if s[m].isLetterLike { leftLetters += 1 }
        }
        var m = k + 1
        var rightDigits = 0
        while m < ce, s[m].isDigitLike { rightDigits += 1; m += 1 }
        let rightIsNumber = rightDigits > 0 && (m == ce || !s[m].isLetterLike)
        if isDayMonthYear(around: k, segmentStart: segmentStart, chunkEnd: ce) { return true }
        if leftDigits > 0, rightIsNumber {
            let anotherGroup = m + 1 < ce && s[m].value == 0x2D && s[m + 1].isDigitLike
            let previousGroup = segmentStart > 0 && s[segmentStart - 1].value == 0x2D
            // Phone numbers (713-853-3989, 345-9945, 3-5213) stay whole; ranges (1990-2000, 9-5) split.
            return anotherGroup || previousGroup || (rightDigits == 4 && !(leftDigits == 4 && leftLetters == 0))
        }
        guard leftDigits == 0, leftLetters == left.count, left.count <= 7 else { return false }
        var word = ""
        word.unicodeScalars.reserveCapacity(left.count)
        for p in left { word.unicodeScalars.append(Unicode.Scalar(s[p].asciiLowercased) ?? s[p]) }
        guard Abbreviations.hyphenPrefixes.contains(word) else { return false }
        // Before a capitalised word only the political prefixes stay ("pro-India", "anti-American");
        // "Micro-Soft", "Inter-Services" split.
        if s[k + 1].isUppercaseLike, left.count > 1 {
            return ["pro", "anti", "non", "pre", "post", "mid", "ex"].contains(word)
        }
        return true
    }

    /// Whether the hyphen at `k` is part of a date like `01-Feb-02` or `8-May-2004`.
    private func isDayMonthYear(around k: Int, segmentStart: Int, chunkEnd ce: Int) -> Bool {
        // Find the day: the digits starting the date (this segment, or the one before the month).
        var day = segmentStart
        if s[segmentStart].isLetterLike {
            guard segmentStart >= 2, s[segmentStart - 1].value == 0x2D else { return false }
            day = segmentStart - 2
            while day > 0, s[day - 1].isDigitLike { day -= 1 }
        }
        var m = day
        while m < ce, s[m].isDigitLike { m += 1 }
        guard m - day >= 1, m - day <= 2, m < ce, s[m].value == 0x2D else { return false }
        var letters = m + 1
        while letters < ce, s[letters].isLetterLike { letters += 1 }
        guard letters - m - 1 == 3, letters < ce, s[letters].value == 0x2D else { return false }
        var year = letters + 1
        while year < ce, s[year].isDigitLike { year += 1 }
        return (year - letters - 1 == 2 || year - letters - 1 == 4) && (year == ce || !s[year].isAlphanumericLike)
    }

    /// EWT keeps a slash between digits (dates, fractions) and in lower-case shorthands (`s/he`, `b/c`,
    /// `w/o`), and splits it between words (`and / or`, `A / C`, `NY / NJ`).
    private func keepsSlash(at k: Int, segmentStart: Int, chunkEnd ce: Int) -> Bool {
        guard k > segmentStart, k + 1 < ce, s[k - 1].isAlphanumericLike, s[k + 1].isAlphanumericLike else {
            return false
        }
        if s[k - 1].isDigitLike, s[k + 1].isDigitLike { return true }
        guard k - segmentStart == 1, s[k - 1].isLowercaseLike, s[k + 1].isLowercaseLike else { return false }
        var m = k + 1
        while m < ce, s[m].isLetterLike { m += 1 }
        return m - k - 1 <= 2
    }

    /// Whether the period after `s[wordStart..<wordEnd]` belongs to it (`U.S.`, `Mr.`, `J.`, `etc.`).
    private func attachesPeriod(wordStart: Int, wordEnd: Int, innerDots: Int, chunkEnd ce: Int) -> Bool {
        let length = wordEnd - wordStart
        if innerDots > 0 {
            // Dotted abbreviations have short pieces: U.S, e.g, p.m, Ph.D, a.k.a.
            var piece = 0
            for m in wordStart..<wordEnd {
                if s[m].value == 0x2E { piece = 0; continue }
                guard s[m].isLetterLike else { return false }
                piece += 1
                if piece > 2 { return false }
            }
            return true
        }
        if length == 1, !s[wordStart].isDigitLike {
            // Initials ("M."), "v." between case names ("Hamdan v. Rumsfeld"), "c. 1818" (circa).
            if wordEnd + 2 < s.count, s[wordEnd + 1].value == 0x20 {
                if s[wordStart].value == 0x76, s[wordEnd + 2].isUppercaseLike { return true }
                if s[wordStart].value == 0x63, s[wordEnd + 2].isDigitLike { return true }
            }
            return s[wordStart].isUppercaseLike
        }
        if s[wordStart].isDigitLike { return false }
        guard length <= 8 else { return false }
        for m in wordStart..<wordEnd where !s[m].isLetterLike { return false }
        let word = Tokenizer.string(s, wordStart..<wordEnd)
        if word == "No" || word == "no" || word == "Nos" || word == "nos" {
            var m = wordEnd + 1
            while m < s.count, s[m].isSeparatorLike, m - wordEnd < 4 { m += 1 }
            return m < s.count && s[m].isDigitLike
        }
        return Abbreviations.kind(of: word) != nil
    }

    /// Where a unit suffix starts in a number token, or nil.
    private func numberSuffixCut(from j: Int, to k: Int) -> Int? {
        var m = j
        while m < k, s[m].isDigitLike || s[m].value == 0x2E || s[m].value == 0x2C || s[m].value == 0x3A { m += 1 }
        guard m < k, m > j, s[m - 1].isDigitLike else { return nil }
        var lowercase = true
        for p in m..<k {
            guard s[p].isLetterLike else { return nil }
            if !s[p].isLowercaseLike { lowercase = false }
        }
        var suffix = ""
        for p in m..<k { suffix.unicodeScalars.append(Unicode.Scalar(s[p].asciiLowercased) ?? s[p]) }
        // Ordinals and decades stay ("20th", "1970s"); other lower-case words typed onto a number split
        // ("61persons", "15hh").
        if ["th", "st", "nd", "rd", "s", "d"].contains(suffix) { return nil }
        if lowercase && k - m >= 2 || k - m >= 3 { return m }
        guard k - m <= 4 else { return nil }
        // "10MM" (millions) stays whole; "10mm" (millimetres) splits.
        if suffix == "mm", s[m].isUppercaseLike { return nil }
        return Abbreviations.numberSuffixes.contains(suffix) ? m : nil
    }

    // MARK: - Quotes, URLs, e-mail, emoticons

    /// A run of the same quote (`''`, `’’`, ``` `` ```), or `'90s`; tracks open single quotes.
    private mutating func quoteEnd(at j: Int, chunkStart: Int, chunkEnd ce: Int) -> Int {
        let c = s[j]
        var k = j + 1
        while k < ce, s[k] == c { k += 1 }
        if k > j + 1 { return k }
        // A clitic typed apart from its word: "FERC 's", "that 's".
        if j == chunkStart, c.value != 0x2018, k < ce, s[k].isLetterLike {
            var m = k
            while m < ce, s[m].isLetterLike, m - k <= 2 { m += 1 }
            if m == ce || !s[m].isAlphanumericLike {
                var clitic = ""
                for p in k..<m { clitic.unicodeScalars.append(Unicode.Scalar(s[p].asciiLowercased) ?? s[p]) }
                if ["s", "re", "ll", "ve", "d", "m"].contains(clitic), chunkStart > 0,
                   !s[chunkStart - 1].isLineBreakLike {
                    return m
                }
            }
        }
        // '90s, '67
        if c.value != 0x2018, k < ce, s[k].isDigitLike {
            var m = k
            while m < ce, s[m].isDigitLike { m += 1 }
            if m - k == 2, m < ce, s[m].value == 0x73, m + 1 == ce || !s[m + 1].isLetterLike { return m + 1 }
            if m - k == 2, m == ce || !s[m].isAlphanumericLike { return m }
        }
        let opens = j == chunkStart && k < ce && s[k].isAlphanumericLike
        if opens || c.value == 0x2018 {
            openSingleQuote = true
        } else if c.value != 0x60 {
            openSingleQuote = false
        }
        return k
    }

    private func hasPrefix(_ prefix: String, at j: Int, chunkEnd ce: Int) -> Bool {
        var k = j
        for p in prefix.unicodeScalars {
            guard k < ce, s[k].asciiLowercased == p.value else { return false }
            k += 1
        }
        return true
    }

    /// A URL from `http://`, `https://`, `ftp://`, `www.` or `mailto:` to the chunk end, minus trailing
    /// punctuation.
    private func urlEnd(at j: Int, chunkEnd ce: Int) -> Int? {
        guard j + 4 < ce else { return nil }
        let first = s[j].asciiLowercased
        let second = s[j + 1].asciiLowercased
        // Cheap filter before the prefix comparisons: ht(tp), ww(w.), ft(p), ma(ilto).
        guard (first == 0x68 && second == 0x74) || (first == 0x77 && second == 0x77)
            || (first == 0x66 && second == 0x74) || (first == 0x6D && second == 0x61) else { return nil }
        guard hasPrefix("http://", at: j, chunkEnd: ce) || hasPrefix("https://", at: j, chunkEnd: ce)
            || hasPrefix("www.", at: j, chunkEnd: ce) || hasPrefix("ftp://", at: j, chunkEnd: ce)
            || hasPrefix("mailto:", at: j, chunkEnd: ce) else { return nil }
        var opened = 0
        for m in j..<ce where s[m].value == 0x28 { opened += 1 }
        var k = ce
        while k > j + 4 {
            let v = s[k - 1].value
            if v == 0x2E || v == 0x2C || v == 0x3B || v == 0x3A || v == 0x21 || v == 0x3F || v == 0x27
                || v == 0x22 || v == 0x201D || v == 0x2019 || v == 0xBB || v == 0x5D || v == 0x3E {
                k -= 1
            } else if v == 0x29, opened == 0 {
                k -= 1
            } else {
                break
            }
        }
        return k
    }

    /// An e-mail address `local@domain.tld` starting at `j`, or nil.
    /// On failure records how far no address can start.
    private mutating func emailEnd(at j: Int, chunkEnd ce: Int) -> Int? {
        var k = j
        while k < ce {
            let v = s[k].value
            if s[k].isAlphanumericLike || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D {
                k += 1
            } else {
                break
            }
        }
        guard k < ce, s[k].value == 0x40, k > j else {
            noEmailBefore = k + 1
            return nil
        }
        var m = k + 1
        var dots = 0
        while m < ce {
            let v = s[m].value
            if s[m].isAlphanumericLike || v == 0x2D {
                m += 1
            } else if v == 0x2E, m + 1 < ce, s[m + 1].isAlphanumericLike {
                dots += 1
                m += 1
            } else {
                break
            }
        }
        // user@example.com, and the bare Lotus Notes style "Warner@ENRON".
        if dots > 0 || m > k + 1 { return m }
        noEmailBefore = k + 1
        return nil
    }

    private static let emoticons: [[UInt32]] = [
        ":-)", ":)", ":-(", ":(", ";-)", ";)", ":-D", ":D", ":-P", ":P", ":p", ":-/", ":/", "=)", "=(", ":'(",
        "<3", "(:", "):", ":-|", ":|", ":]", ":[", ":o", ":O", "^_^", "^^", "-_-", ";-(", "=D", ":-*", ":*",
    ].map { $0.unicodeScalars.map(\.value) }

    /// An emoticon starting at `j` that is not followed by a letter or digit, or nil.
    private func emoticonEnd(at j: Int, chunkEnd ce: Int) -> Int? {
        let v = s[j].value
        guard v == 0x3A || v == 0x3B || v == 0x3D || v == 0x3C || v == 0x28 || v == 0x29 || v == 0x5E
            || v == 0x2D else { return nil }
        for e in Self.emoticons where e[0] == v && j + e.count <= ce {
            var same = true
            for (n, x) in e.enumerated() where s[j + n].value != x { same = false; break }
            guard same else { continue }
            let end = j + e.count
            if end < ce, s[end].isAlphanumericLike { continue }
            // "(:" and "):" only as whole chunks, they are too often brackets.
            if (v == 0x28 || v == 0x29), end != ce || j != 0 && !s[j - 1].isSeparatorLike { continue }
            return end
        }
        return nil
    }
}
