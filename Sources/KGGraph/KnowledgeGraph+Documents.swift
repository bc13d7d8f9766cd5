import KGCore

extension KnowledgeGraph {
    /// The graph cut back into one ingest item per document: each document's evidence with the edges and
    /// entities (all their aliases) it supports, so ingesting the items into an empty store rebuilds this graph.
    public func ingestItems(for documents: [StoredDocument]) -> [IngestItem] {
        var graphs: [String: KnowledgeGraph] = [:]
        for edge in sortedEdges {
            guard let subject = entities[edge.subject], let object = entities[edge.object] else { continue }
            for evidence in edge.evidence {
                var stored = evidence
                stored.documentTitle = nil
                graphs[evidence.documentID, default: KnowledgeGraph()].insert(subject)
                graphs[evidence.documentID, default: KnowledgeGraph()].insert(object)
                graphs[evidence.documentID, default: KnowledgeGraph()]
                    .addEvidence(stored, subject: edge.subject, relation: edge.relation, object: edge.object)
            }
        }
        return documents.map { document in
            IngestItem(info: document.info, sentenceCount: document.sentenceCount,
                       graph: graphs[document.info.id] ?? KnowledgeGraph())
        }
    }
}
