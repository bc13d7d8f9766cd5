/// How `DOTWriter` draws a graph.
public struct DOTOptions: Sendable, Hashable, Codable {
    /// Graphviz's `rankdir`: which way `dot` lays out edges.
    public enum RankDirection: String, Sendable, Hashable, Codable, CaseIterable {
        case leftToRight = "LR", topToBottom = "TB", rightToLeft = "RL", bottomToTop = "BT"
    }

    /// The graph's name, which SVG shows as the top `<title>`; never empty in the output.
    public var graphName: String
    /// Caption drawn above the graph (the query, e.g. "Russia, 1 hop"), or nil for none.
    public var title: String?
    /// Smaller second caption line (e.g. "12 articles · 30 relations"), or nil for none.
    public var subtitle: String?
    /// Direction of `dot`'s ranks; left to right reads best for actor → relation → object.
    public var rankDirection: RankDirection
    /// Whether edge labels show how many sentences support them ("sanction (3)") when more than one does.
    public var showsCounts: Bool
    /// Whether edges carry their relation as a visible label (tooltips always do); large force-directed
    /// layouts read better without.
    public var showsEdgeLabels: Bool
    /// Whether a legend (entity types, relation polarities, dashes) is drawn under the title.
    public var showsLegend: Bool
    /// Entities drawn emphasised (thicker border, larger label, class `focus`): the centre of an ego network.
    public var focusEntityIDs: Set<String>
    /// Longest example sentence, in characters, quoted in edge and node tooltips; 0 quotes none.
    public var exampleSentenceLength: Int
    /// Links, link target and id prefix for diagrams embedded in web pages; none by default.
    public var links: DOTLinks
    /// Caption lines under the subtitle, smaller: what the picture leaves out and how to get it.
    public var notes: [String] = []
    /// Lines under a node's name, by entity id: its roles ("foreign minister, Russia").
    public var nodeLines: [String: [String]] = [:]
    /// The group (a country or organisation's entity id) each entity is drawn in, as a Graphviz cluster.
    public var clusters: [String: String] = [:]
    /// Cluster captions by group id (the group's name).
    public var clusterNames: [String: String] = [:]
    /// Largest picture the renderer writes, in pixels per side (as a browser shows an SVG, or a PNG's pixels);
    /// a larger drawing is scaled down to fit. Nil draws at natural size.
    public var maximumCanvasPixels: Int? = DOTOptions.screenPixels

    /// A screen-sized canvas: 2,000 pixels a side.
    public static let screenPixels = 2_000

    /// Options with newsgraph's defaults: named "newsgraph", no title, left to right, counts, labels and legend.
    public init(
        graphName: String = "newsgraph", title: String? = nil, subtitle: String? = nil,
        rankDirection: RankDirection = .leftToRight, showsCounts: Bool = true, showsEdgeLabels: Bool = true,
        showsLegend: Bool = true, focusEntityIDs: Set<String> = [], exampleSentenceLength: Int = 160,
        links: DOTLinks = DOTLinks()
    ) {
        self.graphName = graphName
        self.title = title
        self.subtitle = subtitle
        self.rankDirection = rankDirection
        self.showsCounts = showsCounts
        self.showsEdgeLabels = showsEdgeLabels
        self.showsLegend = showsLegend
        self.focusEntityIDs = focusEntityIDs
        self.exampleSentenceLength = exampleSentenceLength
        self.links = links
    }
}
