/// How a search text matched an entity's name or alias; better matches order first.
public enum NameMatch: Sendable, Hashable, Codable, Comparable {
    /// The whole name, ignoring case and spacing.
    case exact
    /// The beginning of the name ("russ" → "Russia").
    case prefix
    /// The beginning of a later word ("putin" → "Vladimir Putin").
    case wordPrefix
    /// Somewhere inside a word ("kraine" → "Ukraine").
    case substring
    /// A close spelling, `distance` edits away ("Rusia" → "Russia").
    case similar(distance: Int)
}

/// A search text prepared once and matched against many normalised names (see `Entity.normalize(_:)`).
public struct NameSearch: Sendable, Hashable {
    /// The normalised search text.
    public let normalized: String
    private let bytes: [UInt8]
    private let scalars: [Unicode.Scalar]
    /// Largest edit distance that still counts as a close spelling; 0 turns spelling matches off.
    private let threshold: Int

    /// Prepares `text`; nil when it is empty once normalised.
    public init?(_ text: String) {
        normalized = Entity.normalize(text)
        guard !normalized.isEmpty else { return nil }
        bytes = Array(normalized.utf8)
        scalars = Array(normalized.unicodeScalars)
        // As NameSuggester: short texts match by spelling only when nearly identical, or not at all.
        threshold = scalars.count < 3 ? 0 : scalars.count == 3 ? 1 : max(2, scalars.count / 3)
    }

    /// How the search matches a normalised name, or nil when it does not.
    public func match(normalizedName name: String) -> NameMatch? {
        let utf8 = name.utf8
        if utf8.count >= bytes.count {
            if utf8.elementsEqual(bytes) { return .exact }
            if utf8.starts(with: bytes) { return .prefix }
            if let inside = substringMatch(in: utf8) { return inside }
        }
        guard threshold > 0, abs(utf8.count - bytes.count) <= threshold * 2 else { return nil }
        let candidate = Array(name.unicodeScalars)
        guard abs(candidate.count - scalars.count) <= threshold else { return nil }
        let distance = NameSuggester.editDistance(scalars, candidate, bound: threshold)
        return distance <= threshold ? .similar(distance: distance) : nil
    }

    /// `.wordPrefix` when the text starts some word after the first, `.substring` when it occurs elsewhere.
    private func substringMatch(in name: String.UTF8View) -> NameMatch? {
        let haystack = Array(name)
        guard let first = bytes.first, haystack.count > bytes.count else { return nil }
        var found = false
        var index = 1
        let last = haystack.count - bytes.count
        while index <= last {
            if haystack[index] == first && haystack[index..<(index + bytes.count)].elementsEqual(bytes) {
                if haystack[index - 1] == UInt8(ascii: " ") { return .wordPrefix }
                found = true
            }
            index += 1
        }
        return found ? .substring : nil
    }
}
