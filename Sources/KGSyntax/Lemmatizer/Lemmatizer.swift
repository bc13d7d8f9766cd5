import Foundation
import KGText

/// Lemmatizer learned from a treebank's lemma column: an exception table of known (form, tag) pairs, then
/// edit scripts chosen by the longest known suffix of the lowercased form for the word's tags.
public struct Lemmatizer: Sendable {
    /// Longest suffix (in Unicode scalars) the rules look at.
    let maximumSuffix: Int
    let scripts: [EditScript]
    /// Keys `(tags, suffix)` in row order, and the script of each.
    let ruleKeys: [UInt64]
    let ruleScripts: [UInt32]
    /// Keys `(exact form, tags)` whose lemma the rules would get wrong, and those lemmas.
    let exactKeys: [UInt64]
    let exactLemmas: [String]
    /// Keys `(lowercased form, tags)` of every training pair, and their most frequent lemma.
    let lowerKeys: [UInt64]
    let lowerLemmas: [String]
    private let ruleIndex: FeatureIndex
    private let exactIndex: FeatureIndex
    private let lowerIndex: FeatureIndex

    init(maximumSuffix: Int, scripts: [EditScript], ruleKeys: [UInt64], ruleScripts: [UInt32],
         exactKeys: [UInt64], exactLemmas: [String], lowerKeys: [UInt64], lowerLemmas: [String]) {
        self.maximumSuffix = maximumSuffix
        self.scripts = scripts
        self.ruleKeys = ruleKeys
        self.ruleScripts = ruleScripts
        self.exactKeys = exactKeys
        self.exactLemmas = exactLemmas
        self.lowerKeys = lowerKeys
        self.lowerLemmas = lowerLemmas
        ruleIndex = Self.index(ruleKeys)
        exactIndex = Self.index(exactKeys)
        lowerIndex = Self.index(lowerKeys)
    }

    /// Fills `lemma` of every word of `sentence` from its form and (already predicted) UPOS/XPOS.
    public func lemmatize(_ sentence: inout Sentence) {
        lemmatize(&sentence.words)
    }

    /// Fills `lemma` of every word from its form, `upos` and `xpos`.
    public func lemmatize(_ words: inout [Word]) {
        for i in words.indices {
            words[i].lemma = lemma(of: words[i].form, upos: words[i].upos, xpos: words[i].xpos)
        }
    }

    /// The lemma of one word form with the given tags; typographic punctuation comes back in ASCII.
    public func lemma(of form: String, upos: String, xpos: String) -> String {
        // Lemmas are spelled in ASCII, as both EWT and GUM do ("’s" → "'s", "“" → "\"").
        lemma(ofNormalized: FormNormalizer.normalized(form), upos: upos, xpos: xpos)
    }

    /// The lemma of a form already passed through `FormNormalizer`.
    private func lemma(ofNormalized form: String, upos: String, xpos: String) -> String {
        let tags = Self.tagHash(upos: upos, xpos: xpos)
        var copy = form
        // ASCII forms (nearly all) hash their lowercase and suffixes straight from the bytes, without
        // building a lowercased String.
        let fast: String?? = copy.withUTF8 { bytes -> String?? in
            let exact = exactIndex.row(of: FeatureHashing.key(1, FeatureHashing.hash(bytes, from: 0, to: bytes.count, lowercase: false), tags))
            if exact >= 0 { return .some(exactLemmas[Int(exact)]) }
            guard !bytes.contains(where: { $0 >= 128 }) else { return .none }
            let lowerHash = FeatureHashing.hash(bytes, from: 0, to: bytes.count, lowercase: true)
            let lower = lowerIndex.row(of: FeatureHashing.key(2, lowerHash, tags))
            if lower >= 0 { return .some(lowerLemmas[Int(lower)]) }
            return .some(ruleLemma(of: form, asciiBytes: bytes, tags: tags))
        }
        if let known = fast { return known ?? form }
        let lowered = form.lowercased()
        let lower = lowerIndex.row(of: FeatureHashing.key(2, FeatureHashing.hash(lowered), tags))
        if lower >= 0 { return lowerLemmas[Int(lower)] }
        return ruleLemma(of: form, lowercased: lowered, tags: tags)
    }

    /// `ruleLemma(of:lowercased:tags:)` for an ASCII form, reading its bytes.
    private func ruleLemma(of form: String, asciiBytes bytes: UnsafeBufferPointer<UInt8>, tags: UInt64) -> String {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: maximumSuffix + 1) { rows in
            var found = 0
            let empty = ruleIndex.row(of: FeatureHashing.key(3, tags, 0))
            if empty >= 0 { rows[found] = empty; found += 1 }
            var h = FeatureHashing.fnvOffset
            var i = bytes.count - 1
            while i >= 0, bytes.count - i <= maximumSuffix {
                var byte = bytes[i]
                if byte >= 65, byte <= 90 { byte += 32 }
                h = FeatureHashing.combine(h, UInt64(byte))
                let row = ruleIndex.row(of: FeatureHashing.key(3, tags, h))
                if row >= 0 { rows[found] = row; found += 1 }
                i -= 1
            }
            while found > 0 {
                found -= 1
                if let lemma = scripts[Int(ruleScripts[Int(rows[found])])].apply(to: form) { return lemma }
            }
            return form
        }
    }

    /// The lemma the suffix rules give (no exception tables).
    func ruleLemma(of form: String, lowercased: String, tags: UInt64) -> String {
        let suffixes = Self.suffixKeys(of: lowercased, tags: tags, maximumSuffix: maximumSuffix)
        for key in suffixes.reversed() {
            let row = ruleIndex.row(of: key)
            if row >= 0, let lemma = scripts[Int(ruleScripts[Int(row)])].apply(to: form) { return lemma }
        }
        return form
    }

    /// Hash of a UPOS/XPOS pair.
    static func tagHash(upos: String, xpos: String) -> UInt64 {
        FeatureHashing.combine(FeatureHashing.hash(upos), FeatureHashing.hash(xpos))
    }

    /// Rule keys for suffixes of length 0, 1, … up to `maximumSuffix` scalars of `lowercased`.
    static func suffixKeys(of lowercased: String, tags: UInt64, maximumSuffix: Int) -> [UInt64] {
        var keys = [FeatureHashing.key(3, tags, 0)]
        var h = FeatureHashing.fnvOffset
        for scalar in lowercased.unicodeScalars.reversed().prefix(maximumSuffix) {
            h = FeatureHashing.combine(h, UInt64(scalar.value))
            keys.append(FeatureHashing.key(3, tags, h))
        }
        return keys
    }

    private static func index(_ keys: [UInt64]) -> FeatureIndex {
        var index = FeatureIndex(capacity: keys.count)
        for key in keys { _ = index.rowInserting(key) }
        return index
    }
}
