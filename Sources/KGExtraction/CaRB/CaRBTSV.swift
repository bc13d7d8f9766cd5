import Foundation

/// Line and field splitting shared by the CaRB readers; mirrors the official reader's `line.strip().split('\t')`.
enum CaRBTSV {
    /// Non-blank lines with their 1-based numbers, stripped of surrounding whitespace, split on tabs.
    static func rows(_ text: String) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = stripped(rawLine)
            if line.isEmpty { continue }
            rows.append((number, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }

    /// `text` without leading and trailing whitespace (tabs and carriage returns included).
    static func stripped<S: StringProtocol>(_ text: S) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// The file's text, or a `CaRBError` saying which file could not be read.
    static func read(path: String, what: String) throws -> String {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw CaRBError(source: path, problem: "cannot read the \(what) file (\(error.localizedDescription))",
                            hint: "check the path; CaRB data lives in shared/data/carb")
        }
    }
}
