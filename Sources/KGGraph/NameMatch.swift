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
        var name = name
        return name.withUTF8 { match(utf8: $0) } ?? similarSpelling(name)
    }

    /// Exact, prefix, word or substring matches on the name's bytes, without copying them.
    private func match(utf8 name: UnsafeBufferPointer<UInt8>) -> NameMatch? {
        guard name.count >= bytes.count, let first = bytes.first else { return nil }
        var found = false
        var index = 0
        let last = name.count - bytes.count
        while index <= last {
            if name[index] == first && bytes.indices.allSatisfy({ name[index + $0] == bytes[$0] }) {
                if index == 0 { return name.count == bytes.count ? .exact : .prefix }
                if name[index - 1] == UInt8(ascii: " ") { return .wordPrefix }
                found = true
            }
            index += 1
        }
        return found ? .substring : nil
    }

    /// A close spelling of the whole name, by edit distance, for names of about the search's length.
    private func similarSpelling(_ name: String) -> NameMatch? {
        guard threshold > 0, abs(name.utf8.count - bytes.count) <= threshold * 2 else { return nil }
        let candidate = Array(name.unicodeScalars)
        guard abs(candidate.count - scalars.count) <= threshold else { return nil }
        let distance = NameSuggester.editDistance(scalars, candidate, bound: threshold)
        return distance <= threshold ? .similar(distance: distance) : nil
    }
}
