import KGText

/// The tagger's feature templates: which values, of which words, combine into each feature.
enum TaggerFeatures {
    /// Upper bound on the number of features of one word.
    static let maximumCount = 60

    /// Hashed tokens of a sentence with two paddings on each side (word `i` is at `i + 2`).
    /// With `reversed`, the sentence reads from its last word to its first; with `clusters`, each word carries
    /// its word classes.
    static func tokens(for words: [Word], lexicon: TaggerLexicon, clusters: WordClusters? = nil,
                       reversed: Bool = false) -> [TaggerToken] {
        var tokens: [TaggerToken] = []
        tokens.reserveCapacity(words.count + 4)
        tokens.append(.padding(1))
        tokens.append(.padding(2))
        for word in words {
            var token = TaggerToken(form: word.form)
            if let clusters { token.classes = clusters.classes(ofLowercased: token.lower) }
            if let known = lexicon.classSet(of: token.lower) {
                token.ambiguity = known
            } else {
                token.markUnknown()
            }
            tokens.append(token)
        }
        tokens.append(.padding(3))
        tokens.append(.padding(4))
        markSentenceCase(&tokens)
        if reversed { tokens.reverse() }
        return tokens
    }

    /// Sets every word's `sentenceCase` (tokens padded by two on each side): the share of capitalised words
    /// after the first, in four buckets, plus "everything in capitals" (headlines and shouting).
    static func markSentenceCase(_ tokens: inout [TaggerToken]) {
        var lettered = 0
        var capitalised = 0
        var shouting = 0
        for token in tokens.dropFirst(3).dropLast(2) where token.flags & 128 == 0 {
            lettered += 1
            if token.flags & 8 != 0 { capitalised += 1 }
            if token.flags & 16 != 0 { shouting += 1 }
        }
        var profile: UInt64 = lettered == 0 ? 5 : UInt64(min(3, 4 * capitalised / lettered))
        if lettered > 2, shouting * 2 > lettered { profile = 4 }
        for i in 2..<(tokens.count - 2) { tokens[i].sentenceCase = profile }
    }

    /// Writes the feature keys of word `position` (0-based) to `keys` and returns how many.
    ///
    /// `previous` and `beforePrevious` are the classes predicted for the two words before (negative at the start);
    /// `lookahead`, unless empty, the classes an earlier pass gave every word; with `clustered`, the words' word
    /// classes are features too.
    @inline(__always)
    static func extract(
        _ tokens: UnsafeBufferPointer<TaggerToken>, position: Int, previous: Int, beforePrevious: Int,
        lookahead: UnsafeBufferPointer<Int32>, clustered: Bool, into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let i = position + 2
        let t = tokens[i]
        let m1 = tokens[i - 1], m2 = tokens[i - 2], p1 = tokens[i + 1], p2 = tokens[i + 2]
        let tag1 = UInt64(bitPattern: Int64(previous)) &+ 11
        let tag2 = UInt64(bitPattern: Int64(beforePrevious)) &+ 11
        var n = 0
        @inline(__always) func add(_ key: UInt64) { keys[n] = key; n += 1 }
        typealias H = FeatureHashing
        add(H.key(1, 0))
        add(H.key(2, t.word))
        add(H.key(3, t.lower))
        add(H.key(4, t.prefix1))
        add(H.key(5, t.prefix2))
        add(H.key(6, t.prefix3))
        add(H.key(7, t.suffix1))
        add(H.key(8, t.suffix2))
        add(H.key(9, t.suffix3))
        add(H.key(10, t.suffix4))
        add(H.key(11, t.shape))
        add(H.key(12, t.flags))
        add(H.key(13, tag1))
        add(H.key(14, tag2))
        add(H.key(15, tag1, tag2))
        add(H.key(16, tag1, t.lower))
        add(H.key(17, m1.lower))
        add(H.key(18, m2.lower))
        add(H.key(19, p1.lower))
        add(H.key(20, p2.lower))
        add(H.key(21, m1.suffix3))
        add(H.key(22, p1.suffix3))
        add(H.key(23, p1.shape))
        add(H.key(24, m1.shape))
        add(H.key(25, m1.lower, t.lower))
        add(H.key(26, t.lower, p1.lower))
        add(H.key(27, position == 0 ? 1 : 0, t.shape))
        add(H.key(28, tag1, t.suffix3))
        add(H.key(29, p1.suffix1))
        add(H.key(30, tag1, p1.lower))
        add(H.key(31, t.ambiguity))
        add(H.key(32, p1.ambiguity))
        add(H.key(33, p2.ambiguity))
        add(H.key(34, t.ambiguity, p1.ambiguity))
        add(H.key(35, tag1, t.ambiguity))
        add(H.key(36, p1.word))
        add(H.key(37, t.suffix5))
        add(H.key(38, t.sentenceCase, t.flags))
        add(H.key(39, H.combine(m1.shape, t.shape), p1.shape))
        add(H.key(40, tag1, t.flags))
        if lookahead.count > 0 {
            @inline(__always) func look(_ j: Int) -> UInt64 {
                j < lookahead.count ? UInt64(bitPattern: Int64(lookahead[j])) &+ 11 : 7
            }
            let l0 = look(position), l1 = look(position + 1), l2 = look(position + 2)
            add(H.key(41, l0))
            add(H.key(42, l1))
            add(H.key(43, l2))
            add(H.key(44, l1, l2))
            add(H.key(45, tag1, l1))
            add(H.key(46, l0, t.lower))
            add(H.key(47, tag1, l0))
            add(H.key(48, l0, l1))
            add(H.key(49, l1, p1.lower))
        }
        if clustered {
            let fine = UInt64(t.classes & 0xffff), coarse = UInt64(t.classes >> 16)
            add(H.key(50, fine))
            add(H.key(51, coarse))
            add(H.key(52, UInt64(m1.classes & 0xffff)))
            add(H.key(53, UInt64(p1.classes & 0xffff)))
            add(H.key(54, tag1, fine))
            add(H.key(55, H.combine(UInt64(m1.classes >> 16), coarse), UInt64(p1.classes >> 16)))
            add(H.key(56, tag1, UInt64(p1.classes >> 16)))
            add(H.key(57, UInt64(p1.classes >> 16), UInt64(p2.classes >> 16)))
            add(H.key(58, coarse, t.suffix3))
        }
        return n
    }
}
