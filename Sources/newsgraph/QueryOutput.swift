import ArgumentParser
import Foundation
import KGCore
import KGGraph

/// How query commands print their rows.
enum QueryOutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Aligned columns for reading.
    case table
    /// One JSON object per line, for programs.
    case jsonl
    /// Tab-separated values with a header line; tabs, newlines and backslashes escaped as \t, \n, \\.
    case tsv
}

/// Formatting helpers the query commands share.
enum QueryOutput {
    /// Aligned columns: every column but the last padded to its widest cell; cells made single-line.
    static func table(header: [String], rows: [[String]]) -> String {
        let cells = rows.map { $0.map(singleLine) }
        var widths = header.map(\.count)
        for row in cells { for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) } }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }
        return ([line(header)] + cells.map(line)).joined()
    }

    /// A TSV file: header and rows, fields escaped so each record stays on one line.
    static func tsv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(tsvField).joined(separator: "\t") + "\n" }.joined()
    }

    /// One JSON line per value, keys sorted.
    static func jsonLines<T: Encodable>(_ values: [T]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try values.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    /// Control characters (newlines, tabs, escapes …) as spaces and bidirectional overrides as U+FFFD, so a
    /// hostile name can neither break a table line nor drive the terminal.
    static func singleLine(_ text: String) -> String { InertText.visible(text) }

    /// `text` cut to `width` characters with an ellipsis, on one line.
    static func clip(_ text: String, _ width: Int) -> String {
        let flat = singleLine(text)
        return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
    }

    static func tsvField(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\r\n": out += "\\r\\n"
            default: out.append(character)
            }
        }
        // What escaping left of control characters (ESC, bell …) and bidi overrides cannot reach the terminal.
        return InertText.visible(out)
    }

    /// "3" or "3 (1 denied)".
    static func count(_ row: EdgeRow) -> String {
        row.deniedCount > 0 ? "\(row.evidenceCount) (\(row.deniedCount) denied)" : "\(row.evidenceCount)"
    }

    /// The "… N more (raise --limit)" line when a result was cut.
    static func moreLine(_ result: QueryResult, shown: Int, noun: String) -> String {
        guard result.truncated, result.totalCount > shown else { return "" }
        return "… \(result.totalCount - shown) more \(noun) (raise --limit)\n"
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
