/// How `DOTWriter` draws a graph.
public struct DOTOptions: Sendable, Hashable, Codable {
    /// Graphviz's `rankdir`: which way `dot` lays out edges.
    public enum RankDirection: String, Sendable, Hashable, Codable, CaseIterable {
        case leftToRight = "LR", topToBottom = "TB", rightToLeft = "RL", bottomToTop = "BT"
    }

    /// The graph's name, which SVG shows as the top `<title>`; never empty in the output.
    public var graphName: String
    /// Caption drawn above the graph, or nil for none.
    public var title: String?
    /// Direction of `dot`'s ranks; left to right reads best for actor → relation → object.
    public var rankDirection: RankDirection
    /// Whether edge labels show how many sentences support them ("sanction (3)") when more than one does.
    public var showsCounts: Bool
    /// Longest example sentence, in characters, quoted in an edge's tooltip.
    public var exampleSentenceLength: Int
    /// Links, link target and id prefix for diagrams embedded in web pages; none by default.
    public var links: DOTLinks

    /// Options with newsgraph's defaults: named "newsgraph", no title, left to right, counts shown.
    public init(
        graphName: String = "newsgraph", title: String? = nil, rankDirection: RankDirection = .leftToRight,
        showsCounts: Bool = true, exampleSentenceLength: Int = 160, links: DOTLinks = DOTLinks()
    ) {
        self.graphName = graphName
        self.title = title
        self.rankDirection = rankDirection
        self.showsCounts = showsCounts
        self.exampleSentenceLength = exampleSentenceLength
        self.links = links
    }
}
