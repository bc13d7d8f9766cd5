import KGText

/// The named-entity tagger's feature templates over the tagger's hashed tokens, the predicted XPOS tags and the
/// entity labels already chosen to the left.
enum NamedEntityFeatures {
    /// Upper bound on the number of features of one word.
    static let maximumCount = 48

    /// One sentence prepared for feature extraction, padded by two on each side (word `i` is at `i + 2`).
    struct Sentence {
        var tokens: [TaggerToken]
        /// Hash of each word's XPOS (as the tagger wrote it).
        var tags: [UInt64]
        /// Each word's `CaseProfile` value (0 when unknown or without a profile).
        var profiles: [UInt64]

        init(_ words: [Word], profile: CaseProfile?) {
            tokens = [.padding(1), .padding(2)]
            tags = [1, 2]
            profiles = [9, 9]
            profiles.reserveCapacity(words.count + 4)
            tokens.reserveCapacity(words.count + 4)
            tags.reserveCapacity(words.count + 4)
            for word in words {
                let token = TaggerToken(form: word.form)
                tokens.append(token)
                tags.append(FeatureHashing.hash(word.xpos))
                profiles.append(profile?.profile(ofLowercased: token.lower) ?? 0)
            }
            tokens += [.padding(3), .padding(4)]
            tags += [3, 4]
            profiles += [9, 9]
            TaggerFeatures.markSentenceCase(&tokens)
        }
    }

    /// Writes the feature keys of word `position` (0-based) to `keys` and returns how many; `previous` and
    /// `beforePrevious` are the classes chosen for the two words before (negative at the start).
    @inline(__always)
    static func extract(
        _ sentence: Sentence, position: Int, previous: Int, beforePrevious: Int,
        into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let i = position + 2
        let t = sentence.tokens[i]
        let m1 = sentence.tokens[i - 1], m2 = sentence.tokens[i - 2]
        let p1 = sentence.tokens[i + 1], p2 = sentence.tokens[i + 2]
        let f0 = sentence.profiles[i], fm1 = sentence.profiles[i - 1], fp1 = sentence.profiles[i + 1]
        let x0 = sentence.tags[i], xm1 = sentence.tags[i - 1], xp1 = sentence.tags[i + 1]
        let l1 = UInt64(bitPattern: Int64(previous)) &+ 11
        let l2 = UInt64(bitPattern: Int64(beforePrevious)) &+ 11
        var n = 0
        @inline(__always) func add(_ key: UInt64) { keys[n] = key; n += 1 }
        typealias H = FeatureHashing
        add(H.key(101, 0))
        add(H.key(102, t.word))
        add(H.key(103, t.lower))
        add(H.key(104, t.prefix2))
        add(H.key(105, t.prefix3))
        add(H.key(106, t.suffix2))
        add(H.key(107, t.suffix3))
        add(H.key(108, t.suffix4))
        add(H.key(109, t.shape))
        add(H.key(110, t.flags))
        add(H.key(111, t.sentenceCase, t.flags))
        add(H.key(112, m1.lower))
        add(H.key(113, m2.lower))
        add(H.key(114, p1.lower))
        add(H.key(115, p2.lower))
        add(H.key(116, m1.word))
        add(H.key(117, p1.word))
        add(H.key(118, m1.shape))
        add(H.key(119, p1.shape))
        add(H.key(120, H.combine(m1.shape, t.shape), p1.shape))
        add(H.key(121, m1.lower, t.lower))
        add(H.key(122, t.lower, p1.lower))
        add(H.key(123, x0))
        add(H.key(124, xm1))
        add(H.key(125, xp1))
        add(H.key(126, xm1, x0))
        add(H.key(127, x0, xp1))
        add(H.key(128, x0, t.lower))
        add(H.key(129, l1))
        add(H.key(130, l1, l2))
        add(H.key(131, l1, t.lower))
        add(H.key(132, l1, t.shape))
        add(H.key(133, l1, x0))
        add(H.key(134, position == 0 ? 1 : 0, t.shape))
        add(H.key(135, t.sentenceCase, t.lower))
        add(H.key(136, p1.flags, t.flags))
        add(H.key(137, m1.flags, t.flags))
        add(H.key(138, p1.suffix3))
        add(H.key(150, f0))
        add(H.key(151, f0, t.flags))
        add(H.key(152, fm1, f0))
        add(H.key(153, f0, fp1))
        add(H.key(154, l1, f0))
        add(H.key(155, f0, x0))
        return n
    }
}
