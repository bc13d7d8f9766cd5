/// Every dump `GraphExporter` writes.
public enum ExportFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Edge list, tab-separated, with evidence counts, dates, category and polarity.
    case tsv
    /// The same edge list as RFC 4180 CSV.
    case csv
    /// One JSON object per edge with its full evidence.
    case jsonl
    /// RDF N-Triples: stable IRIs, reified edges with their evidence, `owl:sameAs` Wikidata links.
    case ntriples
    /// The same RDF as Turtle.
    case turtle
    /// GraphML for Gephi, yEd, Cytoscape.
    case graphml
    /// `nodes.csv` and `relationships.csv` for `neo4j-admin database import` (a directory, not a file).
    case neo4j

    /// Whether the output is a directory of files rather than one file or stream.
    public var writesDirectory: Bool { self == .neo4j }

    /// Usual file-name extension, without the dot (nil for directory output).
    public var fileExtension: String? {
        switch self {
        case .tsv, .csv, .jsonl, .graphml: rawValue
        case .ntriples: "nt"
        case .turtle: "ttl"
        case .neo4j: nil
        }
    }

    /// MIME type of the single-file formats, for HTTP responses (neo4j: its CSV files').
    public var mediaType: String {
        switch self {
        case .tsv: "text/tab-separated-values"
        case .csv, .neo4j: "text/csv"
        case .jsonl: "application/jsonl"
        case .ntriples: "application/n-triples"
        case .turtle: "text/turtle"
        case .graphml: "application/graphml+xml"
        }
    }

    /// The format a file name's extension suggests (`.nt`, `.ttl`, `.graphml`, …), if any.
    public init?(fileExtension: String) {
        let folded = fileExtension.lowercased()
        guard let format = Self.allCases.first(where: { $0.fileExtension == folded }) else { return nil }
        self = format
    }
}
