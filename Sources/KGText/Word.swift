import KGCore

/// One syntactic word of a sentence, in the shape of a CoNLL-U word line.
///
/// The tokenizer fills `form` and the offsets; the tagger `upos`/`xpos`, the lemmatizer `lemma`, the parser
/// `head`/`relation`. Empty strings and `head == -1` mean "not yet filled".
public struct Word: Sendable, Hashable, Codable {
    public var form: String
    public var lemma: String
    /// Universal POS tag (NOUN, VERB, PROPN, …).
    public var upos: String
    /// Language-specific (Penn Treebank) tag (NN, VBD, NNP, …).
    public var xpos: String
    public var features: String
    /// 1-based index of the head word within the sentence, 0 for the root, -1 when unparsed.
    public var head: Int
    /// Universal dependency relation to the head (nsubj, obj, obl:agent, …).
    public var relation: String
    /// Unicode scalar offsets into the document text.
    public var span: TextSpan
    /// Whether whitespace follows the word in the text (CoNLL-U's `SpaceAfter=No` when false).
    public var spaceAfter: Bool
    /// Named-entity label in IOB2 form as the NER tagger writes it (`B-PER`, `I-ORG`, `B-LOC`, `O`); empty when
    /// not tagged. CoNLL-U carries it in MISC as `NE=`.
    public var entity: String = ""

    public init(
        form: String, lemma: String = "", upos: String = "", xpos: String = "", features: String = "_",
        head: Int = -1, relation: String = "", span: TextSpan, spaceAfter: Bool = true
    ) {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.features = features
        self.head = head
        self.relation = relation
        self.span = span
        self.spaceAfter = spaceAfter
    }
}
