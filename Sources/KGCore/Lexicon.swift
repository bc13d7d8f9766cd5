/// newsgraph's linguistic knowledge as data: the tab-separated files in `Sources/KGCore/Lexicon` (the relation
/// taxonomy, spellings, phrases, person titles, pronouns, given names and the extractors' word lists), compiled
/// into the binary so that no installed copy can lose them, and read by this one loader.
///
/// Every file has one row per line, fields separated by tabs, `#` lines and blank lines ignored. `problems`
/// lists what could not be read (a wrong number of fields, a key listed twice, an unknown or empty word list);
/// the tests require it to be empty. `version` is a hash of every file, folded into the taxonomy version a store
/// records, so that changing any table makes stores reclassify their edges.
public enum Lexicon {
    /// One of the data files.
    public enum File: String, CaseIterable, Sendable {
        case relations, spellings, phrases, pronouns, words
        case personTitles = "person-titles"
        case givenNames = "given-names"

        /// The file's name in `Sources/KGCore/Lexicon`.
        public var fileName: String { rawValue + ".tsv" }

        /// How many fields a row has: at least, at most.
        var fieldCount: ClosedRange<Int> {
            switch self {
            case .relations: 3...4
            case .spellings, .phrases, .givenNames: 2...2
            case .pronouns, .personTitles: 3...3
            case .words: 2...3
            }
        }

        /// The file's bytes as the build embedded them.
        var bytes: [UInt8] {
            switch self {
            case .relations: PackageResources.relations_tsv
            case .spellings: PackageResources.spellings_tsv
            case .phrases: PackageResources.phrases_tsv
            case .pronouns: PackageResources.pronouns_tsv
            case .words: PackageResources.words_tsv
            case .personTitles: PackageResources.person_titles_tsv
            case .givenNames: PackageResources.given_names_tsv
            }
        }
    }

    /// A row of a file: its fields and its line number (from 1), for messages.
    public struct Row: Sendable, Hashable {
        public var fields: [String]
        public var line: Int
    }

    /// The rows of `file`, in file order; rows with a wrong number of fields are left out (and in `problems`).
    public static func rows(_ file: File) -> [Row] { data.rows[file] ?? [] }

    /// The entries of a word list, as written (lower case unless the list matches words as written).
    public static func words(_ list: WordList) -> Set<String> { Set((data.lists[list] ?? [:]).keys) }

    /// The entries of a word list that maps each word to a value (`WordList.hasValues`).
    public static func map(_ list: WordList) -> [String: String] { data.lists[list] ?? [:] }

    /// What could not be read, as "file line N: …"; empty when every file is well formed.
    public static var problems: [String] { data.problems }

    /// A hash of every file's bytes, hexadecimal.
    public static var version: String { data.version }

    private static let data = LexiconData()
}

/// The files parsed once.
struct LexiconData: Sendable {
    var rows: [Lexicon.File: [Lexicon.Row]] = [:]
    var lists: [Lexicon.WordList: [String: String]] = [:]
    var problems: [String] = []
    var version = ""

    init() {
        var all: [UInt8] = []
        for file in Lexicon.File.allCases {
            let bytes = file.bytes
            all += Array(file.fileName.utf8) + [0] + bytes + [0]
            var parsed: [Lexicon.Row] = []
            let text = String(decoding: bytes, as: UTF8.self)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.hasSuffix("\r") ? line.dropLast() : line[...]
                if trimmed.allSatisfy(\.isWhitespace) || trimmed.hasPrefix("#") { continue }
                let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard file.fieldCount.contains(fields.count), fields.allSatisfy({ !$0.isEmpty }) else {
                    problems.append("\(file.fileName) line \(index + 1): \(fields.count) field(s), expected "
                        + "\(file.fieldCount.lowerBound == file.fieldCount.upperBound ? "\(file.fieldCount.lowerBound)" : "\(file.fieldCount.lowerBound) to \(file.fieldCount.upperBound)")"
                        + " non-empty fields separated by tabs")
                    continue
                }
                parsed.append(Lexicon.Row(fields: fields, line: index + 1))
            }
            rows[file] = parsed
        }
        readWordLists()
        version = SHA256.hexDigest(all)
    }

    private mutating func readWordLists() {
        for row in rows[.words] ?? [] {
            let where_ = "\(Lexicon.File.words.fileName) line \(row.line)"
            guard let list = Lexicon.WordList(rawValue: row.fields[0]) else {
                problems.append("\(where_): unknown word list '\(row.fields[0])'")
                continue
            }
            let value = row.fields.count == 3 ? row.fields[2] : nil
            guard (value != nil) == list.hasValues else {
                problems.append("\(where_): list '\(list.rawValue)' "
                    + (list.hasValues ? "maps each word to a value in a third field" : "has no third field"))
                continue
            }
            if lists[list, default: [:]].updateValue(value ?? "", forKey: row.fields[1]) != nil {
                problems.append("\(where_): '\(row.fields[1])' is listed twice in '\(list.rawValue)'")
            }
        }
        for list in Lexicon.WordList.allCases where lists[list]?.isEmpty ?? true {
            problems.append("\(Lexicon.File.words.fileName): word list '\(list.rawValue)' has no entries")
        }
    }
}
