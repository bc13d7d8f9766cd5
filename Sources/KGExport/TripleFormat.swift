/// The edge-list dumps `TripleWriter` produces.
public enum TripleFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Tab-separated, header line first; tabs, newlines and backslashes in fields escaped as `\t`, `\n`, `\\`.
    case tsv
    /// RFC 4180: comma-separated, CRLF line ends, fields with `,` `"` CR or LF quoted, header line first.
    case csv
    /// One JSON object per edge and line, with its full evidence array; no header.
    case jsonl

    /// Usual file-name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// MIME type, for HTTP responses.
    public var mediaType: String {
        switch self {
        case .tsv: "text/tab-separated-values"
        case .csv: "text/csv"
        case .jsonl: "application/jsonl"
        }
    }
}
