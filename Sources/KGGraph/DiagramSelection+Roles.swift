import KGCore

extension DiagramSelection {
    /// Lines a node label shows at most, strongest first; the rest are in the tooltip only.
    public static let maximumRoleLines = 2

    /// A role or membership edge as a line of its subject's label: "foreign minister, Russia" for a role
    /// ("foreign minister of" Russia), "part of Russia" or "member of NATO" for membership.
    public static func roleLine(_ edge: Edge, objectName: String) -> String {
        let relation = edge.relation
        if edge.relationClass.category == .role, relation.hasSuffix(" of") {
            return String(relation.dropLast(3)) + ", " + objectName
        }
        return relation + " " + objectName
    }

    /// Role lines of every drawn entity that is the subject of a role or membership edge, and the group (the
    /// object of its strongest such edge that is a country or organisation) of each. With `groupsDrawnRoles`,
    /// role edges are drawn, so only groups are given.
    static func foldRoles(_ roleEdges: [Edge], into drawn: KnowledgeGraph, from graph: KnowledgeGraph,
                          groupsDrawnRoles: Bool) -> (roles: [String: [String]], groups: [String: String])
    {
        var bySubject: [String: [Edge]] = [:]
        for edge in roleEdges where drawn.entities[edge.subject] != nil && edge.subject != edge.object {
            // People and bodies hold roles; a country "representing" something is extraction noise, not a label.
            guard [.person, .org, .group].contains(graph.entities[edge.subject]?.type) else { continue }
            // A denied role ("is not the foreign minister of") is not one.
            guard edge.assertedCount > edge.deniedCount else { continue }
            bySubject[edge.subject, default: []].append(edge)
        }
        var roles: [String: [String]] = [:]
        var groups: [String: String] = [:]
        for (subject, edges) in bySubject {
            let ranked = edges.sorted { ($1.evidenceCount, $0.id) < ($0.evidenceCount, $1.id) }
            if !groupsDrawnRoles {
                var lines: [String] = []
                for edge in ranked {
                    let line = roleLine(edge, objectName: graph.entities[edge.object]?.name ?? edge.object)
                    if !lines.contains(line) { lines.append(line) }
                }
                roles[subject] = lines
            }
            if let group = ranked.first(where: { edge in
                let type = graph.entities[edge.object]?.type
                return type == .country || type == .org
            }) {
                groups[subject] = group.object
            }
        }
        return (roles, groups)
    }
}
