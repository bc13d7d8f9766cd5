/// Minimal JSON serialisation for the JSONL dump: fixed key order, never fails, no Foundation encoder.
enum JSONText {
    /// A JSON string literal (RFC 8259), escaping quotes, backslashes and control characters.
    static func string(_ text: String) -> String {
        // U+2028/2029 are valid JSON but break JavaScript line parsing of JSONL.
        quoted(text, escapingAlso: { $0 == "\u{2028}" || $0 == "\u{2029}" })
    }

    /// A double-quoted literal with the backslash escapes JSON and N-Triples share (`\" \\ \n \r \t \b \f`);
    /// other control characters, and the scalars `escapingAlso` picks, as `\uXXXX`.
    static func quoted(_ text: String, escapingAlso extra: (Unicode.Scalar) -> Bool) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || extra(scalar) {
                    out += "\\u" + hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    static func string(_ text: String?) -> String {
        text.map { string($0) } ?? "null"
    }

    static func number(_ value: Int) -> String { String(value) }

    /// Finite doubles as Swift prints them (valid JSON); NaN and infinities as `null`.
    static func number(_ value: Double) -> String {
        value.isFinite ? String(value) : "null"
    }

    static func bool(_ value: Bool) -> String { value ? "true" : "false" }

    /// An object from already-serialised values, keys in the given order.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    static func array(_ elements: [String]) -> String {
        "[" + elements.joined(separator: ",") + "]"
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
