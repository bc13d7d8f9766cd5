/// What `GraphvizRenderer` produces.
public enum RenderFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Scalable vector graphics, with `id`, `class` and tooltips from the DOT attributes.
    case svg
    /// Raster image (cairo plugin).
    case png
    /// Vector document (cairo plugin).
    case pdf
    /// The DOT text itself, checked by Graphviz's parser but not laid out.
    case dot

    /// Usual file-name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// MIME type, for HTTP responses.
    public var mediaType: String {
        switch self {
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .pdf: "application/pdf"
        case .dot: "text/vnd.graphviz"
        }
    }

    /// Whether the output is text (UTF-8) rather than binary.
    public var isText: Bool { self == .svg || self == .dot }

    /// The name libgvc's `gvRenderData` knows this format by.
    var graphvizName: String { rawValue }
}
