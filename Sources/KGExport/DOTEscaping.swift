import KGCore

/// Quoting for the three kinds of strings a DOT file holds.
///
/// Graphviz reads a quoted string in two passes: the DOT lexer turns `\"` into `"`, keeps `\\` as two
/// characters and drops `\` + newline; then labels and tooltips (not names or `id`s) turn `\\` into `\`,
/// `\n` into a line break and `\N`, `\G`, `\E`… into object names, and decode HTML entities such as `&amp;`.
/// The SVG writer then XML-escapes text but passes existing entities through.
enum DOTEscaping {
    /// A node or graph name: always quoted, so DOT keywords (`node`, `strict`…) and empty names are safe.
    ///
    /// Backslashes come out doubled in Graphviz's copy of the name (the lexer has no single-backslash form
    /// before a quote); control characters other than newline and tab become their visible pictures (␀, ␍…),
    /// since XML cannot carry them.
    static func name(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(visible(scalar))
            }
        }
        out += "\""
        return out
    }

    /// A value Graphviz shows as text (label, tooltip): line breaks become `\n`, tabs spaces, `&` an entity.
    static func text(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += " "
            default: out.unicodeScalars.append(visible(scalar))
            }
        }
        out += "\""
        return out
    }

    /// A tooltip: like `text`, but backslashes become the look-alike U+29F5, because Graphviz (2.43 at least)
    /// expands `\\N` in tooltips to the node name instead of a backslash and an N.
    static func tooltip(_ text: String) -> String {
        self.text(String(text.unicodeScalars.map { $0 == "\\" ? "\u{29F5}" : Character($0) }))
    }

    /// An SVG `id`: Graphviz undoes `\\` here as in labels, and its SVG writer would decode `&amp;`-like
    /// text already in the value, so both are escaped; newlines and tabs stay (XML turns them into spaces).
    static func attribute(_ text: String) -> String {
        name(text).replacingAmpersands()
    }

    /// Control characters as Unicode control pictures (U+2400…); XML's non-characters as U+FFFD.
    private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        // A bidi override in a label would reverse the text after it on every page showing the diagram.
        if InertText.isBidiControl(scalar) { return "\u{FFFD}" }
        return TextEscaping.controlPicture(scalar) ?? scalar
    }
}

extension String {
    fileprivate func replacingAmpersands() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for character in self {
            if character == "&" { out += "&amp;" } else { out.append(character) }
        }
        return out
    }
}
