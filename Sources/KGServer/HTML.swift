import KGCore
import KGExport

/// Escaping for text that goes into HTML, and encoding for values that go into URLs.
///
/// Every string that came from an article (names, relations, sentences, titles) passes through one of these
/// before it reaches a page, so `<script>`, quotes and `</svg>` show up as text.
enum HTML {
    /// `text` safe inside an element or a quoted attribute value: `& < > " '` as entities.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\0": out += "\u{FFFD}"
            case _ where InertText.isBidiControl(character): out += "\u{FFFD}"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// `value` with every byte outside RFC 3986's unreserved set as `%XX`: safe as a path segment or query value.
    static func percentEncoded(_ value: String) -> String {
        DOTLinks.percentEncoded(value)
    }

    /// `path?name=value&…` with names and values percent-encoded, pairs with empty values left out.
    static func url(_ path: String, _ pairs: [(String, String?)] = []) -> String {
        let query = pairs.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return percentEncoded(name) + "=" + percentEncoded(value)
        }
        return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
    }

    /// The link to an entity's page, by its canonical name.
    static func entityURL(_ name: String, _ pairs: [(String, String?)] = []) -> String {
        url("/entity/" + percentEncoded(name), pairs)
    }

    /// The link to the evidence behind an edge.
    static func evidenceURL(subject: String, object: String, relation: String?) -> String {
        url("/evidence", [("subject", subject), ("object", object), ("relation", relation)])
    }

    /// "1 relation", "2 relations".
    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) " + (value == 1 ? noun : plural ?? noun + "s")
    }

    /// `<a href="url">text</a>`, both escaped.
    static func link(_ url: String, _ text: String, className: String? = nil) -> String {
        let classAttribute = className.map { " class=\"\(escape($0))\"" } ?? ""
        return "<a href=\"\(escape(url))\"\(classAttribute)>\(escape(text))</a>"
    }
}
