import KGText

extension Word {
    /// The parser's relation as a type; nil when the word is unparsed or the label is not a UD EWT relation.
    public var dependencyRelation: DependencyRelation? { DependencyRelation(rawValue: relation) }

    /// The tagger's UPOS as a type; nil when the word is untagged or the tag is not one of UD's 17.
    public var universalPOS: UniversalPOS? { UniversalPOS(rawValue: upos) }
}
