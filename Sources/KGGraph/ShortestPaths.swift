/// All shortest paths between two nodes, found by breadth-first search from both ends at once, a whole
/// level at a time from the smaller frontier, so a path between two hubs reads few edges.
///
/// Generic over how nodes and edges are named, so the in-memory graph (entity keys) and the store (row ids)
/// share it; `expand` reads the edges leaving a frontier.
public struct ShortestPaths<Node: Hashable, EdgeReference: Hashable> {
    /// An edge followed from a frontier node `from` to its other end `to`.
    public struct Step {
        public var from: Node
        public var to: Node
        public var edge: EdgeReference

        /// Makes a step.
        public init(from: Node, to: Node, edge: EdgeReference) {
            self.from = from
            self.to = to
            self.edge = edge
        }
    }

    /// Node sequences from the start to the end, all of the shortest length (at most `cap` of them).
    public private(set) var paths: [[Node]] = []
    /// Whether more shortest paths exist than `cap` let through.
    public private(set) var truncated = false
    /// Edges between two nodes of a step, by (nearer-to-its-end, farther) node pair.
    private var parents: [Side: [Node: [Node: [EdgeReference]]]] = [.start: [:], .end: [:]]

    private enum Side { case start, end }

    /// Searches for paths of at most `maxLength` edges; `expand` returns every step from the given nodes.
    public init(from start: Node, to end: Node, maxLength: Int, cap: Int = 5_000,
                expand: ([Node]) throws -> [Step]) rethrows {
        if start == end {
            paths = [[start]]
            return
        }
        var distance: [Side: [Node: Int]] = [.start: [start: 0], .end: [end: 0]]
        var frontier: [Side: [Node]] = [.start: [start], .end: [end]]
        var depth: [Side: Int] = [.start: 0, .end: 0]
        var length: Int?
        while length == nil, depth[.start]! + depth[.end]! < maxLength,
              !frontier[.start]!.isEmpty, !frontier[.end]!.isEmpty {
            let side: Side = frontier[.start]!.count <= frontier[.end]!.count ? .start : .end
            let other: Side = side == .start ? .end : .start
            let level = depth[side]!
            var next: [Node] = []
            for step in try expand(frontier[side]!) where step.from != step.to {
                guard distance[side]![step.from] == level else { continue }
                let known = distance[side]![step.to]
                if known == nil {
                    distance[side]![step.to] = level + 1
                    next.append(step.to)
                }
                if known == nil || known == level + 1 {
                    parents[side]![step.to, default: [:]][step.from, default: []].append(step.edge)
                }
            }
            depth[side] = level + 1
            frontier[side] = next
            for node in next {
                if let rest = distance[other]![node] { length = min(length ?? .max, level + 1 + rest) }
            }
        }
        guard let length else { return }
        // Each path is cut once, at the node `depth[.start]` hops from the start (or the end itself).
        let cut = min(depth[.start]!, length)
        let middles = distance[.start]!.filter { $0.value == cut && distance[.end]![$0.key] == length - cut }
            .map(\.key)
        for middle in middles {
            let lefts = walks(from: middle, side: .start, cap: cap)
            let rights = walks(from: middle, side: .end, cap: cap)
            if lefts.count >= cap || rights.count >= cap { truncated = true }
            for left in lefts {
                for right in rights {
                    if paths.count >= cap {
                        truncated = true
                        return
                    }
                    paths.append(left.reversed() + right.dropFirst())
                }
            }
        }
    }

    /// Edges joining two adjacent nodes of a path (either order).
    public func edges(between a: Node, and b: Node) -> [EdgeReference] {
        var found: [EdgeReference] = []
        for side in [Side.start, .end] {
            found += parents[side]?[b]?[a] ?? []
            found += parents[side]?[a]?[b] ?? []
        }
        var seen: Set<EdgeReference> = []
        return found.filter { seen.insert($0).inserted }
    }

    /// Up to `cap` node sequences from `node` back to the side's origin, following parent links.
    private func walks(from node: Node, side: Side, cap: Int) -> [[Node]] {
        guard let up = parents[side]![node] else { return [[node]] }
        var result: [[Node]] = []
        for parent in up.keys {
            for walk in walks(from: parent, side: side, cap: cap) {
                guard result.count < cap else { return result }
                result.append([node] + walk)
            }
        }
        return result
    }
}
