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
        markup(text, apostrophe: "&apos;") { scalar in
            switch scalar {
            case "\t": "&#9;"
            case "\n": "&#10;"
            case "\r": "&#13;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: "\u{FFFD}"
            default: nil
            }
        }
    }

    /// Text for a one-line label in markup (Graphviz HTML-like labels, SVG text we draw): markup as entities,
    /// line breaks and tabs as spaces, control characters (which Graphviz's XML parser rejects) as their
    /// visible pictures (␀, ␛ …).
    public static func label(_ text: String) -> String {
        markup(text, apostrophe: "&#39;") { scalar in
            switch scalar {
            case "\n", "\r", "\t": " "
            default: controlPicture(scalar).map { String($0) }
            }
        }
    }

    /// HTML element content or a quoted attribute value: `& < > " '` as entities, NUL and bidirectional
    /// controls (which would disguise what follows) as U+FFFD.
    public static func html(_ text: String) -> String {
        markup(text, apostrophe: "&#39;") { scalar in
            scalar == "\0" || InertText.isBidiControl(scalar) ? "\u{FFFD}" : nil
        }
    }

    /// The visible stand-in for a character no label can show: a C0 control or DEL as its Control Pictures
    /// glyph (␀ … ␡), a noncharacter (U+FFFE, U+FFFF) as U+FFFD; nil for every other scalar.
    public static func controlPicture(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: "\u{2421}"
        case 0xFFFE, 0xFFFF: "\u{FFFD}"
        default: nil
        }
    }

    /// The loop the markup formats share: `& < > "` and `'` (as `apostrophe`) as entities, what `other` gives
    /// for a scalar in its place, everything else as is.
    private static func markup(_ text: String, apostrophe: String, other: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += apostrophe
            default:
                if let replacement = other(scalar) { out += replacement } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
