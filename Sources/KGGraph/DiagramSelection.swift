import KGCore

/// What a diagram draws of a larger graph, and what it leaves out: the one selection rule behind every picture
/// (`newsgraph render`, the web pages).
///
/// Actors first: edges to concepts are left out unless `Options.drawsConcepts`. Roles folded: role and
/// membership edges ("foreign minister of", "part of") become lines in their subject's label (`roles`) and a
/// group (`groups`) unless `Options.drawsRoles`. What remains is kept whole when it fits the budget; otherwise
/// edges are taken strongest first, each further edge of a category or a neighbour already shown counting for
/// less (evidence ÷ (1 + ½·same category) ÷ (1 + same neighbour)), so a few busy neighbours or one kind of
/// relation cannot fill the picture.
public struct DiagramSelection: Sendable, Hashable {
    /// The budget and switches of a selection.
    public struct Options: Sendable, Hashable, Codable {
        /// Most edges drawn.
        public var maximumEdges: Int
        /// Most nodes drawn (focus entities included).
        public var maximumNodes: Int
        /// Draw everything the switches allow, however large (`--all`).
        public var drawsEverything: Bool
        /// Draw edges to concepts too.
        public var drawsConcepts: Bool
        /// Draw role and membership edges as edges rather than folding them into labels.
        public var drawsRoles: Bool
        /// Entities always drawn (the centre of an ego network), and not counted as neighbours.
        public var focus: Set<String>

        /// Readable defaults: 36 edges, 30 nodes, actors only, roles folded.
        public init(maximumEdges: Int = Self.defaultEdges, maximumNodes: Int = Self.defaultNodes,
                    drawsEverything: Bool = false, drawsConcepts: Bool = false, drawsRoles: Bool = false,
                    focus: Set<String> = []) {
            self.maximumEdges = max(1, maximumEdges)
            self.maximumNodes = max(2, maximumNodes)
            self.drawsEverything = drawsEverything
            self.drawsConcepts = drawsConcepts
            self.drawsRoles = drawsRoles
            self.focus = focus
        }

        /// Edges drawn by default: about what a 2,000-pixel canvas holds with readable labels.
        public static let defaultEdges = 36
        /// Nodes drawn by default.
        public static let defaultNodes = 30
    }

    /// Counts of what a selection left out.
    public struct Omissions: Sendable, Hashable, Codable {
        /// Edges that fit the switches but not the budget (including edges a caller never read, `weakerUnread`).
        public var weakerEdges = 0
        /// Edges to concepts, left out because concepts are not drawn.
        public var conceptEdges = 0
        /// Role and membership edges folded into labels instead of drawn.
        public var roleEdges = 0

        /// Whether nothing was left out.
        public var isEmpty: Bool { weakerEdges == 0 && conceptEdges == 0 && roleEdges == 0 }
    }

    /// How a user brings back what was left out, in the words of the tool showing the picture.
    public struct Switches: Sendable, Hashable {
        /// Shows more edges ("--limit N or --all").
        public var more: String
        /// Draws concept edges ("--show-concepts").
        public var concepts: String
        /// Draws role edges ("--show-roles").
        public var roles: String

        /// The switches' names.
        public init(more: String, concepts: String, roles: String) {
            self.more = more
            self.concepts = concepts
            self.roles = roles
        }
    }

    /// The edges and nodes to draw (every input entity an edge here touches, plus the focus).
    public var graph: KnowledgeGraph
    /// Role lines by entity id, strongest first ("foreign minister, Russia"), for the entities drawn.
    public var roles: [String: [String]]
    /// The entity id of the country or organisation each drawn person or body belongs to (its strongest role
    /// or membership edge to an actor), for grouping.
    public var groups: [String: String]
    /// Names of the group entities, by id.
    public var groupNames: [String: String]
    /// What was left out.
    public var omitted: Omissions
    /// Edges the selection started from (`totalEdges` when the caller read only part of them).
    public var totalEdges: Int

    /// Whether an edge is a role or membership edge.
    public static func isRoleEdge(_ edge: Edge) -> Bool {
        let category = edge.relationClass.category
        return category == .role || category == .membership
    }

    /// Selects from `graph` what a readable diagram draws. `totalEdges`, when larger than `graph.edgeCount`,
    /// says how many edges matched before the caller cut the strongest out for `graph`; the rest count as weaker.
    public static func select(from graph: KnowledgeGraph, options: Options = Options(), totalEdges: Int? = nil)
        -> DiagramSelection
    {
        var omitted = Omissions()
        var candidates: [Edge] = []
        var roleEdges: [Edge] = []
        for edge in graph.edges.values {
            let touchesConcept = [edge.subject, edge.object].contains { graph.entities[$0]?.type == .concept }
            if isRoleEdge(edge) { roleEdges.append(edge) }
            if touchesConcept && !options.drawsConcepts {
                omitted.conceptEdges += 1
            } else if isRoleEdge(edge) && !options.drawsRoles {
                omitted.roleEdges += 1
            } else {
                candidates.append(edge)
            }
        }
        let kept = options.drawsEverything ? candidates : spread(candidates, options: options)
        omitted.weakerEdges = candidates.count - kept.count + max(0, (totalEdges ?? 0) - graph.edgeCount)
        var drawn = graph.subgraph(edges: kept.map(\.id))
        for id in options.focus.sorted() { if let entity = graph.entities[id] { drawn.insert(entity) } }
        let (roles, groups) = foldRoles(roleEdges, into: drawn, from: graph, groupsDrawnRoles: options.drawsRoles)
        var groupNames: [String: String] = [:]
        for id in Set(groups.values) { groupNames[id] = graph.entities[id]?.name ?? id }
        return DiagramSelection(graph: drawn, roles: roles, groups: groups, groupNames: groupNames, omitted: omitted,
                                totalEdges: max(totalEdges ?? 0, graph.edgeCount))
    }

    /// The strongest edges with a spread over categories and neighbours, within the edge and node budget.
    static func spread(_ candidates: [Edge], options: Options) -> [Edge] {
        let ends = Set(candidates.flatMap { [$0.subject, $0.object] })
        if candidates.count <= options.maximumEdges && ends.union(options.focus).count <= options.maximumNodes {
            return candidates
        }
        var remaining = candidates.sorted { ($1.evidenceCount, $0.id) < ($0.evidenceCount, $1.id) }
        var nodes = options.focus
        var perCategory: [RelationCategory: Int] = [:]
        var perNeighbour: [String: Int] = [:]
        var kept: [Edge] = []
        while kept.count < options.maximumEdges, !remaining.isEmpty {
            var best: (index: Int, score: Double)?
            for (index, edge) in remaining.enumerated() {
                let newNodes = Set([edge.subject, edge.object]).subtracting(nodes).count
                guard nodes.count + newNodes <= options.maximumNodes else { continue }
                let neighbours = [edge.subject, edge.object].filter { !options.focus.contains($0) }
                let sameNeighbour = neighbours.map { perNeighbour[$0, default: 0] }.max() ?? 0
                let sameCategory = perCategory[edge.relationClass.category, default: 0]
                let score = Double(edge.evidenceCount) / (1 + 0.5 * Double(sameCategory)) / Double(1 + sameNeighbour)
                // Remaining edges are strongest first, so the first of equal scores is the stronger (then smaller id).
                if score > (best?.score ?? -1) { best = (index, score) }
                // No later edge can beat this score: its raw evidence is already no larger.
                if let best, Double(edge.evidenceCount) < best.score { break }
            }
            guard let chosen = best else { break }
            let edge = remaining.remove(at: chosen.index)
            kept.append(edge)
            nodes.formUnion([edge.subject, edge.object])
            perCategory[edge.relationClass.category, default: 0] += 1
            for end in [edge.subject, edge.object] where !options.focus.contains(end) { perNeighbour[end, default: 0] += 1 }
        }
        return kept
    }
}
