import KGCore
import KGGraph

/// Dumps a graph as RDF: N-Triples (one triple per line) or Turtle (prefixes, grouped by subject).
///
/// Entities get stable IRIs (`RDFVocabulary.entityIRI`), a class per type, `rdfs:label`, aliases and
/// `owl:sameAs` Wikidata links. An edge that some evidence asserts becomes a direct triple
/// `<subject> <relation/lemma> <object>`; every edge is also reified (`rdf:Statement` with counts, category,
/// polarity, dates) and links to one node per piece of evidence (sentence, document, date, negation), so
/// denied relations are recorded without being asserted. No RDF-star needed.
public struct RDFWriter: Sendable {
    /// The two syntaxes.
    public enum Syntax: String, Sendable, Hashable, Codable {
        /// One absolute triple per line (https://www.w3.org/TR/n-triples/).
        case nTriples
        /// Prefixed names and one block per subject (https://www.w3.org/TR/turtle/).
        case turtle
    }

    /// The syntax written.
    public var syntax: Syntax

    /// A writer for `syntax`.
    public init(syntax: Syntax) {
        self.syntax = syntax
    }

    /// The whole dump as one string.
    public func write(_ graph: KnowledgeGraph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Streams the dump into `output`, one subject's triples at a time.
    public func write<Output: TextOutputStream>(_ graph: KnowledgeGraph, to output: inout Output) {
        if syntax == .turtle {
            for (prefix, namespace) in RDFVocabulary.prefixes {
                output.write("@prefix \(prefix): <\(namespace)> .\n")
            }
            output.write("\n")
        }
        for entity in graph.sortedEntities {
            emit(RDFVocabulary.entityIRI(entity.id), Self.triples(of: entity), to: &output)
        }
        for edge in graph.sortedEdges {
            for (subject, predicates) in Self.triples(of: edge) {
                emit(subject, predicates, to: &output)
            }
        }
    }

    // MARK: - Triples

    private typealias Predicates = [(predicate: String, object: RDFTerm)]

    private static func vocab(_ name: String) -> String { RDFVocabulary.vocabulary + name }

    private static func triples(of entity: Entity) -> Predicates {
        let typeName = entity.type.rawValue.prefix(1).uppercased() + entity.type.rawValue.dropFirst()
        var out: Predicates = [
            (RDFVocabulary.rdf + "type", .iri(vocab(typeName))),
            (RDFVocabulary.rdfs + "label", .string(entity.name)),
            (vocab("key"), .string(entity.id)),
        ]
        for alias in entity.aliases.sorted() where alias != entity.name {
            out.append((vocab("alias"), .string(alias)))
        }
        if let id = entity.wikidata, isWikidataID(id) {
            out.append((RDFVocabulary.owl + "sameAs", .iri(RDFVocabulary.wikidata + id)))
        }
        return out
    }

    /// `Q` followed by digits; anything else is not linked (it could not be a safe IRI anyway).
    static func isWikidataID(_ id: String) -> Bool {
        id.count > 1 && id.first == "Q" && id.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The statement IRI of an edge.
    static func statementIRI(_ edge: Edge) -> String {
        RDFVocabulary.statement + [edge.subject, edge.relation, edge.object].map(DOTLinks.percentEncoded)
            .joined(separator: "/")
    }

    private static func triples(of edge: Edge) -> [(String, Predicates)] {
        let subject = RDFVocabulary.entityIRI(edge.subject)
        let predicate = RDFVocabulary.relationIRI(edge.relation)
        let object = RDFVocabulary.entityIRI(edge.object)
        var out: [(String, Predicates)] = []
        if edge.assertedCount > 0 { out.append((subject, [(predicate, .iri(object))])) }

        let statement = statementIRI(edge)
        let relationClass = edge.relationClass
        var described: Predicates = [
            (RDFVocabulary.rdf + "type", .iri(RDFVocabulary.rdf + "Statement")),
            (RDFVocabulary.rdf + "subject", .iri(subject)),
            (RDFVocabulary.rdf + "predicate", .iri(predicate)),
            (RDFVocabulary.rdf + "object", .iri(object)),
            (vocab("relation"), .string(edge.relation)),
            (vocab("category"), .string(relationClass.category.rawValue)),
            (vocab("polarity"), .string(relationClass.polarity.rawValue)),
            (vocab("evidenceCount"), .integer(edge.evidenceCount)),
            (vocab("assertedCount"), .integer(edge.assertedCount)),
            (vocab("deniedCount"), .integer(edge.deniedCount)),
        ]
        if let first = edge.firstDate { described.append((vocab("firstDate"), .date(first))) }
        if let last = edge.lastDate { described.append((vocab("lastDate"), .date(last))) }
        let evidence = edge.evidence.sorted { a, b in
            (a.documentID, a.sentenceIndex, a.span.start, a.span.end) < (b.documentID, b.sentenceIndex, b.span.start, b.span.end)
        }
        var evidenceNodes: [(String, Predicates)] = []
        for (index, item) in evidence.enumerated() {
            let node = statement + "/evidence/\(index + 1)"
            described.append((vocab("evidence"), .iri(node)))
            evidenceNodes.append((node, triples(of: item)))
        }
        out.append((statement, described))
        return out + evidenceNodes
    }

    private static func triples(of evidence: Evidence) -> Predicates {
        var out: Predicates = [
            (RDFVocabulary.rdf + "type", .iri(vocab("Evidence"))),
            (vocab("document"), .string(evidence.documentID)),
            (vocab("sentenceIndex"), .integer(evidence.sentenceIndex)),
            (vocab("sentence"), .string(evidence.sentence)),
            (vocab("relationText"), .string(evidence.relationText)),
            (vocab("negated"), .boolean(evidence.negated)),
        ]
        if let title = evidence.documentTitle { out.append((vocab("documentTitle"), .string(title))) }
        if let date = evidence.date { out.append((vocab("date"), .date(date))) }
        if let modality = evidence.modality { out.append((vocab("modality"), .string(modality))) }
        if let attribution = evidence.attribution { out.append((vocab("attribution"), .string(attribution.text))) }
        if evidence.confidence.isFinite {
            out.append((vocab("confidence"), .literal(String(evidence.confidence), datatype: RDFVocabulary.xsd + "double")))
        }
        return out
    }

    // MARK: - Syntax

    private func emit<Output: TextOutputStream>(_ subject: String, _ predicates: Predicates, to output: inout Output) {
        guard !predicates.isEmpty else { return }
        switch syntax {
        case .nTriples:
            for (predicate, object) in predicates {
                output.write("<\(subject)> <\(predicate)> \(object.nTriples) .\n")
            }
        case .turtle:
            var text = "<\(subject)>"
            for (index, (predicate, object)) in predicates.enumerated() {
                text += index == 0 ? " " : " ;\n    "
                text += Self.compact(predicate) + " " + Self.turtle(object)
            }
            output.write(text + " .\n")
        }
    }

    private static func turtle(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): compact(iri)
        case .literal(let text, let datatype): RDFTerm.quoted(text) + (datatype.map { "^^" + compact($0) } ?? "")
        }
    }

    /// `prefix:local` when the IRI is in a declared namespace and the local part is plain letters and digits
    /// (always a valid Turtle local name); the full `<iri>` otherwise.
    private static func compact(_ iri: String) -> String {
        for (prefix, namespace) in RDFVocabulary.prefixes where iri.hasPrefix(namespace) {
            let local = iri.dropFirst(namespace.count)
            if let first = local.first, first.isASCII, first.isLetter,
               local.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                return "\(prefix):\(local)"
            }
        }
        return "<\(iri)>"
    }
}
