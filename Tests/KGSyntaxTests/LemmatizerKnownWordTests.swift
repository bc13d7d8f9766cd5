import Foundation
import KGText
import Testing

@testable import KGSyntax

/// Unseen regular inflections: the lemmatizer prefers candidate lemmas that are known words.
@Suite("Lemmatizer known words")
struct LemmatizerKnownWordTests {
    /// News verbs as (lemma, -ed form, -ing form, -s form); most of these forms are not in EWT train.
    static let newsVerbs: [(String, String, String, String)] = [
        ("invade", "invaded", "invading", "invades"), ("raid", "raided", "raiding", "raids"),
        ("shell", "shelled", "shelling", "shells"), ("sanction", "sanctioned", "sanctioning", "sanctions"),
        ("annex", "annexed", "annexing", "annexes"), ("veto", "vetoed", "vetoing", "vetoes"),
        ("bomb", "bombed", "bombing", "bombs"), ("deploy", "deployed", "deploying", "deploys"),
        ("evacuate", "evacuated", "evacuating", "evacuates"), ("mobilise", "mobilised", "mobilising", "mobilises"),
        ("mobilize", "mobilized", "mobilizing", "mobilizes"), ("condemn", "condemned", "condemning", "condemns"),
        ("besiege", "besieged", "besieging", "besieges"), ("detain", "detained", "detaining", "detains"),
        ("deport", "deported", "deporting", "deports"), ("oust", "ousted", "ousting", "ousts"),
        ("topple", "toppled", "toppling", "topples"), ("seize", "seized", "seizing", "seizes"),
        ("airlift", "airlifted", "airlifting", "airlifts"), ("blockade", "blockaded", "blockading", "blockades"),
        ("loot", "looted", "looting", "loots"), ("torch", "torched", "torching", "torches"),
        ("ambush", "ambushed", "ambushing", "ambushes"), ("impeach", "impeached", "impeaching", "impeaches"),
        ("indict", "indicted", "indicting", "indicts"), ("extradite", "extradited", "extraditing", "extradites"),
        ("repel", "repelled", "repelling", "repels"), ("quell", "quelled", "quelling", "quells"),
        ("wage", "waged", "waging", "wages"), ("rally", "rallied", "rallying", "rallies"),
        ("ratify", "ratified", "ratifying", "ratifies"), ("broker", "brokered", "brokering", "brokers"),
        ("hijack", "hijacked", "hijacking", "hijacks"), ("kidnap", "kidnapped", "kidnapping", "kidnaps"),
        ("shun", "shunned", "shunning", "shuns"), ("retaliate", "retaliated", "retaliating", "retaliates"),
        ("expel", "expelled", "expelling", "expels"), ("lobby", "lobbied", "lobbying", "lobbies"),
        ("embargo", "embargoed", "embargoing", "embargoes"), ("plan", "planned", "planning", "plans"),
    ]

    /// Every news verb form with its tag: (form, XPOS, lemma).
    static let newsVerbForms: [(String, String, String)] = newsVerbs.flatMap { lemma, past, progressive, present in
        [(past, "VBD", lemma), (past, "VBN", lemma), (progressive, "VBG", lemma), (present, "VBZ", lemma)]
    }

    @Test(arguments: newsVerbForms)
    func bundledModelLemmatizesNewsVerbs(form: String, xpos: String, lemma: String) throws {
        let lemmatizer = try Lemmatizer.loadDefault()
        #expect(lemmatizer.lemma(of: form, upos: "VERB", xpos: xpos) == lemma)
    }

    @Test(arguments: [
        ("analyses", "analysis"), ("crises", "crisis"), ("sanctions", "sanction"), ("prognoses", "prognosis"),
        ("oases", "oasis"), ("diagnoses", "diagnosis"), ("theses", "thesis"), ("potatoes", "potato"),
        ("embargoes", "embargo"), ("headaches", "headache"), ("politics", "politics"),
        ("airstrikes", "airstrike"), ("Sanctions", "sanction"), ("militias", "militia"), ("hostages", "hostage"),
    ])
    func bundledModelLemmatizesPluralNouns(form: String, lemma: String) throws {
        let lemmatizer = try Lemmatizer.loadDefault()
        #expect(lemmatizer.lemma(of: form, upos: "NOUN", xpos: "NNS") == lemma)
    }

    @Test(arguments: [
        ("Invaded", "VBN", "invade"), ("hoped", "VBD", "hope"), ("went", "VBD", "go"), ("dying", "VBG", "die"),
        ("TOPPLED", "VBD", "topple"), ("accused", "VBN", "accuse"),
        // Spelling decides between two words: "scar" would have made "scarred", "sing" would have made "sang".
        ("scared", "VBN", "scare"), ("staring", "VBG", "stare"), ("scarred", "VBN", "scar"),
        ("bathed", "VBD", "bathe"), ("singed", "VBD", "singe"), ("moped", "VBD", "mope"),
        ("centred", "VBN", "centre"), ("focussed", "VBD", "focus"),
    ])
    func bundledModelKeepsIrregularAndCapitalizedForms(form: String, xpos: String, lemma: String) throws {
        let lemmatizer = try Lemmatizer.loadDefault()
        #expect(lemmatizer.lemma(of: form, upos: "VERB", xpos: xpos) == lemma)
    }

    @Test(arguments: [
        ("raided", "VBD", ["raid", "raide"]),
        ("hoped", "VBD", ["hope", "hop"]),
        ("bathed", "VBD", ["bathe", "bath"]),
        ("planned", "VBN", ["plann", "planne", "plan"]),
        ("carried", "VBD", ["carry", "carri", "carrie"]),
        ("invading", "VBG", ["invade", "invad"]),
        ("dying", "VBG", ["dy", "dye", "die"]),
        ("annexes", "VBZ", ["annex", "annexe"]),
        ("invades", "VBZ", ["invade", "invad"]),
        ("crises", "NNS", ["crisis", "crise", "cris"]),
        ("lobbies", "NNS", ["lobby", "lobbie", "lobbi"]),
        ("raided", "NN", []),
        ("Raided", "VBD", []),
        ("shed", "VBD", []),
    ])
    func candidatesFollowEnglishSpelling(form: String, xpos: String, candidates: [String]) {
        #expect(InflectionCandidates.of(form, xpos: xpos) == candidates)
    }

    @Test func wordListChoosesBetweenCandidates() {
        // The tiny treebank's VBD rule strips "ed" (sanctioned, played, walked), which makes "invaded" → "invad".
        let without = LemmatizerTrainer().train(on: TaggerTestSupport.tinyTreebank)
        #expect(without.lemma(of: "invaded", upos: "VERB", xpos: "VBD") == "invad")
        let with = LemmatizerTrainer().train(on: TaggerTestSupport.tinyTreebank, wordList: ["invade", "Raid", "x"])
        #expect(with.lemma(of: "invaded", upos: "VERB", xpos: "VBD") == "invade")
        #expect(with.lemma(of: "raided", upos: "VERB", xpos: "VBD") == "raid")  // the rule's lemma, though unknown
        #expect(with.lemma(of: "invaded", upos: "VERB", xpos: "JJ") == "invaded")  // not an inflection tag
        // Training lemmas count too: "walk" comes from "walked".
        #expect(with.lemma(of: "walking", upos: "VERB", xpos: "VBG") == "walk")
    }

    @Test func wordListKeepsOnlyLowercaseWordsOfThreeOrMoreLetters() {
        let lemmatizer = LemmatizerTrainer().train(
            on: TaggerTestSupport.tinyTreebank, wordList: ["raid", "Raid", "pl", "don't", "café", "cat"])
        #expect(lemmatizer.wordList.contains("raid"))
        #expect(!lemmatizer.wordList.contains("pl"))
        #expect(!lemmatizer.wordList.contains("don't"))
        #expect(lemmatizer.wordList.count == 1)  // "cat" is a training lemma already
        #expect(lemmatizer.trainingLemmas.contains("cat"))
    }

    @Test func savedModelKeepsItsWordList() throws {
        let lemmatizer = LemmatizerTrainer().train(on: TaggerTestSupport.tinyTreebank, wordList: ["raid", "loot"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lemmatizer-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        try lemmatizer.save(to: url)
        let loaded = try Lemmatizer.load(from: url)
        #expect(loaded.encoded() == lemmatizer.encoded())
        #expect(loaded.lemma(of: "looted", upos: "VERB", xpos: "VBN") == "loot")
        let again = LemmatizerTrainer().train(on: TaggerTestSupport.tinyTreebank, wordList: ["loot", "raid"])
        #expect(again.encoded() == lemmatizer.encoded())
    }

    @Test func bundledModelStaysCompact() throws {
        let url = try BundledModelFile.url(named: "lemmatizer.bin")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(size < 2_000_000)
        #expect(try Lemmatizer.loadDefault().wordList.count > 30_000)
    }

    /// An irregular past the rules cannot undo: a prefix on an irregular verb of the tables, a short "-ied", a
    /// past tense that is its own base form ("shed", which the rules made "sh").
    @Test(arguments: [("misled", "mislead"), ("lied", "lie"), ("outran", "outrun"), ("fled", "flee"), ("bled", "bleed"), ("fed", "feed"), ("sped", "speed"),
                      ("shed", "shed")])
    func prefixedIrregularPastTenses(form: String, lemma: String) throws {
        let lemmatizer = try Lemmatizer.loadDefault()
        #expect(lemmatizer.lemma(of: form, upos: "VERB", xpos: "VBD") == lemma)
    }

    /// An irregular past the tables know only under the other past tag: "fought" as a past tense is the participle's
    /// fight (the rules alone made it "fing", after brought → bring), the participle "swept" the past tense's sweep.
    @Test(arguments: [
        ("fought", "fight"), ("caught", "catch"), ("taught", "teach"), ("sought", "seek"), ("bought", "buy"), ("brought", "bring"),
        ("held", "hold"), ("led", "lead"), ("won", "win"), ("struck", "strike"), ("dealt", "deal"), ("meant", "mean"),
        ("hung", "hang"), ("swept", "sweep"), ("slept", "sleep"), ("lent", "lend"), ("spent", "spend"),
        ("built", "build"), ("sent", "send"), ("stood", "stand"), ("understood", "understand"), ("wept", "weep"), ("fled", "flee"), ("sold", "sell"), ("told", "tell"),
    ])
    func irregularPastsUnderEitherTag(form: String, lemma: String) throws {
        let lemmatizer = try Lemmatizer.loadDefault()
        for xpos in ["VBD", "VBN"] {
            let found = lemmatizer.lemma(of: form, upos: "VERB", xpos: xpos)
            #expect(found == lemma, "\(form)/\(xpos) → \(found)")
        }
    }

    /// Both "-er" and "-ere" are words: an unstressed "-er" never doubles, so the "-ed" form is the "-er" verb's;
    /// a stressed one-syllable stem still takes its "e" ("scared").
    @Test(arguments: [("severed", "sever"), ("hovered", "hover"), ("scared", "scare")])
    func pastTensesOfVerbsInEr(form: String, lemma: String) throws {
        let lemmatizer = try Lemmatizer.loadDefault()
        #expect(lemmatizer.lemma(of: form, upos: "VERB", xpos: "VBD") == lemma)
    }
}
