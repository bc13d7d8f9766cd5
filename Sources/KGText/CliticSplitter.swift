/// Where a surface token splits into syntactic words, following EWT's multiword tokens:
/// `do|n't`, `ca|n't`, `Bush|'s`, `I|'m`, `parents|'`, `gon|na`, `can|not`, and the apostrophe-less
/// spellings of web text (`dont` → `do|nt`, `im` → `i|m`).
enum CliticSplitter {
    /// Split offsets (absolute, increasing) of the token `s[r]`; `-1` where there is none.
    static func splitPoints(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (Int, Int) {
        let n = r.count
        guard n >= 2, s[r.lowerBound].isAlphanumericLike else { return (-1, -1) }
        let end = r.upperBound
        let last = s[end - 1].asciiLowercased
        // n't
        if n >= 4, last == 0x74, (s[end - 2].isApostropheLike || s[end - 2].value == 0x22), s[end - 3].asciiLowercased == 0x6E,
           s[end - 4].isLetterLike {
            return (end - 3, -1)
        }
        // 's 'm 'd (after letters: EWT keeps "80's" whole)
        if n >= 3, s[end - 2].isApostropheLike, last == 0x73 || last == 0x6D || last == 0x64,
           s[end - 3].isLetterLike {
            return (end - 2, -1)
        }
        // 're 'll 've
        if n >= 4, s[end - 3].isApostropheLike || s[end - 3].value == 0x22, s[end - 4].isAlphanumericLike {
            let a = s[end - 2].asciiLowercased
            if (a == 0x72 && last == 0x65) || (a == 0x6C && last == 0x6C) || (a == 0x76 && last == 0x65) {
                return (end - 3, -1)
            }
        }
        // plural possessive: parents'
        if n >= 3, s[end - 1].isApostropheLike, s[end - 2].asciiLowercased == 0x73 {
            return (end - 1, -1)
        }
        // Apostrophe-less spellings: pack up to 8 ASCII letters into an integer key.
        guard n <= 8 else { return (-1, -1) }
        var key: UInt64 = 0
        for k in r {
            let v = s[k].asciiLowercased
            guard v >= 0x61, v <= 0x7A else { return (-1, -1) }
            key = key << 8 | UInt64(v)
        }
        guard let cuts = unpunctuated[key] else { return (-1, -1) }
        return (r.lowerBound + cuts.0, cuts.1 > 0 ? r.lowerBound + cuts.1 : -1)
    }

    private static func key(_ word: String) -> UInt64 {
        word.unicodeScalars.reduce(0) { $0 << 8 | UInt64($1.value) }
    }

    /// Lower-cased spellings without apostrophes and their split offsets.
    private static let unpunctuated: [UInt64: (Int, Int)] = {
        let table: [(String, Int, Int)] = [
            ("dont", 2, 0), ("cant", 2, 0), ("wont", 2, 0), ("didnt", 3, 0), ("doesnt", 4, 0), ("isnt", 2, 0),
            ("wasnt", 3, 0), ("couldnt", 5, 0), ("wouldnt", 5, 0), ("shouldnt", 6, 0), ("arent", 3, 0),
            ("havent", 4, 0), ("hasnt", 3, 0), ("werent", 4, 0), ("aint", 2, 0), ("im", 1, 0), ("ive", 1, 0),
            ("cannot", 3, 0), ("gonna", 3, 0), ("wanna", 3, 0), ("gotta", 3, 0), ("thats", 4, 0),
            ("theyre", 4, 0), ("youre", 3, 0), ("whats", 4, 0), ("dunno", 2, 3), ("hadnt", 3, 0),
            ("mustnt", 4, 0), ("neednt", 4, 0), ("youve", 3, 0), ("theyve", 4, 0), ("weve", 2, 0),
            ("youll", 3, 0), ("theyll", 4, 0), ("itll", 2, 0), ("theres", 5, 0), ("hes", 2, 0),
            ("elses", 4, 0), ("arnt", 2, 0), ("sorta", 4, 0), ("kinda", 4, 0), ("wana", 3, 0),
        ]
        var result: [UInt64: (Int, Int)] = [:]
        for (word, a, b) in table { result[key(word)] = (a, b) }
        return result
    }()
}
