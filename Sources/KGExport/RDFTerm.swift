import KGCore

/// One term of an RDF triple, already checked to be safe to write: IRIs hold only URL-safe ASCII.
enum RDFTerm: Sendable, Hashable {
    /// An absolute IRI.
    case iri(String)
    /// A literal with an optional datatype IRI (plain `xsd:string` when nil).
    case literal(String, datatype: String?)

    static func string(_ text: String) -> RDFTerm { .literal(text, datatype: nil) }
    static func integer(_ value: Int) -> RDFTerm { .literal(String(value), datatype: RDFVocabulary.xsd + "integer") }
    static func boolean(_ value: Bool) -> RDFTerm { .literal(value ? "true" : "false", datatype: RDFVocabulary.xsd + "boolean") }

    /// An ISO date as `xsd:date` when it is one, else a plain string (dates come from article metadata).
    static func date(_ text: String) -> RDFTerm {
        .literal(text, datatype: ISODate.isValid(text) ? RDFVocabulary.xsd + "date" : nil)
    }

    /// The N-Triples form (also valid Turtle): `<iri>` or `"text"` with `^^<datatype>`.
    var nTriples: String {
        switch self {
        case .iri(let iri): "<\(iri)>"
        case .literal(let text, let datatype):
            Self.quoted(text) + (datatype.map { "^^<\($0)>" } ?? "")
        }
    }

    /// A string literal with N-Triples/Turtle escapes: `\" \\ \n \r \t \b \f`, other control characters
    /// and the non-characters XML and many tools reject as `\uXXXX`.
    static func quoted(_ text: String) -> String {
        JSONText.quoted(text, escapingAlso: { $0.value == 0xFFFE || $0.value == 0xFFFF })
    }
}

/// The namespaces newsgraph's RDF uses. `https://newsgraph.invalid/` is a reserved (.invalid) domain: the IRIs
/// are stable names, not addresses; rebase them with a text replace if you publish the data.
public enum RDFVocabulary {
    /// Base of every IRI newsgraph mints.
    public static let base = "https://newsgraph.invalid/"
    /// Entities: `entity/<percent-encoded key>`, e.g. `entity/country%3Arussia`.
    public static let entity = base + "entity/"
    /// Relations as predicates: `relation/<percent-encoded lemma>`, e.g. `relation/talk%20with`.
    public static let relation = base + "relation/"
    /// Reified edges: `statement/<subject>/<relation>/<object>`, each part percent-encoded.
    public static let statement = base + "statement/"
    /// Classes and properties: `vocab#Country`, `vocab#evidenceCount`, …
    public static let vocabulary = base + "vocab#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let owl = "http://www.w3.org/2002/07/owl#"
    static let wikidata = "http://www.wikidata.org/entity/"

    /// Prefixes Turtle output declares, longest namespace first so compaction picks the most specific.
    static let prefixes: [(prefix: String, namespace: String)] = [
        ("rdf", rdf), ("rdfs", rdfs), ("xsd", xsd), ("owl", owl), ("wd", wikidata), ("ng", vocabulary),
    ]

    /// The IRI of an entity key.
    public static func entityIRI(_ key: String) -> String { entity + DOTLinks.percentEncoded(key) }
    /// The predicate IRI of a relation lemma.
    public static func relationIRI(_ lemma: String) -> String { relation + DOTLinks.percentEncoded(lemma) }
}
