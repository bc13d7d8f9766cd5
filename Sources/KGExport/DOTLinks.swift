import Foundation

/// Hooks a web page needs in a rendered SVG: a link on every node and edge, a link target, and an id prefix.
///
/// URLs are templates. Placeholders are replaced by percent-encoded values (RFC 3986 unreserved characters
/// kept, everything else as `%XX`), so a hostile name can never leave its URL component:
/// - nodes: `{id}` (entity key), `{name}` (display name), `{type}`;
/// - edges: `{subject}`, `{object}` (entity keys), `{subjectName}`, `{objectName}`, `{relation}`.
///
/// For example `DOTLinks(nodeURL: "/entity/{name}", edgeURL: "/evidence?subject={subject}&object={object}&relation={relation}")`.
public struct DOTLinks: Sendable, Hashable, Codable {
    /// URL template for nodes, or nil for unlinked nodes.
    public var nodeURL: String?
    /// URL template for edges (their line and label), or nil for unlinked edges.
    public var edgeURL: String?
    /// The `target` of every link (`_top`, `_blank`, a frame name), or nil for the browser's default.
    public var target: String?
    /// Prepended to every node and edge `id` in the SVG, so several diagrams can share one HTML page.
    public var idPrefix: String

    /// No links and no id prefix: what the CLI draws.
    public init(nodeURL: String? = nil, edgeURL: String? = nil, target: String? = nil, idPrefix: String = "") {
        self.nodeURL = nodeURL
        self.edgeURL = edgeURL
        self.target = target
        self.idPrefix = idPrefix
    }

    /// `template` with each `{key}` replaced by the percent-encoded value; unknown placeholders stay as written.
    ///
    /// Characters of the template itself that may not appear in a URL (spaces, quotes, `<`, `\`, non-ASCII)
    /// are percent-encoded too, so the result is always a plain ASCII URL.
    static func expand(_ template: String, with values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += sanitized(rest[..<open])
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let key = String(rest[afterOpen..<close])
            if let value = values[key] {
                out += percentEncoded(value)
            } else {
                out += sanitized(rest[open...close])
            }
            rest = rest[rest.index(after: close)...]
        }
        out += sanitized(rest)
        return out
    }

    /// `value` with every byte outside RFC 3986's unreserved set (`A-Z a-z 0-9 - . _ ~`) as `%XX`: safe as a
    /// path segment, query value or IRI segment (the web server and the RDF writer use it too).
    public static func percentEncoded(_ value: String) -> String {
        encode(value) { byte in isUnreserved(byte) }
    }

    /// Template text: reserved URL punctuation (`/ ? & = # : ; , + @ ! $ ' ( ) * [ ]`) and `%` kept,
    /// everything else that is not unreserved encoded.
    private static func sanitized(_ text: Substring) -> String {
        encode(String(text)) { byte in isUnreserved(byte) || reservedAndPercent.contains(byte) }
    }

    private static let reservedAndPercent = Set("/?&=#:;,+@!$'()*[]%".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func encode(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if keep(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
