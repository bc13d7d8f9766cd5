extension IngestItem {
    /// Why this item cannot be stored (an edge to an entity its graph lacks, evidence citing another document),
    /// as a message and a hint; nil when it is consistent. Every store checks it before writing anything.
    public var inconsistency: (message: String, hint: String)? {
        for edge in graph.edges.values {
            for key in [edge.subject, edge.object] where graph.entities[key] == nil {
                return ("document '\(info.id)': edge (\(edge.subject), \(edge.relation), \(edge.object)) refers "
                            + "to entity '\(key)' that its graph does not define",
                        "build the graph with KnowledgeGraph.insert(_:) for both endpoints before adding edges")
            }
            for evidence in edge.evidence where evidence.documentID != info.id {
                return ("document '\(info.id)': evidence for (\(edge.subject), \(edge.relation), \(edge.object)) "
                            + "cites document '\(evidence.documentID)'",
                        "ingest each document's graph as its own item")
            }
        }
        return nil
    }
}
