import KGCore

/// `NameSuggester.closestNames` over a fixed set of names, prepared once so each search is cheap: names are
/// normalised and grouped by length ahead of time, and a letter-count bound skips most candidates before any
/// edit distance is computed. Gives exactly the suggestions `NameSuggester.closestNames` gives.
public struct NameSuggestionIndex: Sendable {
    private struct Candidate: Sendable {
        var name: String
        var normalized: String
        var scalars: [Unicode.Scalar]
        var histogram: [UInt16]
    }

    private var candidates: [Candidate] = []
    /// Candidate indices by normalised length in scalars.
    private var byLength: [Int: [Int]] = [:]
    /// Candidate indices sorted by normalised name, for word-prefix matches.
    private var sorted: [Int] = []
    private static let buckets = 32

    /// Prepares `names` (entity names and aliases, as shown to users).
    public init(names: some Sequence<String>) {
        for name in names {
            let normalized = Entity.normalize(name)
            guard !normalized.isEmpty else { continue }
            let scalars = Array(normalized.unicodeScalars)
            byLength[scalars.count, default: []].append(candidates.count)
            candidates.append(Candidate(name: name, normalized: normalized, scalars: scalars,
                                        histogram: Self.histogram(scalars)))
        }
        sorted = candidates.indices.sorted { candidates[$0].normalized < candidates[$1].normalized }
    }

    /// How many names the index holds.
    public var count: Int { candidates.count }

    /// Up to `limit` names closest to `name`, best first, as `NameSuggester.closestNames` ranks them.
    public func closestNames(to name: String, limit: Int = 3) -> [String] {
        let wantedText = Entity.normalize(InertText.typed(name))
        let wanted = Array(wantedText.unicodeScalars)
        guard !wanted.isEmpty, limit > 0 else { return [] }
        let threshold = max(2, wanted.count / 3)
        var best: [String: (distance: Int, name: String)] = [:]
        func offer(_ candidate: Candidate, distance: Int) {
            if let seen = best[candidate.normalized], (seen.distance, seen.name) <= (distance, candidate.name) { return }
            best[candidate.normalized] = (distance, candidate.name)
        }
        // Word-prefix matches ("united" → "united states") at distance 1, found by binary search.
        if wanted.count >= 3 {
            let prefix = wantedText + " "
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if candidates[sorted[middle]].normalized < prefix { low = middle + 1 } else { high = middle }
            }
            while low < sorted.count, candidates[sorted[low]].normalized.hasPrefix(prefix) {
                offer(candidates[sorted[low]], distance: 1)
                low += 1
            }
        }
        let wantedHistogram = Self.histogram(wanted)
        for length in max(1, wanted.count - threshold)...(wanted.count + threshold) {
            for index in byLength[length, default: []] {
                let candidate = candidates[index]
                if wanted.count >= 3, NameSuggester.isWordPrefix(wanted, of: candidate.scalars) {
                    offer(candidate, distance: 1)
                    continue
                }
                guard Self.lowerBound(wantedHistogram, candidate.histogram) <= threshold else { continue }
                let distance = NameSuggester.editDistance(wanted, candidate.scalars, bound: threshold)
                guard distance <= threshold else { continue }
                offer(candidate, distance: distance)
            }
        }
        let ranked = best.values.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
        return ranked.prefix(limit).map(\.name)
    }

    private static func histogram(_ scalars: [Unicode.Scalar]) -> [UInt16] {
        var counts = [UInt16](repeating: 0, count: buckets)
        for scalar in scalars {
            let bucket = Int(scalar.value) % buckets
            counts[bucket] = counts[bucket] &+ 1
        }
        return counts
    }

    /// A lower bound on the edit distance: each edit changes one count up, one down, or both.
    private static func lowerBound(_ a: [UInt16], _ b: [UInt16]) -> Int {
        var more = 0, fewer = 0
        for index in 0..<buckets {
            let difference = Int(a[index]) - Int(b[index])
            if difference > 0 { more += difference } else { fewer -= difference }
        }
        return max(more, fewer)
    }
}
