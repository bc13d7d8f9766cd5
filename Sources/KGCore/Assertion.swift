/// One actor/relation/object claim extracted from one sentence, with everything needed to cite it.
///
/// The JSON form is the `extract --format jsonl` contract (snake_case keys); later issues add fields, never
/// rename or remove them.
public struct Assertion: Sendable, Hashable, Codable {
    public var documentID: String
    public var sentenceIndex: Int
    public var sentence: String
    /// Where the sentence sits in the document text.
    public var sentenceSpan: TextSpan
    public var subject: Argument
    public var relation: RelationPhrase
    /// Nil for intransitive assertions ("Russia withdrew").
    public var object: Argument?
    /// Who claims it, when the sentence reports someone's claim rather than asserting it.
    public var attribution: Attribution?
    /// 0…1, higher is more likely correct; used to rank (CaRB AUC) and to filter.
    public var confidence: Double

    public init(
        documentID: String, sentenceIndex: Int, sentence: String, sentenceSpan: TextSpan,
        subject: Argument, relation: RelationPhrase, object: Argument?,
        attribution: Attribution? = nil, confidence: Double
    ) {
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.sentenceSpan = sentenceSpan
        self.subject = subject
        self.relation = relation
        self.object = object
        self.attribution = attribution
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case documentID = "doc"
        case sentenceIndex = "sentence_index"
        case sentence, subject, relation, object, attribution, confidence
        case sentenceSpan = "sentence_span"
    }

    /// Encodes `object` and `attribution` as explicit `null`s so every JSONL line has the same keys.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documentID, forKey: .documentID)
        try c.encode(sentenceIndex, forKey: .sentenceIndex)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(sentenceSpan, forKey: .sentenceSpan)
        try c.encode(subject, forKey: .subject)
        try c.encode(relation, forKey: .relation)
        try c.encode(object, forKey: .object)
        try c.encode(attribution, forKey: .attribution)
        try c.encode(confidence, forKey: .confidence)
    }
}

/// A subject or object: the words in the text and, when resolved, the entity they name.
public struct Argument: Sendable, Hashable, Codable {
    /// The phrase as written.
    public var text: String
    /// Canonical entity name ("Russia" for "Moscow"), or nil when the phrase names no known actor.
    public var entity: String?
    public var type: EntityType
    public var start: Int
    public var end: Int
    /// Wikidata id of the resolved entity ("Q159"), when the gazetteer knows it.
    public var wikidata: String?
    /// What of the entity acts, when the phrase names part of it ("troops" in "Russian troops").
    public var qualifier: String?
    /// Whether the entity was reached by coreference ("he", "the minister") rather than named here.
    public var coreferent: Bool

    public init(
        text: String, entity: String?, type: EntityType, span: TextSpan,
        wikidata: String? = nil, qualifier: String? = nil, coreferent: Bool = false
    ) {
        self.text = text
        self.entity = entity
        self.type = type
        self.start = span.start
        self.end = span.end
        self.wikidata = wikidata
        self.qualifier = qualifier
        self.coreferent = coreferent
    }

    enum CodingKeys: String, CodingKey {
        case text, entity, type, start, end, wikidata, qualifier, coreferent
    }

    /// Reads lines written before `wikidata`, `qualifier` and `coreferent` existed, too.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        entity = try c.decodeIfPresent(String.self, forKey: .entity)
        type = try c.decode(EntityType.self, forKey: .type)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        wikidata = try c.decodeIfPresent(String.self, forKey: .wikidata)
        qualifier = try c.decodeIfPresent(String.self, forKey: .qualifier)
        coreferent = try c.decodeIfPresent(Bool.self, forKey: .coreferent) ?? false
    }

    public var span: TextSpan { TextSpan(start: start, end: end) }

    /// The graph node this argument becomes: the entity when resolved, else the phrase itself.
    public var nodeName: String { entity ?? text }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(entity, forKey: .entity)
        try c.encode(type, forKey: .type)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(wikidata, forKey: .wikidata)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(coreferent, forKey: .coreferent)
    }
}

/// The relation: its normalised lemma ("sanction") and how it was said.
public struct RelationPhrase: Sendable, Hashable, Codable {
    /// Normalised relation name, the edge label ("sanction", "talk with").
    public var lemma: String
    /// The words as written ("will impose sanctions on").
    public var text: String
    public var negated: Bool
    /// "will", "may", "plan to", … or nil for a plain statement.
    public var modality: String?
    /// Where the relation's words are in the document (first to last word), when known.
    public var start: Int?
    public var end: Int?

    public init(lemma: String, text: String, negated: Bool = false, modality: String? = nil, span: TextSpan? = nil) {
        self.lemma = lemma
        self.text = text
        self.negated = negated
        self.modality = modality
        self.start = span?.start
        self.end = span?.end
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lemma, forKey: .lemma)
        try c.encode(text, forKey: .text)
        try c.encode(negated, forKey: .negated)
        try c.encode(modality, forKey: .modality)
        try c.encodeIfPresent(start, forKey: .start)
        try c.encodeIfPresent(end, forKey: .end)
        // Derived from the lemma, for readers of `extract --format jsonl`; not decoded back.
        var taxonomy = encoder.container(keyedBy: TaxonomyKeys.self)
        try taxonomy.encode(relationClass.category, forKey: .category)
        try taxonomy.encode(relationClass.polarity, forKey: .polarity)
    }

    private enum TaxonomyKeys: String, CodingKey {
        case category, polarity
    }

    /// Where the relation sits in the taxonomy (category, polarity, weight).
    public var relationClass: RelationClass { RelationTaxonomy.classify(lemma) }
}

/// Who makes a reported claim ("Washington claims …") and with which speech verb.
public struct Attribution: Sendable, Hashable, Codable {
    public var text: String
    /// Canonical entity of the speaker, when resolved.
    public var entity: String?
    /// Lemma of the speech verb: say, claim, deny, allege, …
    public var verb: String

    public init(text: String, entity: String?, verb: String) {
        self.text = text
        self.entity = entity
        self.verb = verb
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(entity, forKey: .entity)
        try c.encode(verb, forKey: .verb)
    }
}
