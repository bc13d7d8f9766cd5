import KGCore
import KGText
import Testing

@testable import KGSyntax

/// The repairs between tagging and parsing: each mends one misreading of short news sentences, and leaves alone
/// the look-alikes it must not touch.
@Suite struct TagRepairTests {
    /// Words from "form/UPOS/XPOS" triples, the way the tagger would leave them (entity "O").
    static func tagged(_ text: String) -> [Word] {
        text.split(separator: " ").map { triple in
            let parts = triple.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            var word = Word(form: parts[0], upos: parts[1], xpos: parts[2], span: TextSpan(start: 0, end: 0))
            word.entity = "O"
            return word
        }
    }

    static func tags(_ words: [Word]) -> String {
        words.map { "\($0.form)/\($0.upos)/\($0.xpos)" }.joined(separator: " ")
    }

    @Test(arguments: [
        // A past verb read as an adjective between a subject and its object, in a clause without a verb.
        ("Kiev/PROPN/NNP insisted/VERB/VBD that/SCONJ/IN Iran/PROPN/NNP armed/ADJ/JJ Russia/PROPN/NNP ./PUNCT/.", "armed", true),
        ("Chinese/ADJ/JJ vessels/NOUN/NNS blocked/ADJ/JJ Philippine/ADJ/JJ boats/NOUN/NNS ./PUNCT/.", "blocked", true),
        // Look-alikes: after a determiner, before a common noun, or beside the clause's own verb.
        ("The/DET/DT armed/ADJ/JJ forces/NOUN/NNS left/VERB/VBD ./PUNCT/.", "armed", false),
        ("Pakistan/PROPN/NNP based/VERB/VBN groups/NOUN/NNS attacked/VERB/VBD ./PUNCT/.", "based", false),
        ("The/DET/DT Kremlin/PROPN/NNP controlled/ADJ/JJ Rosneft/PROPN/NNP said/VERB/VBD no/INTJ/UH ./PUNCT/.", "controlled", false),
        // A verb of denying or judging between common nouns; not beside the clause's own verb.
        ("The/DET/DT company/NOUN/NN denied/ADJ/JJ wrongdoing/NOUN/NN ./PUNCT/.", "denied", true),
        ("The/DET/DT company/NOUN/NN denied/ADJ/JJ claims/NOUN/NNS were/AUX/VBD true/ADJ/JJ ./PUNCT/.", "denied", false),
        // An irregular past that is also a noun, after a name or a pronoun and before a preposition; not after a
        // determiner or a common noun.
        ("Abe/PROPN/NNP spoke/NOUN/NN by/ADP/IN phone/NOUN/NN ./PUNCT/.", "spoke", true),
        ("He/PRON/PRP saw/NOUN/NN the/DET/DT report/NOUN/NN ./PUNCT/.", "saw", true),
        ("The/DET/DT wheel/NOUN/NN spoke/NOUN/NN in/ADP/IN front/NOUN/NN broke/VERB/VBD ./PUNCT/.", "spoke", false),
        ("He/PRON/PRP bought/VERB/VBD a/DET/DT saw/NOUN/NN ./PUNCT/.", "saw", false),
    ])
    func aPastVerbBetweenSubjectAndObjectIsAVerb(_ text: String, _ form: String, _ retagged: Bool) throws {
        var words = Self.tagged(text)
        PastVerbRepair.repair(&words)
        let word = try #require(words.first { $0.form == form })
        #expect((word.upos == "VERB" && word.xpos == "VBD") == retagged, "\(Self.tags(words))")
    }

    @Test(arguments: [
        // A verb EWT knows only as a plural noun, between a name and its object, in a clause without a verb.
        ("US/PROPN/NNP sanctions/NOUN/NNS Russia/PROPN/NNP over/ADP/IN drones/NOUN/NNS", "sanctions", true),
        ("The/DET/DT US/PROPN/NNP sanctions/NOUN/NNS Russian/ADJ/JJ banks/NOUN/NNS ./PUNCT/.", "sanctions", true),
        // Look-alikes: the clause has its verb, the noun modifies a common noun, a time word follows, the word is
        // no verb of the list, or a plural precedes.
        ("EU/PROPN/NNP extends/VERB/VBZ Russia/PROPN/NNP sanctions/NOUN/NNS ./PUNCT/.", "sanctions", false),
        ("The/DET/DT US/PROPN/NNP sanctions/NOUN/NNS regime/NOUN/NN hurts/VERB/VBZ Russia/PROPN/NNP", "sanctions", false),
        ("Russia/PROPN/NNP sanctions/NOUN/NNS Monday/PROPN/NNP", "sanctions", false),
        ("US/PROPN/NNP troops/NOUN/NNS Iraq/PROPN/NNP", "troops", false),
        ("Democrats/PROPN/NNPS sanctions/NOUN/NNS Russia/PROPN/NNP", "sanctions", false),
    ])
    func aPresentVerbBetweenANameAndItsObjectIsAVerb(_ text: String, _ form: String, _ retagged: Bool) throws {
        var words = Self.tagged(text)
        PresentVerbRepair.repair(&words, verbLemmas: ["sanction", "warn"], lemmatizer: try Lemmatizer.loadDefault())
        let word = try #require(words.first { $0.form == form })
        #expect((word.upos == "VERB" && word.xpos == "VBZ") == retagged, "\(Self.tags(words))")
    }

    @Test(arguments: [
        // A report-like plural before "that", read as a second verb after the clause's verb.
        ("Mexico/PROPN/NNP denied/VERB/VBD reports/VERB/VBZ that/SCONJ/IN banks/NOUN/NNS resist/VERB/VBP ./PUNCT/.", "reports", "NOUN/NNS"),
        ("Fillon/PROPN/NNP has/AUX/VBZ repeatedly/ADV/RB denied/VERB/VBN charges/VERB/VBZ that/SCONJ/IN he/PRON/PRP lied/VERB/VBD", "charges", "NOUN/NNS"),
        // The verb that reports it, read as a participle or an adjective between its subject and the noun.
        ("The/DET/DT company/NOUN/NN denied/VERB/VBN reports/NOUN/NNS that/SCONJ/IN it/PRON/PRP would/AUX/MD close/VERB/VB", "denied", "VERB/VBD"),
        ("Putin/PROPN/NNP again/ADV/RB rejected/ADJ/JJ allegations/NOUN/NNS that/SCONJ/IN Russia/PROPN/NNP cheated/VERB/VBD", "rejected", "VERB/VBD"),
        // Look-alikes: after a preposition, a possessive or an auxiliary the "-ed" word stays; a noun that is not
        // report-like, or one without "that", stays a verb.
        ("He/PRON/PRP cited/VERB/VBD on/ADP/IN published/VERB/VBN reports/NOUN/NNS that/SCONJ/IN it/PRON/PRP fell/VERB/VBD", "published", "VERB/VBN"),
        ("He/PRON/PRP repeated/VERB/VBD his/PRON/PRP$ unfounded/ADJ/JJ claims/NOUN/NNS that/SCONJ/IN it/PRON/PRP fell/VERB/VBD", "unfounded", "ADJ/JJ"),
        ("Russia/PROPN/NNP has/AUX/VBZ denied/VERB/VBN reports/NOUN/NNS that/SCONJ/IN it/PRON/PRP sent/VERB/VBD troops/NOUN/NNS", "denied", "VERB/VBN"),
        ("What/PRON/WP he/PRON/PRP said/VERB/VBD matters/VERB/VBZ that/SCONJ/IN much/ADV/RB", "matters", "VERB/VBZ"),
        ("Mexico/PROPN/NNP denied/VERB/VBD reports/VERB/VBZ of/ADP/IN losses/NOUN/NNS", "reports", "VERB/VBZ"),
    ])
    func aReportBeforeThatIsANounAndWhatReportsItAVerb(_ text: String, _ form: String, _ tag: String) throws {
        var words = Self.tagged(text)
        ContentNounRepair.repair(&words, nounLemmas: ["report", "charge", "allegation", "claim"], lemmatizer: try Lemmatizer.loadDefault())
        let word = try #require(words.first { $0.form == form })
        #expect("\(word.upos)/\(word.xpos)" == tag, "\(Self.tags(words))")
    }

    /// "in neighbouring Ethiopia": an adjective of the name; "Ethiopia, neighbouring Sudan, …" a verb.
    @Test(arguments: [
        ("killed/VERB/VBD people/NOUN/NNS in/SCONJ/IN neighbouring/VERB/VBG Ethiopia/PROPN/NNP", true),
        ("fled/VERB/VBD to/ADP/IN neighboring/VERB/VBG countries/NOUN/NNS", true),
        ("Ethiopia/PROPN/NNP ,/PUNCT/, neighbouring/VERB/VBG Sudan/PROPN/NNP ,/PUNCT/,", false),
    ])
    func neighbouringBeforeANameIsAnAdjective(_ text: String, _ retagged: Bool) throws {
        var words = Self.tagged(text)
        IngNounRepair.repair(&words)
        let word = try #require(words.first { $0.form.hasPrefix("neighbo") })
        #expect((word.upos == "ADJ") == retagged, "\(Self.tags(words))")
    }

    @Test(arguments: [
        // A verb that takes a clause, read as a plural noun between its subject and "that".
        ("The/DET/DT Polish/ADJ/JJ government/NOUN/NN fears/NOUN/NNS that/SCONJ/IN Russia/PROPN/NNP could/AUX/MD attack/VERB/VB", "fears", true),
        ("Poland/PROPN/NNP hopes/NOUN/NNS that/SCONJ/IN talks/NOUN/NNS resume/VERB/VBP ./PUNCT/.", "hopes", true),
        // Look-alikes: after a preposition or a possessive, a subject without a determiner, a verb before it, a
        // noun that takes no clause, or no "that".
        ("Amid/ADP/IN security/NOUN/NN fears/NOUN/NNS that/SCONJ/IN Russia/PROPN/NNP could/AUX/MD attack/VERB/VB", "fears", false),
        ("Poland/PROPN/NNP 's/PART/POS fears/NOUN/NNS that/SCONJ/IN Russia/PROPN/NNP could/AUX/MD attack/VERB/VB", "fears", false),
        ("Investor/NOUN/NN fears/NOUN/NNS that/SCONJ/IN prices/NOUN/NNS fall/VERB/VBP grew/VERB/VBD", "fears", false),
        ("There/PRON/EX are/AUX/VBP growing/VERB/VBG fears/NOUN/NNS that/SCONJ/IN Russia/PROPN/NNP could/AUX/MD attack/VERB/VB", "fears", false),
        ("The/DET/DT government/NOUN/NN plans/NOUN/NNS that/SCONJ/IN it/PRON/PRP drew/VERB/VBD", "plans", false),
        ("The/DET/DT Polish/ADJ/JJ government/NOUN/NN fears/NOUN/NNS more/ADJ/JJR attacks/NOUN/NNS", "fears", false),
        // A control verb before a "to" infinitive; not after a possessive, nor before a "to" phrase.
        ("NASA/PROPN/NNP plans/NOUN/NNS to/PART/TO launch/VERB/VB a/DET/DT rocket/NOUN/NN", "plans", true),
        ("The/DET/DT ministry/NOUN/NN hopes/NOUN/NNS to/PART/TO sign/VERB/VB it/PRON/PRP", "hopes", true),
        ("Poland/PROPN/NNP 's/PART/POS plans/NOUN/NNS to/PART/TO build/VERB/VB a/DET/DT wall/NOUN/NN", "plans", false),
        ("The/DET/DT company/NOUN/NN plans/NOUN/NNS to/ADP/IN the/DET/DT market/NOUN/NN", "plans", false),
    ])
    func aClauseVerbBeforeThatIsAVerb(_ text: String, _ form: String, _ retagged: Bool) throws {
        var words = Self.tagged(text)
        ClauseVerbRepair.repair(&words, verbLemmas: ["fear", "hope", "say"], controlVerbLemmas: ["plan", "hope"],
                                lemmatizer: try Lemmatizer.loadDefault())
        let word = try #require(words.first { $0.form == form })
        #expect((word.upos == "VERB" && word.xpos == "VBZ") == retagged, "\(Self.tags(words))")
    }

    @Test(arguments: [
        ("Iran/PROPN/NNP did/AUX/VBD at/ADP/IN one/NUM/CD point/NOUN/NN supply/NOUN/NN drones/NOUN/NNS ./PUNCT/.", "supply", true),
        ("It/PRON/PRP does/AUX/VBZ indeed/ADV/RB supply/NOUN/NN gas/NOUN/NN ./PUNCT/.", "supply", true),
        // "did" with an object of its own, and a time phrase's noun followed by the clause's subject.
        ("They/PRON/PRP did/VERB/VBD the/DET/DT supply/NOUN/NN run/NOUN/NN ./PUNCT/.", "supply", false),
        ("They/PRON/PRP did/VERB/VBD so/ADV/RB in/ADP/IN the/DET/DT past/ADJ/JJ year/NOUN/NN sales/NOUN/NNS rose/VERB/VBD ./PUNCT/.", "year", false),
    ])
    func theVerbAfterAnEmphaticDoIsAVerb(_ text: String, _ form: String, _ retagged: Bool) throws {
        var words = Self.tagged(text)
        EmphaticVerbRepair.repair(&words)
        let word = try #require(words.first { $0.form == form })
        #expect((word.upos == "VERB") == retagged, "\(Self.tags(words))")
    }

    /// An "-ing" word English has only as a noun is a noun; one with a verb of its own keeps the tagger's verb.
    @Test(arguments: [
        ("They/PRON/PRP denied/VERB/VBD wrongdoing/VERB/VBG ./PUNCT/.", "wrongdoing", "NOUN/NN"),
        ("They/PRON/PRP voiced/VERB/VBD misgivings/VERB/VBZ ./PUNCT/.", "misgivings", "NOUN/NNS"),
        ("They/PRON/PRP denied/VERB/VBD giving/VERB/VBG money/NOUN/NN ./PUNCT/.", "giving", "VERB/VBG"),
        // "ranking" before the member it grades; a verb elsewhere.
        ("The/DET/DT committee/NOUN/NN 's/PART/POS ranking/VERB/VBG member/NOUN/NN Adam/PROPN/NNP", "ranking", "ADJ/JJ"),
        ("It/PRON/PRP is/AUX/VBZ ranking/VERB/VBG players/NOUN/NNS ./PUNCT/.", "ranking", "VERB/VBG"),
    ])
    func anIngWordThatIsOnlyANounIsANoun(_ text: String, _ form: String, _ tag: String) throws {
        var words = Self.tagged(text)
        IngNounRepair.repair(&words)
        let word = try #require(words.first { $0.form == form })
        #expect("\(word.upos)/\(word.xpos)" == tag, "\(Self.tags(words))")
    }

    /// A verb form in a descriptor before a name is a noun ("US swimming legend Michael Phelps", "the US chemicals
    /// company Cabot"); a headline's verb stays one ("Germany refutes isolationism G20 …").
    @Test(arguments: [
        ("US/PROPN/NNP swimming/VERB/VBG legend/NOUN/NN Michael/PROPN/NNP Phelps/PROPN/NNP called/VERB/VBD", "swimming", "NOUN/NN"),
        ("The/DET/DT US/PROPN/NNP chemicals/VERB/VBZ company/NOUN/NN Cabot/PROPN/NNP grew/VERB/VBD", "chemicals", "NOUN/NNS"),
        ("Germany/PROPN/NNP refutes/VERB/VBZ isolationism/NOUN/NN G20/PROPN/NNP host/NOUN/NN", "refutes", "VERB/VBZ"),
    ])
    func aVerbFormInADescriptorBeforeANameIsANoun(_ text: String, _ form: String, _ tag: String) throws {
        var words = Self.tagged(text)
        DescriptorNounRepair.repair(&words)
        let word = try #require(words.first { $0.form == form })
        #expect("\(word.upos)/\(word.xpos)" == tag, "\(Self.tags(words))")
    }

    /// "won" after an amount is the currency ("donated 20 million won to", "paid 50,000 won for"); after a number
    /// that is no verb's or preposition's, or after a noun, it is the verb.
    @Test(arguments: [
        ("Kim/PROPN/NNP donated/VERB/VBD 20/NUM/CD million/NUM/CD won/VERB/VBD to/ADP/IN charities/NOUN/NNS", "NOUN/NN"),
        ("He/PRON/PRP paid/VERB/VBD 50,000/NUM/CD won/VERB/VBD for/ADP/IN it/PRON/PRP", "NOUN/NN"),
        ("Of/ADP/IN the/DET/DT seats/NOUN/NNS ,/PUNCT/, 180/NUM/CD won/VERB/VBD", "VERB/VBD"),
        ("The/DET/DT party/NOUN/NN won/VERB/VBD 120/NUM/CD seats/NOUN/NNS", "VERB/VBD"),
    ])
    func wonAfterAnAmountIsTheCurrency(_ text: String, _ tag: String) throws {
        var words = Self.tagged(text)
        CurrencyNounRepair.repair(&words)
        let word = try #require(words.first { $0.form == "won" })
        #expect("\(word.upos)/\(word.xpos)" == tag, "\(Self.tags(words))")
    }

    /// A noun after the infinitive's "to" with a phrase it could govern is a verb ("tried to influence the vote");
    /// after a "to" the tagger read as a preposition, or before a verb or a preposition, it stays a noun.
    @Test(arguments: [
        ("Moscow/PROPN/NNP tried/VERB/VBD to/PART/TO influence/NOUN/NN the/DET/DT vote/NOUN/NN", "influence", "VERB/VB"),
        ("She/PRON/PRP wants/VERB/VBZ to/PART/TO fund/NOUN/NN his/PRON/PRP$ campaign/NOUN/NN", "fund", "VERB/VB"),
        ("It/PRON/PRP plans/VERB/VBZ to/PART/TO channel/NOUN/NN Chinese/ADJ/JJ money/NOUN/NN", "channel", "VERB/VB"),
        ("Reports/NOUN/NNS to/PART/TO date/NOUN/NN suggest/VERB/VBP otherwise/ADV/RB", "date", "NOUN/NN"),
        ("He/PRON/PRP went/VERB/VBD to/PART/TO trial/NOUN/NN for/ADP/IN fraud/NOUN/NN", "trial", "NOUN/NN"),
        ("He/PRON/PRP went/VERB/VBD to/ADP/IN court/NOUN/NN the/DET/DT next/ADJ/JJ day/NOUN/NN", "court", "NOUN/NN"),
    ])
    func aNounAfterTheInfinitiveMarkerIsAVerb(_ text: String, _ form: String, _ tag: String) throws {
        var words = Self.tagged(text)
        InfinitiveVerbRepair.repair(&words)
        let word = try #require(words.first { $0.form == form })
        #expect("\(word.upos)/\(word.xpos)" == tag, "\(Self.tags(words))")
    }

    /// News capitalises its names: a lower-case proper noun outside every name is a common noun, unless it is a
    /// particle of a name ("al", "von").
    @Test func aLowerCaseProperNounOutsideANameIsACommonNoun() {
        var words = Self.tagged("The/DET/DT ministry/PROPN/NNP and/CCONJ/CC al/PROPN/NNP Gazprom/PROPN/NNP agreed/VERB/VBD ./PUNCT/.")
        words[1].entity = "O"
        NameTagRepair.repair(&words)
        #expect(words[1].upos == "NOUN" && words[1].xpos == "NN")
        #expect(words[3].upos == "PROPN")
        #expect(words[4].upos == "PROPN")
    }
}
