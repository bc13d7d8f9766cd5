import Foundation
import KGCore

/// Names of actors we know: canonical names, alternative names, demonyms and metonyms (Moscow → Russia).
public struct Gazetteer: Sendable {
    /// How a name refers to its entity.
    public enum Kind: String, Sendable, Hashable {
        case name, demonym, metonym
    }

    /// One known name.
    public struct Entry: Sendable, Hashable {
        /// The name's words, as the tokenizer splits them.
        public var words: [String]
        public var entity: String
        public var type: EntityType
        public var kind: Kind
    }

    /// Entries by their first word, longest first, for longest-match lookup.
    private var byFirstWord: [String: [Entry]] = [:]

    /// Reads `name<TAB>entity<TAB>type<TAB>kind` lines; `#` starts a comment line.
    public init(tsv: String, source: String = "gazetteer") throws {
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 4, let type = EntityType(rawValue: columns[2]), let kind = Kind(rawValue: columns[3]) else {
                throw GazetteerError(message: "\(source):\(lineNumber): expected name, entity, type (\(EntityType.allCases.map(\.rawValue).joined(separator: "|"))) and kind (name|demonym|metonym)")
            }
            let words = columns[0].split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Entry(words: words, entity: columns[1], type: type, kind: kind))
        }
        for key in byFirstWord.keys { byFirstWord[key]?.sort { $0.words.count > $1.words.count } }
    }

    /// The gazetteer bundled with newsgraph.
    public static func bundled() throws -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv") else {
            throw GazetteerError(message: "the bundled gazetteer is missing from the build")
        }
        return try Gazetteer(tsv: String(decoding: try Data(contentsOf: url), as: UTF8.self), source: url.path)
    }

    /// The longest entry matching `forms` at `start`, if any.
    public func longestMatch(in forms: [String], at start: Int) -> Entry? {
        guard let candidates = byFirstWord[forms[start]] else { return nil }
        for entry in candidates where start + entry.words.count <= forms.count {
            if entry.words.indices.allSatisfy({ forms[start + $0] == entry.words[$0] }) { return entry }
        }
        return nil
    }
}

/// The gazetteer file is malformed.
public struct GazetteerError: NewsgraphError {
    public var message: String
    public var hint: String? { "fix the line, or remove it" }
}
