import KGText

extension Word {
    /// The entity label of `entity` as a type with its IOB2 position: nil outside an entity (`O`, untagged) or
    /// for a type the tagger does not write.
    public var namedEntity: (type: NamedEntityType, begins: Bool)? {
        let (prefix, label) = EntitySpan.split(entity)
        guard let prefix, let type = NamedEntityType(rawValue: String(label)) else { return nil }
        return (type, prefix == "B")
    }
}
