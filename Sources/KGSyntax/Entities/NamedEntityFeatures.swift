import KGText

/// The named-entity tagger's feature templates over the tagger's hashed tokens, the predicted XPOS tags, the
/// case profile and gazetteer membership. Two kinds: emission features describe a word alone and score every
/// class at once; transition features pair the previous word's class with a little of the word (label bigram,
/// label × word, label × shape…), so that Viterbi can score each previous class separately.
enum NamedEntityFeatures {
    /// Upper bound on the number of emission features of one word.
    static let maximumCount = 85
    /// Upper bound on the number of transition features of one word and previous class.
    static let maximumTransitionCount = 8

    /// One sentence prepared for feature extraction, padded by two on each side (word `i` is at `i + 2`).
    struct Sentence {
        var tokens: [TaggerToken]
        /// Hash of each word's XPOS (as the tagger wrote it).
        var tags: [UInt64]
        /// Each word's `CaseProfile` value (0 when unknown or without a profile).
        var profiles: [UInt64]
        /// `NamedEntityGazetteer.valuesPerWord` gazetteer values per padded word (0: none).
        var gazetteer: [UInt16]
        /// Each word's `WordClusters` classes (`coarse << 16 | fine`; 0 when unknown or without classes, all ones
        /// for padding).
        var classes: [UInt32]

        init(_ words: [Word], profile: CaseProfile?, gazetteer lists: NamedEntityGazetteer? = nil,
             clusters: WordClusters? = nil) {
            tokens = [.padding(1), .padding(2)]
            tags = [1, 2]
            profiles = [9, 9]
            // Padding has a class of its own, when there are classes.
            let padding: UInt32 = clusters == nil ? 0 : .max
            classes = [padding, padding]
            classes.reserveCapacity(words.count + 4)
            profiles.reserveCapacity(words.count + 4)
            tokens.reserveCapacity(words.count + 4)
            tags.reserveCapacity(words.count + 4)
            for word in words {
                let token = TaggerToken(form: word.form)
                tokens.append(token)
                tags.append(FeatureHashing.hash(word.xpos))
                profiles.append(profile?.profile(ofLowercased: token.lower) ?? 0)
                classes.append(clusters?.classes(ofLowercased: token.lower) ?? 0)
            }
            tokens += [.padding(3), .padding(4)]
            tags += [3, 4]
            profiles += [9, 9]
            classes += [padding, padding]
            TaggerFeatures.markSentenceCase(&tokens)
            gazetteer = lists?.values(of: tokens)
                ?? [UInt16](repeating: 0, count: tokens.count * NamedEntityGazetteer.valuesPerWord)
        }

        /// The first gazetteer value of padded word `i` (0: none).
        @inline(__always)
        func firstList(_ i: Int) -> UInt64 { UInt64(gazetteer[i * NamedEntityGazetteer.valuesPerWord]) }
    }

    /// Writes the emission feature keys of word `position` (0-based) to `keys` and returns how many.
    @inline(__always)
    static func extract(
        _ sentence: Sentence, position: Int, into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let i = position + 2
        let t = sentence.tokens[i]
        let m1 = sentence.tokens[i - 1], m2 = sentence.tokens[i - 2]
        let p1 = sentence.tokens[i + 1], p2 = sentence.tokens[i + 2]
        let f0 = sentence.profiles[i], fm1 = sentence.profiles[i - 1], fp1 = sentence.profiles[i + 1]
        let x0 = sentence.tags[i], xm1 = sentence.tags[i - 1], xp1 = sentence.tags[i + 1]
        let capital = t.flags & 8
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
        add(H.key(134, position == 0 ? 1 : 0, t.shape))
        add(H.key(135, t.sentenceCase, t.lower))
        add(H.key(136, p1.flags, t.flags))
        add(H.key(137, m1.flags, t.flags))
        add(H.key(138, p1.suffix3))
        add(H.key(139, m1.suffix3))
        add(H.key(140, t.suffix5))
        add(H.key(141, t.prefix1, t.flags))
        add(H.key(142, m2.shape))
        add(H.key(143, p2.shape))
        add(H.key(150, f0))
        add(H.key(151, f0, t.flags))
        add(H.key(152, fm1, f0))
        add(H.key(153, f0, fp1))
        add(H.key(155, f0, x0))
        // Gazetteer membership of the word (with its capitalisation) and of its neighbours.
        let width = NamedEntityGazetteer.valuesPerWord
        for k in 0..<width {
            let g = UInt64(sentence.gazetteer[i * width + k])
            if g == 0 { break }
            add(H.key(160, g))
            add(H.key(161, g, capital))
            add(H.key(162, g, t.sentenceCase))
        }
        let gm1 = sentence.firstList(i - 1), g0 = sentence.firstList(i), gp1 = sentence.firstList(i + 1)
        add(H.key(163, gm1))
        add(H.key(164, gp1))
        add(H.key(165, H.combine(gm1, g0), gp1))
        add(H.key(166, gm1, t.shape))
        add(H.key(167, gp1, t.shape))
        // Word classes learnt from news, of the word and its neighbours (a model trained without classes has
        // weights for none of these keys).
        let c0 = sentence.classes[i], cm1 = sentence.classes[i - 1], cp1 = sentence.classes[i + 1]
        if c0 != 0 || cm1 != 0 || cp1 != 0 {
            add(H.key(170, UInt64(c0 & 0xffff)))
            add(H.key(171, UInt64(c0 >> 16)))
            add(H.key(172, UInt64(c0 & 0xffff), t.flags))
            add(H.key(173, UInt64(cm1 & 0xffff)))
            add(H.key(174, UInt64(cp1 & 0xffff)))
        }
        return n
    }

    /// Writes the transition feature keys of word `position` after class `previous` (-1 at the start) to `keys`
    /// and returns how many.
    @inline(__always)
    static func extractTransition(
        _ sentence: Sentence, position: Int, previous: Int, into keys: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        let i = position + 2
        let t = sentence.tokens[i]
        let l1 = UInt64(bitPattern: Int64(previous)) &+ 11
        var n = 0
        @inline(__always) func add(_ key: UInt64) { keys[n] = key; n += 1 }
        typealias H = FeatureHashing
        add(H.key(129, l1))
        add(H.key(131, l1, t.lower))
        add(H.key(132, l1, t.shape))
        add(H.key(133, l1, sentence.tags[i]))
        add(H.key(154, l1, sentence.profiles[i]))
        add(H.key(168, l1, sentence.firstList(i)))
        add(H.key(169, l1, t.flags))
        return n
    }
}
