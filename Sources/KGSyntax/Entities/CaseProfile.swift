/// How a word is usually written in running news text, learnt from unlabeled articles: the share of its
/// occurrences (not at the start of a sentence) that are capitalised, in buckets, with a frequency bucket.
///
/// A named-entity feature that generalises past the labelled data: "gazprom" in lower-case web text is still
/// a word news capitalises; "sanctions" at the start of a headline is still a word news writes in lower case.
public struct CaseProfile: Sendable {
    /// Lower-cased form hashes (as `TaggerToken.lower`), sorted, with their packed bucket.
    let keys: [UInt64]
    let values: [UInt8]
    private let table: [UInt64: UInt8]

    init(keys: [UInt64], values: [UInt8]) {
        self.keys = keys
        self.values = values
        var table: [UInt64: UInt8] = [:]
        table.reserveCapacity(keys.count)
        for (k, v) in zip(keys, values) { table[k] = v }
        self.table = table
    }

    /// Number of words profiled.
    public var count: Int { keys.count }

    /// Whether news mostly writes `form` in lower case: of its occurrences not starting a sentence (at least
    /// three), under 30 % capitalised ("mission", "uranium", "strident"; not "trump", "congress", nor an unknown
    /// word).
    public func isMostlyLowercase(_ form: String) -> Bool {
        guard let packed = table[FeatureHashing.hashLowercased(FormNormalizer.normalized(form))] else { return false }
        return packed & 7 <= 2
    }

    /// The packed profile of a lower-cased form hash (0 when unknown): capitalisation bucket 1–5, plus 8 × a
    /// frequency bucket 0–3.
    @inline(__always)
    func profile(ofLowercased key: UInt64) -> UInt64 {
        UInt64(table[key] ?? 0)
    }

    /// Counts capitalisation over sentences of plain words (forms in text order); words seen fewer than
    /// `minimumCount` times are left out.
    public static func build(sentences: some Sequence<[String]>, minimumCount: Int = 3) -> CaseProfile {
        var counts: [UInt64: (capitalised: Int32, total: Int32)] = [:]
        for sentence in sentences {
            for form in sentence.dropFirst() {
                guard let first = form.unicodeScalars.first, first.properties.isAlphabetic else { continue }
                let key = FeatureHashing.hashLowercased(FormNormalizer.normalized(form))
                var entry = counts[key] ?? (0, 0)
                if first.properties.isUppercase { entry.capitalised += 1 }
                entry.total += 1
                counts[key] = entry
            }
        }
        var keys: [UInt64] = []
        var values: [UInt8] = []
        for (key, entry) in counts.sorted(by: { $0.key < $1.key }) where entry.total >= minimumCount {
            let share = Double(entry.capitalised) / Double(entry.total)
            let caseBucket: UInt8 = share < 0.05 ? 1 : share < 0.3 ? 2 : share < 0.7 ? 3 : share < 0.95 ? 4 : 5
            let frequencyBucket: UInt8 = entry.total < 10 ? 0 : entry.total < 100 ? 1 : entry.total < 1000 ? 2 : 3
            keys.append(key)
            values.append(caseBucket + 8 * frequencyBucket)
        }
        return CaseProfile(keys: keys, values: values)
    }

    /// Appends the profile to a model file being written.
    func write(to writer: inout ModelFileWriter) {
        writer.writeArray(keys)
        writer.writeArray(values)
    }

    /// Reads a profile written by `write(to:)`.
    static func read(from reader: inout ModelFileReader) throws -> CaseProfile {
        let keys: [UInt64] = try reader.readArray()
        let values: [UInt8] = try reader.readArray(expectedCount: keys.count)
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw reader.invalid("case profile keys are not sorted")
        }
        return CaseProfile(keys: keys, values: values)
    }
}
