/// How text from articles is written into each output format: one namespace, one implementation per format.
///
/// DOT has its own quoting rules (`DOTEscaping` in KGExport), JSON and N-Triples string literals their own
/// backslash escapes (`JSONText` in KGExport, or `JSONEncoder`), and spreadsheet formulas are neutralised by
/// KGExport's `FormulaGuard` before `csv` quotes.
public enum TextEscaping {
    /// A TSV field with backslash escapes for what TSV cannot hold (`\t`, `\n`, `\r`, `\\`), the PostgreSQL
    /// `COPY` convention: nothing is lost, and a reader can undo it.
    public static func tsv(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A TSV field for reading, not for round trips: tabs and line breaks become spaces.
    public static func tsvFlattened(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0.isNewline }) else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    /// An RFC 4180 CSV field: quoted when it holds a comma, quote, CR or LF, with quotes doubled inside.
    public static func csv(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// XML 1.0 text or attribute value (GraphML): markup as entities, tab, LF and CR as character references
    /// so attribute values keep them, characters XML cannot hold as U+FFFD.
    public static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Text for a one-line label in markup (Graphviz HTML-like labels, SVG text we draw): markup as entities,
    /// line breaks and tabs as spaces, control characters (which Graphviz's XML parser rejects) as their
    /// visible pictures (␀, ␛ …).
    public static func label(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out.unicodeScalars.append(Unicode.Scalar(0x2400 + min(scalar.value, 0x21)) ?? "\u{FFFD}")
                } else if scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// HTML element content or a quoted attribute value: `& < > " '` as entities, NUL and bidirectional
    /// controls (which would disguise what follows) as U+FFFD.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\0": out += "\u{FFFD}"
            case _ where InertText.isBidiControl(scalar): out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
