import KGCore
import KGGraph
import KGText

extension Pipeline {
    /// The actor edges `ingest` would store for the document, without a store: the same extraction and
    /// in-document resolution, then the document's graph; edges between two actors are kept, one per sentence.
    public func actorPrediction(for document: Document) -> ActorPrediction {
        let (annotated, assertions, _) = processReportingRunOns(document)
        let graph = KnowledgeGraph(assertions: assertions, document: document.info)
        var edges: [ActorPrediction.Edge] = []
        for edge in graph.sortedEdges {
            guard let subject = graph.entities[edge.subject], let object = graph.entities[edge.object],
                  ActorPrediction.actorTypes.contains(subject.type), ActorPrediction.actorTypes.contains(object.type)
            else { continue }
            var sentences: Set<Int> = []
            for evidence in edge.evidence where sentences.insert(evidence.sentenceIndex).inserted {
                edges.append(ActorPrediction.Edge(
                    subject: ActorPrediction.Node(name: subject.name, aliases: subject.aliases),
                    relation: edge.relation,
                    object: ActorPrediction.Node(name: object.name, aliases: object.aliases),
                    negated: evidence.negated, coreferent: evidence.coreferent, sentenceIndex: evidence.sentenceIndex))
            }
        }
        edges.sort {
            ($0.sentenceIndex, $0.subject.name, $0.relation, $0.object.name)
                < ($1.sentenceIndex, $1.subject.name, $1.relation, $1.object.name)
        }
        return ActorPrediction(id: document.id, sentenceSpans: annotated.sentences.map(\.span), edges: edges)
    }
}
