import Foundation

/// Caps that keep every request bounded: how far a query reaches, how much it returns, how long a drawing
/// may take. A request beyond them gets a 4xx or 503 with a message, never a hung worker.
public struct ServerLimits: Sendable, Hashable, Codable {
    /// Deepest ego network a request may ask for.
    public var maximumDepth: Int
    /// Longest path a request may ask for.
    public var maximumPathLength: Int
    /// Most edges a query may return before the server refuses it and asks for filters.
    public var maximumEdges: Int
    /// Edges drawn in a diagram when the request gives no `max-edges` (the strongest are kept).
    public var defaultDrawnEdges: Int
    /// Most edges drawn in one diagram (the strongest are kept; the table lists the rest).
    public var maximumDrawnEdges: Int
    /// Most nodes drawn in one diagram.
    public var maximumDrawnNodes: Int
    /// Rows in a JSON list or an HTML table when the request gives no `limit`.
    public var defaultRows: Int
    /// Most rows in a JSON list or an HTML table.
    public var maximumRows: Int
    /// Longest query string accepted, in bytes.
    public var maximumQueryLength: Int
    /// How long a request waits for Graphviz before answering 503.
    public var renderTimeout: Duration
    /// Drawings allowed to wait for Graphviz at once; more answer 503 at once.
    public var maximumPendingRenders: Int
    /// Store queries answered at once; more answer 503 at once (default: twice the cores).
    public var maximumConcurrentQueries: Int = 2 * ProcessInfo.processInfo.activeProcessorCount
    /// How long a connection may stay idle (no request, or a request's head arriving too slowly) before closing.
    public var idleTimeout: Duration = .seconds(30)

    /// The defaults: depth 3, paths of 4 hops, 5,000 edges, 30 drawn edges (60 on request), 100 rows (500 on request), 5 s to draw.
    public init(
        maximumDepth: Int = 3, maximumPathLength: Int = 4, maximumEdges: Int = 5_000, defaultDrawnEdges: Int = 30, maximumDrawnEdges: Int = 60,
        maximumDrawnNodes: Int = 80, defaultRows: Int = 100, maximumRows: Int = 500, maximumQueryLength: Int = 2_048,
        renderTimeout: Duration = .seconds(5), maximumPendingRenders: Int = 16
    ) {
        self.maximumDepth = maximumDepth
        self.maximumPathLength = maximumPathLength
        self.maximumEdges = maximumEdges
        self.defaultDrawnEdges = min(defaultDrawnEdges, maximumDrawnEdges)
        self.maximumDrawnEdges = maximumDrawnEdges
        self.maximumDrawnNodes = maximumDrawnNodes
        self.defaultRows = defaultRows
        self.maximumRows = maximumRows
        self.maximumQueryLength = maximumQueryLength
        self.renderTimeout = renderTimeout
        self.maximumPendingRenders = maximumPendingRenders
    }
}
