/// The entity types the named-entity tagger writes into `Word.entity` (Universal NER's PER, ORG and LOC).
public enum NamedEntityType: String, CaseIterable, Sendable, Hashable, Codable {
    case person = "PER"
    case organization = "ORG"
    case location = "LOC"
}
