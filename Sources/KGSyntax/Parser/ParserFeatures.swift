/// Feature templates: Zhang & Nivre (2011) "rich non-local features", adapted to arc-hybrid (where s1, not
/// s0's head, is the candidate head of s0), and a smaller set for choosing the label of a new arc.
///
/// Every feature is one 64-bit hash of (template id, values); the weight tables index rows by its low bits.
/// Changing any template changes the model format: bump `ParserModel.featureSchema`.
enum ParserFeatures {
    /// Upper bound on `extractActionFeatures`' output count.
    static let maxActionFeatures = 144
    /// Upper bound on `extractLabelFeatures`' output count.
    static let maxLabelFeatures = 64

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = template &* 0x9e37_79b9_7f4a_7c15
        h = (h ^ a) &* 0xff51_afd7_ed55_8ccd
        h = (h ^ (h >> 29) ^ b) &* 0xc4ce_b9fe_1a85_ec53
        h = (h ^ (h >> 31) ^ c) &* 0x9e37_79b9_7f4a_7c15
        return ParserHashing.mix(h)
    }

    @inline(__always)
    static func distanceBucket(_ a: Int, _ b: Int) -> UInt64 {
        if a == 0 || b == 0 { return 0 }
        let d = abs(b - a)
        if d <= 4 { return UInt64(d) }
        if d <= 7 { return 5 }
        if d <= 12 { return 6 }
        return 7
    }

    @inline(__always)
    static func valency(_ v: Int) -> UInt64 { UInt64(min(v, 6)) }

    /// Writes the transition features of `state` into `out`; returns how many were written.
    static func extractActionFeatures(
        _ state: ParserState, _ input: ParserInput, into out: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        var k = 0
        @inline(__always) func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            out[k] = feature(t, a, b, c)
            k += 1
        }
        let s0 = state.stackItem(0), s1 = state.stackItem(1), s2 = state.stackItem(2)
        let n0 = state.bufferItem(0), n1 = state.bufferItem(1), n2 = state.bufferItem(2)
        let w = input.words, p = input.tags
        @inline(__always) func label(_ i: Int) -> UInt64 { i == 0 ? 0 : UInt64(state.label(of: i) + 1) }

        let s0w = w[s0], s0p = p[s0], s1w = w[s1], s1p = p[s1], s2w = w[s2], s2p = p[s2]
        let n0w = w[n0], n0p = p[n0], n1w = w[n1], n1p = p[n1], n2w = w[n2], n2p = p[n2]
        let s0l = state.leftmost(s0), s0r = state.rightmost(s0)
        let s0l2 = state.secondLeftmost(s0), s0r2 = state.secondRightmost(s0)
        let n0l = state.leftmost(n0), n0l2 = state.secondLeftmost(n0)
        let s1l = state.leftmost(s1), s1r = state.rightmost(s1), s1r2 = state.secondRightmost(s1)
        let d = distanceBucket(s0, n0), d1 = distanceBucket(s1, s0)

        // Single items.
        add(1, s0w, s0p); add(2, s0w); add(3, s0p)
        add(4, n0w, n0p); add(5, n0w); add(6, n0p)
        add(7, n1w, n1p); add(8, n1w); add(9, n1p)
        add(10, n2w, n2p); add(11, n2w); add(12, n2p)
        add(13, s1w, s1p); add(14, s1w); add(15, s1p)
        add(16, s2p); add(17, s2w, s2p)
        add(18, input.universalTags[s0], input.universalTags[n0], input.universalTags[s1])
        // Pairs.
        add(20, feature(0, s0w, s0p), n0w, n0p)
        add(21, feature(0, s0w, s0p), n0w); add(22, s0w, n0w, n0p)
        add(23, feature(0, s0w, s0p), n0p); add(24, s0p, n0w, n0p)
        add(25, s0w, n0w); add(26, s0p, n0p); add(27, n0p, n1p)
        add(28, feature(0, s1w, s1p), s0w, s0p)
        add(29, s1w, s0w); add(30, s1p, s0p)
        add(31, feature(0, s1w, s1p), s0p); add(32, s1p, s0w, s0p)
        add(33, s1p, n0p); add(34, s1w, n0p); add(35, s1p, n0w)
        // Triples.
        add(40, n0p, n1p, n2p); add(41, s0p, n0p, n1p); add(42, s1p, s0p, n0p)
        add(43, s0p, p[s0l], n0p); add(44, s0p, p[s0r], n0p); add(45, s0p, n0p, p[n0l])
        add(46, s2p, s1p, s0p); add(47, s1p, p[s1r], s0p); add(48, s1p, s0p, p[s0l])
        add(49, s1p, s0p, p[s0r]); add(50, s0w, n0p, n1p); add(51, s1p, s0w, n0p)
        // Distance.
        add(60, s0w, d); add(61, s0p, d); add(62, n0w, d); add(63, n0p, d)
        add(64, s0w, n0w, d); add(65, s0p, n0p, d)
        add(66, s1p, s0p, d1); add(67, s1w, s0p, d1); add(68, s1p, s0w, d1)
        // Valency.
        let s0vl = valency(state.leftValency(s0)), s0vr = valency(state.rightValency(s0))
        let s1vl = valency(state.leftValency(s1)), s1vr = valency(state.rightValency(s1))
        let n0vl = valency(state.leftValency(n0))
        add(70, s0w, s0vr); add(71, s0p, s0vr); add(72, s0w, s0vl); add(73, s0p, s0vl)
        add(74, n0w, n0vl); add(75, n0p, n0vl); add(76, s1p, s1vr); add(77, s1p, s1vl)
        add(78, s1w, s1vr)
        // Children (first order).
        add(80, w[s0l]); add(81, p[s0l]); add(82, label(s0l))
        add(83, w[s0r]); add(84, p[s0r]); add(85, label(s0r))
        add(86, w[n0l]); add(87, p[n0l]); add(88, label(n0l))
        add(89, w[s1r]); add(90, p[s1r]); add(91, label(s1r))
        add(92, p[s1l]); add(93, label(s1l))
        add(94, s0p, label(s0l), label(s0r)); add(95, n0p, label(n0l)); add(96, s1p, label(s1r), s0p)
        // Children (second order).
        add(100, w[s0l2]); add(101, p[s0l2]); add(102, label(s0l2))
        add(103, w[s0r2]); add(104, p[s0r2]); add(105, label(s0r2))
        add(106, w[n0l2]); add(107, p[n0l2]); add(108, label(n0l2))
        add(109, s0p, p[s0l], p[s0l2]); add(110, s0p, p[s0r], p[s0r2])
        add(111, n0p, p[n0l], p[n0l2]); add(112, s1p, p[s1r], p[s1r2])
        // Label sets.
        add(120, s0w, state.rightLabels(s0)); add(121, s0p, state.rightLabels(s0))
        add(122, s0w, state.leftLabels(s0)); add(123, s0p, state.leftLabels(s0))
        add(124, n0w, state.leftLabels(n0)); add(125, n0p, state.leftLabels(n0))
        add(126, s1p, state.rightLabels(s1)); add(127, s1p, state.leftLabels(s1))
        // Robustness to tagging errors: universal tags, suffixes, and what lies between the candidates.
        let u = input.universalTags, x = input.suffixes
        add(131, u[s0], u[n0]); add(132, u[s1], u[s0]); add(133, u[s0], u[n0], u[n1])
        add(134, x[s0], x[n0]); add(135, x[s0], n0p); add(136, s0p, x[n0]); add(137, x[s1], x[s0])
        let punctS0N0 = input.between(input.punctuationBefore, s0, n0)
        let punctS1S0 = input.between(input.punctuationBefore, s1, s0)
        let verbsS0N0 = input.between(input.verbsBefore, s0, n0)
        let verbsS1S0 = input.between(input.verbsBefore, s1, s0)
        add(138, s0p, n0p, punctS0N0); add(139, s1p, s0p, punctS1S0)
        add(140, s0p, n0p, verbsS0N0); add(141, s1p, s0p, verbsS1S0)
        add(142, n0w, punctS0N0, verbsS0N0); add(143, s0w, punctS1S0, verbsS1S0)
        // Bias.
        add(130, 1)
        // Word classes (Koo, Carreras & Collins 2008): the word features again with a class for the word, so a
        // word rare in the treebank but common in news attaches like the words of its class. Last, so a model
        // without classes scores exactly as before.
        if input.hasClasses {
            let c = input.fineClasses, cc = input.coarseClasses
            add(150, c[s0], s0p); add(151, c[n0], n0p); add(152, c[n1], n1p); add(153, c[s1], s1p)
            add(154, c[s0]); add(155, c[n0])
            add(156, c[s0], c[n0]); add(157, c[s0], n0p); add(158, s0p, c[n0])
            add(159, c[s1], c[s0]); add(160, c[s1], s0p); add(161, s1p, c[s0])
            add(162, cc[s0], cc[n0], cc[n1]); add(163, cc[s1], cc[s0], cc[n0])
            add(164, c[s0l], s0p); add(165, c[s0r], s0p); add(166, c[n0l], n0p)
            add(167, cc[s0], cc[n0], d)
            add(168, cc[s0], n0p); add(169, s0p, cc[n0]); add(170, cc[s0], cc[n0])
            add(171, c[n2], n2p); add(172, c[s2], s2p); add(173, cc[s1], s1p, s0p)
        }
        return k
    }

    /// Writes the features for labelling the arc `head → dependent` into `out`; returns how many were written.
    /// `direction` is 1 for left arcs and 2 for right arcs; every feature is conjoined with it.
    static func extractLabelFeatures(
        _ state: ParserState, _ input: ParserInput, head h: Int, dependent d: Int, direction: UInt64,
        into out: UnsafeMutableBufferPointer<UInt64>
    ) -> Int {
        var k = 0
        let w = input.words, p = input.tags, u = input.universalTags
        @inline(__always) func label(_ i: Int) -> UInt64 { i == 0 ? 0 : UInt64(state.label(of: i) + 1) }
        @inline(__always) func add(_ t: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            out[k] = feature(t &* 4 &+ direction, a, b, c)
            k += 1
        }
        let n = input.count
        let dPrev = d > 1 ? d - 1 : 0, dNext = d < n ? d + 1 : 0
        let hPrev = h > 1 ? h - 1 : 0, hNext = h < n ? h + 1 : 0
        let dist = distanceBucket(h, d)
        let dl = state.leftmost(d), dr = state.rightmost(d)
        let headSide = d < h ? state.leftLabels(h) : state.rightLabels(h)
        let context = d < h ? p[state.stackItem(1)] : p[state.bufferItem(0)]

        add(1, w[d]); add(2, p[d]); add(3, w[d], p[d]); add(4, u[d])
        add(5, w[h]); add(6, p[h]); add(7, w[h], p[h])
        add(8, p[h], p[d]); add(9, w[h], p[d]); add(10, p[h], w[d]); add(11, w[h], w[d])
        add(12, p[h], p[d], dist); add(13, u[h], u[d], dist)
        add(14, p[d], state.leftLabels(d)); add(15, p[d], state.rightLabels(d))
        add(16, p[d], p[dl], label(dl)); add(17, p[d], p[dr], label(dr))
        add(18, w[d], label(dl)); add(19, w[d], label(dr))
        add(20, p[h], p[d], headSide); add(21, w[h], headSide)
        add(22, p[d], p[dPrev], p[dNext]); add(23, p[h], p[hPrev], p[hNext])
        add(24, p[h], p[d], p[dPrev]); add(25, p[h], p[d], p[dNext])
        add(26, p[h], p[d], context)
        add(27, p[d], valency(state.leftValency(d)), valency(state.rightValency(d)))
        add(28, w[h], p[h], p[d]); add(29, w[d], p[d], p[h])
        add(30, w[dl], p[d]); add(31, w[dr], p[d])
        add(32, p[h], label(state.leftmost(h)), label(state.rightmost(h)))
        // Lexical and coarse-tag versions, so labels survive tagging errors.
        let x = input.suffixes
        add(34, x[d]); add(35, x[d], u[h]); add(36, w[d], u[h]); add(37, u[d], u[h])
        add(38, w[d], w[dl]); add(39, w[dl], u[h]); add(40, w[dr], u[d]); add(41, u[d], dist)
        add(42, w[h], u[d]); add(43, x[h], u[d]); add(44, w[dl], label(dl), u[d])
        add(33, 1)
        if input.hasClasses {
            let c = input.fineClasses, cc = input.coarseClasses
            add(50, c[d]); add(51, c[h]); add(52, c[h], c[d]); add(53, c[h], p[d]); add(54, p[h], c[d])
            add(55, cc[h], cc[d], dist); add(56, c[d], label(dl)); add(57, cc[d], cc[dl])
            add(58, cc[h], p[d]); add(59, p[h], cc[d]); add(60, cc[h], cc[d])
        }
        return k
    }
}
