import Foundation
import KGCore
import KGGraph

extension AliasTable {
    /// Reads an alias file: one `alias<TAB>canonical<TAB>type` per line, `#` starts a comment line, blank
    /// lines are skipped. Every malformed line is reported (by file and line) in one `AliasFileError`.
    public init(contentsOf path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw AliasFileError(path: path, problems: [InputWarning(path: path, message: "cannot read the file")],
                                 hint: "check the path given to --aliases")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AliasFileError(path: path, problems: [InputWarning(path: path, message: "not UTF-8 text")],
                                 hint: "save the alias file as UTF-8")
        }
        try self.init(parsing: text, path: path)
    }

    /// Parses alias-file text; `path` names it in errors.
    public init(parsing text: String, path: String) throws {
        var entries: [Entry] = []
        var problems: [InputWarning] = []
        var seen: [String: (canonical: String, line: Int)] = [:]
        let types = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
        // Newline characters include "\r\n", so Windows line ends need no special care.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            func problem(_ message: String) {
                problems.append(InputWarning(path: path, line: lineNumber, message: message))
            }
            guard fields.count == 3 else {
                problem("expected 3 tab-separated fields (alias, canonical, type), found \(fields.count)"
                        + (fields.count == 1 && trimmed.contains(" ") ? " (fields must be separated by tabs)" : ""))
                continue
            }
            guard !fields[0].isEmpty, !fields[1].isEmpty else {
                problem(fields[0].isEmpty ? "the alias is empty" : "the canonical name is empty")
                continue
            }
            guard let type = EntityType(rawValue: fields[2].lowercased()) else {
                problem("unknown type '\(fields[2])'; use one of \(types)")
                continue
            }
            let key = Entity.normalize(fields[0])
            if let earlier = seen[key], Entity.normalize(earlier.canonical) != Entity.normalize(fields[1]) {
                problem("'\(fields[0])' is already an alias of '\(earlier.canonical)' (line \(earlier.line))")
                continue
            }
            seen[key] = (fields[1], lineNumber)
            entries.append(Entry(alias: fields[0], canonical: fields[1], type: type))
        }
        if !problems.isEmpty {
            throw AliasFileError(path: path, problems: problems,
                                 hint: "each line is: alias<TAB>canonical name<TAB>type (\(types)); # starts a comment")
        }
        self.init(entries)
    }
}
