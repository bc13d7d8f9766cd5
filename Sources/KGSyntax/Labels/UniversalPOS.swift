/// A Universal POS tag (the 17 of UD v2).
///
/// Rules name tags through this type, never as strings; `PartOfSpeechTagger.load(from:)` refuses a model
/// whose tag set does not match it.
public enum UniversalPOS: String, CaseIterable, Sendable, Hashable, Codable {
    case adj = "ADJ", adp = "ADP", adv = "ADV", aux = "AUX", cconj = "CCONJ", det = "DET", intj = "INTJ"
    case noun = "NOUN", num = "NUM", part = "PART", pron = "PRON", propn = "PROPN", punct = "PUNCT"
    case sconj = "SCONJ", sym = "SYM", verb = "VERB", x = "X"

    /// Nouns and proper nouns.
    public var isNominal: Bool { self == .noun || self == .propn }
}
