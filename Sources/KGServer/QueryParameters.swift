import Foundation
import KGCore

/// The decoded `name=value` pairs of a URL's query string, as an HTML form sends them (`+` is a space).
///
/// Typed accessors throw a `ServerError.badRequest` that names the parameter and what it accepts.
public struct QueryParameters: Sendable, Hashable {
    /// The pairs in order; a name may repeat (`category=fight&category=assault`).
    public private(set) var pairs: [(name: String, value: String)]

    /// Decodes `query` (without the `?`); refuses a query longer than `maximumLength` bytes or one that is
    /// not valid percent-encoded UTF-8.
    public init(query: String?, maximumLength: Int = 2_048) throws(ServerError) {
        pairs = []
        guard let query, !query.isEmpty else { return }
        guard query.utf8.count <= maximumLength else {
            throw ServerError(.tooLarge, "the query string is \(query.utf8.count) bytes; at most \(maximumLength) are accepted",
                              hint: "shorten the search text or send fewer parameters")
        }
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let (rawName, rawValue) = part.firstIndex(of: "=").map { (part[..<$0], part[part.index(after: $0)...]) }
                ?? (part, Substring(""))
            pairs.append((try Self.decode(rawName), try Self.decode(rawValue)))
        }
    }

    /// Pairs given directly (tests, and the CLI-like callers).
    public init(_ pairs: [(String, String)]) {
        self.pairs = pairs.map { (name: $0.0, value: $0.1) }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }

    /// The last non-empty value of `name`, trimmed; nil when absent or blank (an empty form field).
    public func string(_ name: String) -> String? {
        let value = pairs.last { $0.name == name }?.value.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }

    /// `string(name)`, or a 400 saying the parameter is required.
    public func required(_ name: String, example: String) throws(ServerError) -> String {
        guard let value = string(name) else {
            throw ServerError(.badRequest, "the parameter '\(name)' is required", hint: "add \(name)=\(example) to the URL")
        }
        return value
    }

    /// Every non-empty value of `name`, each split on commas (`category=fight,assault` or repeated).
    public func list(_ name: String) -> [String] {
        pairs.filter { $0.name == name }
            .flatMap { $0.value.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// An integer in `range`, `defaultValue` when absent.
    public func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(ServerError) -> Int {
        guard let text = string(name) else { return defaultValue }
        guard let value = Int(text) else {
            throw ServerError(.badRequest, "the parameter '\(name)' must be a whole number, not '\(Self.clipped(text))'",
                              hint: "use \(name)=\(defaultValue)")
        }
        guard range.contains(value) else {
            let kind: ServerError.Kind = value > range.upperBound ? .tooLarge : .badRequest
            throw ServerError(kind, "the parameter '\(name)' must be between \(range.lowerBound) and \(range.upperBound), not \(value)",
                              hint: value > range.upperBound ? "ask for less, or narrow the query with filters" : nil)
        }
        return value
    }

    /// A day written `YYYY-MM-DD`, nil when absent; a 400 naming the parameter otherwise.
    public func date(_ name: String) throws(ServerError) -> String? {
        guard let text = string(name) else { return nil }
        guard ISODate.isValid(text) else {
            throw ServerError(.badRequest, "the parameter '\(name)' must be a date like 2017-03-01, not '\(Self.clipped(text))'")
        }
        return text
    }

    /// A boolean (`1/0`, `true/false`, `yes/no`, `on/off`), `defaultValue` when absent.
    public func flag(_ name: String, default defaultValue: Bool) throws(ServerError) -> Bool {
        guard let text = string(name)?.lowercased() else { return defaultValue }
        switch text {
        case "1", "true", "yes", "on": return true
        case "0", "false", "no", "off": return false
        default:
            throw ServerError(.badRequest, "the parameter '\(name)' must be true or false, not '\(Self.clipped(text))'")
        }
    }

    /// A value of a string enumeration, `nil` when absent; a 400 listing the choices otherwise.
    public func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws(ServerError) -> T?
    where T.RawValue == String {
        guard let text = string(name) else { return nil }
        return try Self.parse(text, parameter: name, as: type)
    }

    /// Every value of `name` as members of `T` (comma-separated or repeated).
    public func choices<T: RawRepresentable & CaseIterable & Hashable>(_ name: String, as type: T.Type) throws(ServerError)
        -> Set<T> where T.RawValue == String
    {
        var out: Set<T> = []
        for text in list(name) { out.insert(try Self.parse(text, parameter: name, as: type)) }
        return out
    }

    private static func parse<T: RawRepresentable & CaseIterable>(_ text: String, parameter: String, as type: T.Type)
        throws(ServerError) -> T where T.RawValue == String
    {
        if let value = T(rawValue: text.lowercased()) { return value }
        let options = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw ServerError(.badRequest, "the parameter '\(parameter)' cannot be '\(clipped(text))'", hint: "use one of: \(options)")
    }

    /// Form decoding: `+` is a space, `%XX` a byte; the bytes must be UTF-8.
    static func decode(_ text: Substring) throws(ServerError) -> String {
        guard text.contains("%") || text.contains("+") else { return String(text) }
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw ServerError(.badRequest, "the query string holds a malformed percent escape near '\(clipped(String(text)))'",
                              hint: "encode '%' as %25")
        }
        return decoded
    }

    /// A value shortened for an error message.
    static func clipped(_ text: String) -> String {
        text.count <= 40 ? text : text.prefix(39) + "…"
    }
}
