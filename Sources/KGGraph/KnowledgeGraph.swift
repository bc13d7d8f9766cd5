import KGCore

/// The graph as a value: entities by id and edges by (subject, relation, object), each with its evidence.
///
/// A query's result is itself a `KnowledgeGraph`, so anything can be rendered or dumped.
public struct KnowledgeGraph: Sendable, Hashable, Codable {
    public private(set) var entities: [String: Entity] = [:]
    public private(set) var edges: [Edge.ID: Edge] = [:]

    public init() {}

    public init(entities: [Entity], edges: [Edge]) {
        self.entities.reserveCapacity(entities.count)
        self.edges.reserveCapacity(edges.count)
        for entity in entities { self.entities[entity.id] = entity }
        for edge in edges { self.edges[edge.id] = edge }
    }

    /// Entities sorted by id, for deterministic output.
    public var sortedEntities: [Entity] { entities.values.sorted { $0.id < $1.id } }
    /// Edges sorted by (subject, relation, object), for deterministic output.
    public var sortedEdges: [Edge] { edges.values.sorted { $0.id < $1.id } }

    public var entityCount: Int { entities.count }
    public var edgeCount: Int { edges.count }
    public var evidenceCount: Int { edges.values.reduce(0) { $0 + $1.evidence.count } }

    /// Adds an entity, or merges its aliases into the existing one with the same id.
    @discardableResult
    public mutating func insert(_ entity: Entity) -> Entity {
        guard var existing = entities[entity.id] else {
            entities[entity.id] = entity
            return entity
        }
        for alias in entity.aliases + [entity.name]
        where alias != existing.name && !existing.aliases.contains(alias) {
            existing.aliases.append(alias)
        }
        // The best name any inserted entity gave wins, whatever the order (`Entity.prefers`).
        if Entity.prefers(entity.name, over: existing.name, type: existing.type) {
            existing.aliases.removeAll { $0 == entity.name }
            existing.aliases.append(existing.name)
            existing.name = entity.name
        }
        if existing.wikidata == nil { existing.wikidata = entity.wikidata }
        entities[entity.id] = existing
        return existing
    }

    /// Adds evidence to the edge (creating it); both endpoints must already be inserted.
    public mutating func addEvidence(_ evidence: Evidence, subject: String, relation: String, object: String) {
        let id = Edge.ID(subject: subject, relation: relation, object: object)
        if edges[id] == nil { edges[id] = Edge(subject: subject, relation: relation, object: object) }
        if let totals = edges[id]?.totals { edges[id]?.totals = totals.adding(EvidenceTotals(of: [evidence])) }
        edges[id]?.evidence.append(evidence)
    }

    /// Adds an edge with all its evidence, merging with an existing edge of the same id (whose evidence is
    /// taken to be disjoint from the new edge's; sampled edges add up their totals).
    public mutating func insert(_ edge: Edge) {
        if var existing = edges[edge.id] {
            if existing.totals != nil || edge.totals != nil {
                existing.totals = (existing.totals ?? EvidenceTotals(of: existing.evidence))
                    .adding(edge.totals ?? EvidenceTotals(of: edge.evidence))
            }
            existing.evidence.append(contentsOf: edge.evidence)
            edges[edge.id] = existing
        } else {
            edges[edge.id] = edge
        }
    }
}
