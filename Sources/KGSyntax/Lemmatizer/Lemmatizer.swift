import Foundation
import KGText

/// Lemmatizer learned from a treebank's lemma column: an exception table of known (form, tag) pairs, then
/// edit scripts chosen by the longest known suffix of the lowercased form for the word's tags. For an unseen
/// regular inflection whose script gives a non-word ("raided" → "raide"), the first candidate lemma that is a
/// known word wins: a lemma of the training data, else a word of the word list stored in the model.
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
    /// Lowercased lemmas of the training data (any tag).
    let trainingLemmas: KnownWords
    /// Lowercase words of an English word list, minus those already in `trainingLemmas`.
    let wordList: KnownWords
    private let ruleIndex: FeatureIndex
    private let exactIndex: FeatureIndex
    private let lowerIndex: FeatureIndex

    init(maximumSuffix: Int, scripts: [EditScript], ruleKeys: [UInt64], ruleScripts: [UInt32],
         exactKeys: [UInt64], exactLemmas: [String], lowerKeys: [UInt64], lowerLemmas: [String],
         trainingLemmas: KnownWords = .empty, wordList: KnownWords = .empty) {
        self.maximumSuffix = maximumSuffix
        self.scripts = scripts
        self.ruleKeys = ruleKeys
        self.ruleScripts = ruleScripts
        self.exactKeys = exactKeys
        self.exactLemmas = exactLemmas
        self.lowerKeys = lowerKeys
        self.lowerLemmas = lowerLemmas
        self.trainingLemmas = trainingLemmas
        self.wordList = wordList
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
        // "Jan Nowak", "Jun Ishikawa": a month's (or day's) short form before a capitalised word is a given name, not
        // a date ("Jan 5", "in Jan." stay months).
        for i in words.indices.dropLast() where words[i].lemma != words[i].form
            && PersonNamePropagation.calendarWords.contains(words[i].lemma)
            && words[i + 1].form.unicodeScalars.first?.properties.isUppercase == true {
            words[i].lemma = words[i].form
        }
    }

    /// The lemma of one word form with the given tags; typographic punctuation comes back in ASCII.
    public func lemma(of form: String, upos: String, xpos: String) -> String {
        // Lemmas are spelled in ASCII, as both EWT and GUM do ("’s" → "'s", "“" → "\"").
        lemma(ofNormalized: FormNormalizer.normalized(form), upos: upos, xpos: xpos)
    }

    /// The lemma of a form already passed through `FormNormalizer`.
    /// `crossingTags`: whether a past tense may take its participle's lemma and the other way round (once).
    private func lemma(ofNormalized form: String, upos: String, xpos: String, crossingTags: Bool = true) -> String {
        let tags = Self.tagHash(upos: upos, xpos: xpos)
        var copy = form
        // ASCII forms (nearly all) hash their lowercase and suffixes straight from the bytes, without
        // building a lowercased String. `.tabled`: a lemma from the exception tables; `.ruled`: from the rules.
        let fast: TableOrRule? = copy.withUTF8 { bytes -> TableOrRule? in
            let exact = exactIndex.row(of: FeatureHashing.key(1, FeatureHashing.hash(bytes, from: 0, to: bytes.count, lowercase: false), tags))
            if exact >= 0 { return .tabled(exactLemmas[Int(exact)]) }
            guard !bytes.contains(where: { $0 >= 128 }) else { return nil }
            let lowerHash = FeatureHashing.hash(bytes, from: 0, to: bytes.count, lowercase: true)
            let lower = lowerIndex.row(of: FeatureHashing.key(2, lowerHash, tags))
            if lower >= 0 { return .tabled(lowerLemmas[Int(lower)]) }
            return .ruled(ruleLemma(of: form, asciiBytes: bytes, tags: tags))
        }
        switch fast {
        case .tabled(let lemma): return lemma
        case .ruled(let lemma):
            return knownWordLemma(of: form, xpos: xpos, ruleLemma: lemma)
                ?? irregularLemma(of: form, xpos: xpos, tags: tags, ruleLemma: lemma, crossingTags: crossingTags) ?? lemma
        case nil: break
        }
        let lowered = form.lowercased()
        let lower = lowerIndex.row(of: FeatureHashing.key(2, FeatureHashing.hash(lowered), tags))
        if lower >= 0 { return lowerLemmas[Int(lower)] }
        return ruleLemma(of: form, lowercased: lowered, tags: tags)
    }

    private enum TableOrRule {
        case tabled(String)
        case ruled(String)
    }

    /// For an unseen regular inflection, the candidate lemma that is a known word when the rules' lemma is not
    /// one ("raided" → "raid" rather than "raide"); nil to keep the rules' lemma.
    func knownWordLemma(of form: String, xpos: String, ruleLemma: String) -> String? {
        guard !trainingLemmas.hashes.isEmpty || !wordList.hashes.isEmpty else { return nil }
        let lowered = form.lowercased()
        let candidates = InflectionCandidates.of(lowered, xpos: xpos)
        guard let first = candidates.first else { return nil }
        // "crises", "diagnoses": a known "-sis" noun beats the rules' "crise", "diagnose" (EWT: bases → basis).
        if first.hasSuffix("sis"), trainingLemmas.contains(first) || wordList.contains(first) { return first }
        let ruled = ruleLemma.lowercased()
        // A word list holds inflected forms too, so the form itself counts only as a plural-only noun the
        // training data has as a lemma ("politics", "news").
        if ruled == lowered ? xpos == "NNS" && trainingLemmas.contains(ruled)
            : isKnown(ruled, in: trainingLemmas) || isKnown(ruled, in: wordList) {
            // Both "scar" and "scare" are words, but "scar" would have made "scarred": spelling decides. Not for
            // an unstressed "-er", which never doubles: "severed" is sever (offered, hovered), not severe.
            if xpos.hasPrefix("VB"), first == ruled + "e", !ruled.hasSuffix("er"),
               isKnown(first, in: trainingLemmas) || isKnown(first, in: wordList) {
                return first
            }
            return nil
        }
        for words in [trainingLemmas, wordList] {
            if let known = candidates.first(where: { isKnown($0, in: words) }) { return known }
        }
        return nil
    }

    /// An irregular past tense the rules cannot undo, when their lemma is no word: a prefix on an irregular verb
    /// of the tables ("misled" → mis + lead, "overtook" → over + take), a short "-ied" ("lied" → lie) or "-ed"
    /// ("fled" → flee).
    func irregularLemma(of form: String, xpos: String, tags: UInt64, ruleLemma: String, crossingTags: Bool = true) -> String? {
        guard xpos == "VBD" || xpos == "VBN", !trainingLemmas.hashes.isEmpty || !wordList.hashes.isEmpty else { return nil }
        let lowered = form.lowercased()
        let ruled = ruleLemma.lowercased()
        let isWord = { (word: String) in self.isKnown(word, in: self.trainingLemmas) || self.isKnown(word, in: self.wordList) }
        // A past tense the tables hold only as the participle, or the other way round, when the rules make no
        // word or change nothing (and the form is no lemma itself: "earn" mistagged VBN stays earn, not "ear"): "fought" (VBD) is the tables' participle "fought", fight, not the rules' "fing"
        // (from brought → bring); the participle "swept" is the past tense's sweep.
        if crossingTags, ruled == lowered ? !isKnown(lowered, in: trainingLemmas) : !isWord(ruled) {
            let other = lemma(ofNormalized: lowered, upos: "VERB", xpos: xpos == "VBD" ? "VBN" : "VBD", crossingTags: false)
            if other != lowered, isWord(other) { return other }
        }
        guard !isKnown(ruled, in: trainingLemmas), !isKnown(ruled, in: wordList) else { return nil }
        if lowered.count == 4, lowered.hasSuffix("ied"), case let lie = String(lowered.dropLast()), isWord(lie) { return lie }
        // Short irregulars in "-ed" the tables lack: "fled" → flee, "bled" → bleed; "fed" is feed before it is fee.
        if lowered.count <= 5, lowered.hasSuffix("ed") {
            for candidate in [String(lowered.dropLast(2)) + "eed", String(lowered.dropLast()) + "e"] where isWord(candidate) {
                return candidate
            }
            // A past tense that is its own base form: "shed" (the rules' "sh" is no word).
            if isWord(lowered) { return lowered }
        }
        let letters = Array(lowered)
        guard letters.count >= 5 else { return nil }
        for k in 2...(letters.count - 3) {
            let tail = String(letters[k...])
            let row = lowerIndex.row(of: FeatureHashing.key(2, FeatureHashing.hash(tail), tags))
            guard row >= 0 else { continue }
            let tailLemma = lowerLemmas[Int(row)]
            guard tailLemma != tail else { continue }
            let lemma = String(letters[..<k]) + tailLemma
            if isWord(lemma) { return lemma }
        }
        return nil
    }

    /// Whether `word`, or its American spelling ("mobilise" → "mobilize", "labour" → "labor"), is in `words`.
    private func isKnown(_ word: String, in words: KnownWords) -> Bool {
        if words.contains(word) { return true }
        for (british, american) in Self.britishEndings where word.hasSuffix(british) && word.count > british.count + 2 {
            if words.contains(String(word.dropLast(british.count)) + american) { return true }
        }
        return false
    }

    private static let britishEndings = [("ise", "ize"), ("yse", "yze"), ("our", "or"), ("tre", "ter")]

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
