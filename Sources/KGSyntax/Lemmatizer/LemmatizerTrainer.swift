import KGText

/// Learns a `Lemmatizer` from gold CoNLL-U words (form, UPOS, XPOS, lemma). Deterministic: every count is
/// resolved by frequency, then by a fixed order.
public struct LemmatizerTrainer: Sendable {
    /// Longest suffix, in Unicode scalars, a rule may be keyed on.
    public var maximumSuffix: Int
    /// A suffix rule (other than the per-tag default) needs this many distinct training words behind it.
    public var minimumRuleSupport: Int

    /// A trainer with the defaults used for the bundled model.
    public init(maximumSuffix: Int = 6, minimumRuleSupport: Int = 2) {
        self.maximumSuffix = maximumSuffix
        self.minimumRuleSupport = minimumRuleSupport
    }

    private struct Pair: Hashable {
        var form: String
        var upos: String
        var xpos: String
    }

    /// Trains on the words of `sentences`.
    public func train(on sentences: [CoNLLUSentence]) -> Lemmatizer {
        // Most frequent lemma of each (form, tags) type.
        var lemmaCounts: [Pair: [String: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words where !word.lemma.isEmpty && word.lemma != "_" {
                let pair = Pair(form: FormNormalizer.normalized(word.form), upos: word.upos, xpos: word.xpos)
                lemmaCounts[pair, default: [:]][FormNormalizer.normalized(word.lemma), default: 0] += 1
            }
        }
        let types = lemmaCounts.map { ($0.key, Self.mostFrequent($0.value)) }
            .sorted { ($0.0.form, $0.0.upos, $0.0.xpos) < ($1.0.form, $1.0.upos, $1.0.xpos) }

        // Edit scripts, counted per (tags, suffix) over distinct types.
        let scriptOfType = types.map { EditScript.between(form: $0.0.form, lemma: $0.1) }
        let scripts = Array(Set(scriptOfType)).sorted()
        let scriptNumber = Dictionary(uniqueKeysWithValues: scripts.enumerated().map { ($1, $0) })
        var ruleCounts: [UInt64: [Int: Int]] = [:]
        for (type, script) in zip(types, scriptOfType) {
            let tags = Lemmatizer.tagHash(upos: type.0.upos, xpos: type.0.xpos)
            let keys = Lemmatizer.suffixKeys(of: type.0.form.lowercased(), tags: tags, maximumSuffix: maximumSuffix)
            // A suffix of k characters only vouches for scripts that rewrite within it.
            for (length, key) in keys.enumerated() where script.strip <= length {
                ruleCounts[key, default: [:]][scriptNumber[script] ?? 0, default: 0] += 1
            }
        }
        // Per-tag defaults (suffix length 0) are kept whatever their support.
        let defaults = Set(types.map { FeatureHashing.key(3, Lemmatizer.tagHash(upos: $0.0.upos, xpos: $0.0.xpos), 0) })
        var rules: [(UInt64, UInt32)] = []
        for (key, counts) in ruleCounts {
            let support = counts.values.reduce(0, +)
            guard let best = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { continue }
            if support < minimumRuleSupport && !defaults.contains(key) { continue }
            rules.append((key, UInt32(best.key)))
        }
        rules.sort { $0.0 < $1.0 }

        let rulesOnly = Lemmatizer(
            maximumSuffix: maximumSuffix, scripts: scripts, ruleKeys: rules.map(\.0), ruleScripts: rules.map(\.1),
            exactKeys: [], exactLemmas: [], lowerKeys: [], lowerLemmas: [])

        // Lowercased-form table, so unseen case variants ("Was", "CHILDREN") find known irregular lemmas;
        // only where the rules get the lowercased form wrong.
        var lowerCounts: [UInt64: [String: Int]] = [:]
        for (type, lemma) in types {
            let tags = Lemmatizer.tagHash(upos: type.upos, xpos: type.xpos)
            let key = FeatureHashing.key(2, FeatureHashing.hash(type.form.lowercased()), tags)
            lowerCounts[key, default: [:]][lemma, default: 0] += lemmaCounts[type]?[lemma] ?? 1
        }
        var lowerForms: [UInt64: (String, UInt64)] = [:]
        for (type, _) in types {
            let tags = Lemmatizer.tagHash(upos: type.upos, xpos: type.xpos)
            let lowered = type.form.lowercased()
            lowerForms[FeatureHashing.key(2, FeatureHashing.hash(lowered), tags)] = (lowered, tags)
        }
        let lower = lowerCounts.map { ($0.key, Self.mostFrequent($0.value)) }
            .filter { entry in
                guard let (form, tags) = lowerForms[entry.0] else { return true }
                return rulesOnly.ruleLemma(of: form, lowercased: form, tags: tags) != entry.1
            }
            .sorted { $0.0 < $1.0 }
        let withoutExceptions = Lemmatizer(
            maximumSuffix: maximumSuffix, scripts: scripts, ruleKeys: rules.map(\.0), ruleScripts: rules.map(\.1),
            exactKeys: [], exactLemmas: [], lowerKeys: lower.map(\.0), lowerLemmas: lower.map(\.1))

        // Exact-form exceptions: only where the tables above would get the lemma wrong.
        var exact: [(UInt64, String)] = []
        for (type, lemma) in types
        where withoutExceptions.lemma(of: type.form, upos: type.upos, xpos: type.xpos) != lemma {
            let tags = Lemmatizer.tagHash(upos: type.upos, xpos: type.xpos)
            exact.append((FeatureHashing.key(1, FeatureHashing.hash(type.form), tags), lemma))
        }
        exact.sort { $0.0 < $1.0 }
        return Lemmatizer(
            maximumSuffix: maximumSuffix, scripts: scripts, ruleKeys: rules.map(\.0), ruleScripts: rules.map(\.1),
            exactKeys: exact.map(\.0), exactLemmas: exact.map(\.1), lowerKeys: lower.map(\.0),
            lowerLemmas: lower.map(\.1))
    }

    /// The most frequent string; ties go to the alphabetically first.
    private static func mostFrequent(_ counts: [String: Int]) -> String {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? ""
    }
}
