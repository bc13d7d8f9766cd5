import KGCore

/// Suggests known names close to a misspelt one ("Rusia" → "Russia"), by edit distance over normalised names.
public enum NameSuggester {
    /// Up to `limit` of `candidates` closest to `name`, best first; ties are broken alphabetically.
    ///
    /// A candidate qualifies when its edit distance is small for the name's length, or when it starts with
    /// the name as a whole word ("United" → "United States"). Candidates equal up to case count once.
    public static func closestNames(to name: String, among candidates: some Sequence<String>, limit: Int = 3)
        -> [String]
    {
        let wanted = Array(Entity.normalize(InertText.typed(name)).unicodeScalars)
        guard !wanted.isEmpty, limit > 0 else { return [] }
        let threshold = max(2, wanted.count / 3)
        var best: [String: (distance: Int, name: String)] = [:]
        for candidate in candidates {
            let normalized = Entity.normalize(candidate)
            guard !normalized.isEmpty else { continue }
            let scalars = Array(normalized.unicodeScalars)
            let distance: Int
            if wanted.count >= 3, isWordPrefix(wanted, of: scalars) {
                distance = 1
            } else if abs(scalars.count - wanted.count) > threshold {
                continue
            } else {
                distance = editDistance(wanted, scalars, bound: threshold)
                guard distance <= threshold else { continue }
            }
            if let seen = best[normalized], (seen.distance, seen.name) <= (distance, candidate) { continue }
            best[normalized] = (distance, candidate)
        }
        let ranked = best.values.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        return ranked.prefix(limit).map(\.name)
    }

    /// Levenshtein distance between two scalar arrays; stops early (returning more than `bound`) once every
    /// alignment costs more than `bound`.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return rowMinimum }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Whether `prefix` is `name` or its leading words ("united" of "united states", not "unit").
    static func isWordPrefix(_ prefix: [Unicode.Scalar], of name: [Unicode.Scalar]) -> Bool {
        guard name.count > prefix.count, name.starts(with: prefix) else { return false }
        return name[prefix.count] == " "
    }
}
