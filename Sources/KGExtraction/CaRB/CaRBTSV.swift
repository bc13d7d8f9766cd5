import Foundation

/// Line and field splitting shared by the CaRB readers; mirrors the official reader's `line.strip().split('\t')`.
enum CaRBTSV {
    /// Non-blank lines with their 1-based numbers, stripped of surrounding whitespace, split on tabs.
    static func rows(_ text: String) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var number = 0
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let line = stripped(rawLine)
            if line.isEmpty { continue }
            rows.append((number, line.split(separator: 0x09, omittingEmptySubsequences: false).map { decode($0) }))
        }
        return rows
    }

    /// `text` without leading and trailing whitespace (tabs and carriage returns included).
    static func stripped(_ text: String) -> String {
        decode(stripped(text.utf8[...]))
    }

    /// The bytes without leading and trailing whitespace. ASCII whitespace is trimmed byte by byte;
    /// only an edge that is not ASCII needs a look at characters (e.g. a no-break space).
    private static func stripped(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
        var slice = bytes
        while let first = slice.first, isASCIIWhitespace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isASCIIWhitespace(last) { slice = slice.dropLast() }
        guard let first = slice.first, let last = slice.last, first >= 0x80 || last >= 0x80 else { return slice }
        let characters = Substring(slice)
        guard let start = characters.firstIndex(where: { !$0.isWhitespace }),
              let end = characters.lastIndex(where: { !$0.isWhitespace }) else { return Substring("").utf8 }
        return characters[start...end].utf8
    }

    private static func decode(_ bytes: Substring.UTF8View) -> String {
        String(Substring(bytes))
    }

    /// Python's `str.isspace` on ASCII: space, \t \n \v \f \r and the separators \x1c-\x1f.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte)
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
