import KGCore

extension KnowledgeGraph {
    /// The graph's contested edges, most contested first: most evidence on the weaker side (asserted or
    /// denied), then most evidence, then by (subject, relation, object).
    public var sortedContestedEdges: [Edge] {
        edges.values.filter(\.isContested).sorted { a, b in
            let weakerA = min(a.assertedCount, a.deniedCount), weakerB = min(b.assertedCount, b.deniedCount)
            if weakerA != weakerB { return weakerA > weakerB }
            if a.evidenceCount != b.evidenceCount { return a.evidenceCount > b.evidenceCount }
            return a.id < b.id
        }
    }
}
