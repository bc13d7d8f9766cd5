import Foundation
import KGText

/// Tagger, named-entity tagger, lemmatizer and parser together: fills every word's UPOS, XPOS, entity, lemma,
/// head and relation.
public struct SyntaxAnnotator: Sendable {
    public let tagger: PartOfSpeechTagger
    /// Fills `Word.entity` (IOB2); nil leaves it empty.
    public let entityTagger: NamedEntityTagger?
    public let lemmatizer: Lemmatizer
    public var parser: DependencyParser
    /// Capitalised words that are adjectives before a common noun whatever the tagger guessed ("Houthi rebels"):
    /// the extraction layer gives its gazetteer's demonyms (see `DemonymAdjectives`).
    public var adjectiveForms: Set<String> = []
    /// One-word names of places and actors that are proper nouns whatever the tagger guessed ("Moscow last week
    /// recalled …"): the extraction layer gives its gazetteer's (see `KnownPlaceNames`).
    public var properNounForms: Set<String> = []
    /// Verb lemmas whose "-s" form is a verb between two names in a clause with no other verb, whatever the tagger
    /// guessed ("US sanctions Russia"): the extraction layer gives its relation taxonomy's (see `PresentVerbRepair`).
    public var headlineVerbLemmas: Set<String> = []
    /// Noun lemmas whose plural before "that" is a noun whatever the tagger guessed ("denied reports that …"): the
    /// extraction layer gives its content nouns (see `ContentNounRepair`).
    public var contentNounLemmas: Set<String> = []
    /// Verb lemmas whose "-s" form between a subject and "that" is a verb whatever the tagger guessed ("The
    /// government fears that …"): the extraction layer gives its speech verbs and the verbs whose clause is wanted
    /// or feared (see `ClauseVerbRepair`).
    public var clauseVerbLemmas: Set<String> = []
    /// Verb lemmas whose "-s" form between a subject and a "to" infinitive is a verb whatever the tagger guessed
    /// ("NASA plans to launch …"): the extraction layer gives its control verbs (see `ClauseVerbRepair`).
    public var controlVerbLemmas: Set<String> = []

    public init(tagger: PartOfSpeechTagger, entityTagger: NamedEntityTagger? = nil, lemmatizer: Lemmatizer,
                parser: DependencyParser) {
        self.tagger = tagger
        self.entityTagger = entityTagger
        self.lemmatizer = lemmatizer
        self.parser = parser
    }

    /// The models shipped with newsgraph (trained on UD English EWT and Universal NER English EWT).
    public static func loadDefault() throws -> SyntaxAnnotator {
        SyntaxAnnotator(
            tagger: try PartOfSpeechTagger.loadDefault(), entityTagger: try NamedEntityTagger.loadDefault(),
            lemmatizer: try Lemmatizer.loadDefault(), parser: try DependencyParser.loadDefault())
    }

    /// Tags, lemmatizes and parses one sentence in place.
    public func annotate(_ sentence: inout Sentence) {
        annotate(words: &sentence.words)
    }

    /// Tags, lemmatizes and parses the words of one sentence in place (CoNLL-U input with gold tokens); the words
    /// of names become proper nouns before parsing (`NameTagRepair`).
    public func annotate(words: inout [Word]) {
        tag(&words)
        entityTagger?.tag(&words)
        if entityTagger != nil {
            HyphenatedNames.tagPersons(&words)
            NameTagRepair.repair(&words)
        }
        lemmatizer.lemmatize(&words)
        parser.parse(words: &words)
        HyphenatedNames.attach(&words)
    }

    /// Tags, lemmatizes and parses every sentence of one document in place. Between tagging and parsing, the
    /// document's entity tags are made to agree: a name tagged with different types takes its majority type
    /// (`EntityHarmonizer`), a person's name found once is found again (`PersonNamePropagation`), and the words
    /// of names become proper nouns (`NameTagRepair`) before the parser reads them.
    public func annotate(_ sentences: inout [Sentence]) {
        guard let entityTagger else {
            for i in sentences.indices { annotate(&sentences[i]) }
            return
        }
        var words = sentences.map(\.words)
        for i in words.indices {
            tag(&words[i])
            entityTagger.tag(&words[i])
            HyphenatedNames.tagPersons(&words[i])
        }
        EntityHarmonizer.harmonize(&words)
        PersonNamePropagation.propagate(&words)
        for i in words.indices {
            NameTagRepair.repair(&words[i])
            lemmatizer.lemmatize(&words[i])
        }
        // One parser workspace for the whole document: its buffers and label-score cache are not remade per sentence.
        parser.parse(wordLists: &words)
        for i in words.indices {
            HyphenatedNames.attach(&words[i])
            sentences[i].words = words[i]
        }
    }

    /// Tags one sentence's words, then repairs the tags the parser would turn into a clause that states nothing.
    private func tag(_ words: inout [Word]) {
        tagger.tag(&words)
        HyphenatedNames.repair(&words)
        DemonymAdjectives.repair(&words, forms: adjectiveForms)
        KnownPlaceNames.repair(&words, forms: properNounForms)
        TemporalVerbRepair.repair(&words)
        PastVerbRepair.repair(&words)
        PresentVerbRepair.repair(&words, verbLemmas: headlineVerbLemmas, lemmatizer: lemmatizer)
        ContentNounRepair.repair(&words, nounLemmas: contentNounLemmas, lemmatizer: lemmatizer)
        ClauseVerbRepair.repair(&words, verbLemmas: clauseVerbLemmas, controlVerbLemmas: controlVerbLemmas, lemmatizer: lemmatizer)
        BareInfinitiveRepair.repair(&words)
        InfinitiveVerbRepair.repair(&words)
        EmphaticVerbRepair.repair(&words)
        IngNounRepair.repair(&words)
        DescriptorNounRepair.repair(&words)
        CurrencyNounRepair.repair(&words)
    }
}
