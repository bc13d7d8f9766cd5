import Testing
import KGCore
import KGExtraction
import KGSyntax
import KGText

/// A short document and what one argument in it must resolve to once the whole document is read.
struct DocumentCase: CustomStringConvertible, Sendable {
    var text: String
    /// The argument's words as written, and whether it is a subject (else the speaker of an attribution).
    var mention: String
    var entity: String?
    var coreferent: Bool
    var asSpeaker = false
    /// The argument is an object (of the first assertion whose object it is).
    var asObject = false

    var description: String { "\"\(mention)\" in \"\(text)\" → \(entity ?? "nil")\(coreferent ? " (coreferent)" : "")" }
}

/// Person-name variants, acronyms defined in the text, and conservative coreference in subject position,
/// through the real models.
@Suite struct DocumentResolutionTests {
    static let pipeline: (SyntaxAnnotator, SyntaxExtractor)? = {
        guard let gazetteer = try? Gazetteer.bundled(), let annotator = try? SyntaxAnnotator.loadDefault(for: gazetteer) else { return nil }
        return (annotator, SyntaxExtractor(gazetteer: gazetteer, caseProfile: annotator.entityTagger?.caseProfile))
    }()

    static func assertions(_ text: String, id: String = "doc") throws -> [Assertion] {
        let (annotator, extractor) = try #require(pipeline, "the bundled models or gazetteer did not load")
        var document = Document(info: DocumentInfo(id: id, sourcePath: "-", contentHash: ""), text: text)
        document.sentences = SentenceSplitter().split(text)
        annotator.annotate(&document.sentences)
        return extractor.extractAssertions(from: document)
    }

    static let variants: [DocumentCase] = [
        // An organisation's office is the person the article named with it, not the organisation.
        .init(text: "National Front leader Marine Le Pen spoke in Lyon on Sunday. The National Front leader has employed similar tactics.",
              mention: "The National Front leader", entity: "Marine Le Pen", coreferent: true),
        // Of several people with the surname, a bare one is not a relative the article introduced after a relational
        // noun, and is the one named in full most often.
        .init(text: "Anna Novak met the press on Monday. Her husband, Peter Novak, stood beside her. Novak criticised the ministry.",
              mention: "Novak", entity: "Anna Novak", coreferent: false),
        .init(text: "Chuck Berry died on Saturday. The singer recorded an album with his children Charles Berry Jr. and Ingrid Berry. Chuck Berry dedicated the album to his wife of 68 years, Themetta Berry. Berry popularized rock and roll.",
              mention: "Berry", entity: "Chuck Berry", coreferent: false),
        .init(text: "John Kirby spoke on Friday. Kirby accused Russia of lying.", mention: "Kirby", entity: "John Kirby", coreferent: false),
        // A king named by his given name is not his son named in full ("Mohammed bin Salman").
        .init(text: "Crown Prince Mohammed bin Salman met Trump on Tuesday. Saudi King Salman met Xi Jinping in Beijing.", mention: "Saudi King Salman",
              entity: "King Salman", coreferent: false),
        // A surname with its particle, titled, capitalised or not.
        .init(text: "UN envoy Staffan de Mistura opened the talks. Mr de Mistura met the Syrian delegation.", mention: "Mr de Mistura",
              entity: "Staffan de Mistura", coreferent: false),
        .init(text: "UN envoy Staffan de Mistura opened the talks. Later, de Mistura urged Russia to press Damascus.", mention: "de Mistura",
              entity: "Staffan de Mistura", coreferent: false),
        .init(text: "UN envoy Staffan de Mistura opened the talks. De Mistura also met Iranian officials.", mention: "De Mistura",
              entity: "Staffan de Mistura", coreferent: false),
        .init(text: "John Kirby spoke on Friday. Mr Kirby accused Russia of lying.", mention: "Mr Kirby", entity: "John Kirby", coreferent: false),
        .init(text: "Hossein Amir-Abdollahian arrived in Moscow. Amir-Abdollahian criticised the West.", mention: "Amir-Abdollahian", entity: "Hossein Amir-Abdollahian", coreferent: false),
        // A generation after the surname: "Reyes" is Antonio Reyes IV.
        .init(text: "Antonio Reyes IV spoke on Friday. Reyes criticised the plan.", mention: "Reyes", entity: "Antonio Reyes IV", coreferent: false),
        .init(text: "John Kirby spoke on Friday. Kirby said that Russia bought drones.", mention: "Kirby", entity: "John Kirby", coreferent: false, asSpeaker: true),
        // Words news writes in lower case, glued before the surname of the one person named in full (a headline's
        // "Strident Trump"), are no part of the name; a given name is ("Mark Kelly" is not John Kelly).
        .init(text: "Donald Trump spoke on Monday. Strident Trump attacked the media.", mention: "Strident Trump", entity: "Donald Trump", coreferent: false),
        .init(text: "John Kelly spoke on Monday. Mark Kelly attacked the media.", mention: "Mark Kelly", entity: "Mark Kelly", coreferent: false),
        // A family name the sentence read as a word ("yuan" is a currency) is still the person named before.
        .init(text: "Professor Yuan Xin spoke on Monday. Yuan suggested the government introduce support measures.", mention: "Yuan", entity: "Yuan Xin", coreferent: false),
        // A stray bracket at the end of a name is no part of it.
        .init(text: "Theresa May met Nicola Sturgeon on Monday. Ms Sturgeon added: \"So let her [Mrs May} set out when she thinks it would be right,\" she said.", mention: "Mrs May", entity: "Theresa May", coreferent: false),
        // A possessive description is its owner named before: "the ministry's spokeswoman".
        .init(text: "The Russian Interior Ministry opened an investigation on Monday. Irina Volk, the ministry's spokeswoman, criticized Ukraine.",
              mention: "the ministry's", entity: "Russian Interior Ministry", coreferent: true, asObject: true),
        // An office of a country, described by its demonym or its possessive, is the one person named before with that
        // office of that country; another country's is that country.
        .init(text: "Japanese Foreign Minister Taro Mori met Chinese officials in Beijing. The Japanese foreign minister later criticised North Korea.",
              mention: "The Japanese foreign minister", entity: "Taro Mori", coreferent: true),
        .init(text: "Japanese Foreign Minister Taro Mori met Chinese officials in Beijing. North Korea criticised Japan's foreign minister.",
              mention: "Japan's foreign minister", entity: "Taro Mori", coreferent: true, asObject: true),
        .init(text: "Japanese Foreign Minister Taro Mori met Chinese officials in Beijing. The Chinese foreign minister later criticised North Korea.",
              mention: "The Chinese foreign minister", entity: "China", coreferent: false),
        // "US" in capitals is the country by name, not the pronoun "us".
        .init(text: "China warned Japan on Monday. US criticised China.", mention: "US", entity: "United States", coreferent: false),
        .init(text: "Japan protested on Monday. China warned US.", mention: "US", entity: "United States", coreferent: false, asObject: true),
        // Acronyms the text defines.
        .init(text: "The National Security Council (NSC) met on Monday. The NSC approved the plan.", mention: "The NSC", entity: "National Security Council", coreferent: false),
        // An expansion the parser split ("Migration" hung on the rest) still stands for the whole name.
        .init(text: "Thousands fled western Mosul, the International Organization for Migration (IOM) said. The IOM criticised Iraq.",
              mention: "The IOM", entity: "International Organization for Migration", coreferent: false),
    ]

    static let references: [DocumentCase] = [
        // "the Turkish leader" is the one head of Turkey's government the article named, not Turkey; with both a
        // president and a prime minister named, no one.
        .init(text: "Turkish President Recep Tayyip Erdogan arrived in Berlin on Monday. Merkel later met the Turkish leader.",
              mention: "the Turkish leader", entity: "Recep Tayyip Erdogan", coreferent: true, asObject: true),
        .init(text: "Turkish President Recep Tayyip Erdogan and Turkish Prime Minister Binali Yildirim arrived in Berlin. Merkel later met the Turkish leader.",
              mention: "the Turkish leader", entity: "Turkey", coreferent: false, asObject: true),
        .init(text: "Hossein Amir-Abdollahian met Sergei Lavrov in Moscow. He criticised the West.", mention: "He", entity: "Hossein Amir-Abdollahian", coreferent: true),
        .init(text: "Angela Merkel arrived in Kiev on Monday. She praised the government.", mention: "She", entity: "Angela Merkel", coreferent: true),
        .init(text: "John Kirby briefed reporters. He said that Russia bought drones from Iran.", mention: "He", entity: "John Kirby", coreferent: false, asSpeaker: true),
        .init(text: "Iran rejected the report on Monday. They accused Washington of lying.", mention: "They", entity: "Iran", coreferent: true),
        // A nationality before a name describes the person, who acts ("Frenchman" is no France).
        .init(text: "Frenchman Pierre Dubois, who was shot dead at the airport, had attacked a soldier.", mention: "Frenchman Pierre Dubois",
              entity: "Pierre Dubois", coreferent: false),
        // A given name alone is the one person named in full with it before; not when two people share it.
        .init(text: "Deputy chief of staff Anna Berg is leaving the White House. Senior adviser Tom Ruiz added: \"I'm very supportive of Anna.\"",
              mention: "Anna", entity: "Anna Berg", coreferent: false, asObject: true),
        .init(text: "Anna Berg met Anna Novak on Monday. Tom Ruiz said: \"I'm very supportive of Anna.\"",
              mention: "Anna", entity: "Anna", coreferent: false, asObject: true),
        // The one whose title another name owns speaks: "Berg senior adviser Tom Ruiz added" is Ruiz's.
        .init(text: "President Anna Berg met reporters. Berg senior adviser Tom Ruiz added: \"I am very supportive of Peter Lang.\"",
              mention: "I", entity: "Tom Ruiz", coreferent: true),
        // A person's "it" is the country or body their sentence has as a subject before it; none, no one.
        .init(text: "Prime Minister Anna Berg has said Finland faces a defining moment as it leaves the European Union.", mention: "it",
              entity: "Finland", coreferent: true),
        .init(text: "Finland joined the talks. Prime Minister Anna Berg said it would never leave the European Union.", mention: "it",
              entity: nil, coreferent: false),
        .init(text: "Iranian Foreign Minister Hossein Amir-Abdollahian visited Moscow. The minister criticised the sanctions.", mention: "The minister", entity: "Hossein Amir-Abdollahian", coreferent: true),
        .init(text: "Iranian Foreign Minister Hossein Amir-Abdollahian visited Moscow. His country signed a deal with Russia.", mention: "His country", entity: "Iran", coreferent: true),
        // The pronoun of reported speech is the speaker: one the sentence describes by a role and does not name is
        // nobody named before ("officials" are several, so "he" is someone else).
        .init(text: "Peter Keller arrived on Monday. A spokesman for the company said he would resign.", mention: "he", entity: nil, coreferent: false),
        .init(text: "A top aide to Chancellor Angela Merkel said she is leaving the government.", mention: "she", entity: nil, coreferent: false),
        // "Mr Kessel", even after it, tells the gender of the only Kessel named in full: "She" is not Sorley Kessel, and
        // "Mr Kessel" stays him.
        .init(text: "Sorley Kessel met the commissioner on Monday. She said the plan would fail. Mr Kessel said it would work.", mention: "She", entity: nil, coreferent: false, asSpeaker: true),
        // A subject pronoun is none of the people its own clause acts on; in its sentence it prefers the subject
        // before it to a nearer object.
        .init(text: "Joe Biden criticised Donald Trump on Monday. Although he did not mention Trump by name, he blasted the administration.", mention: "he", entity: "Joe Biden", coreferent: true),
        .init(text: "John Barrett wrote a letter to Ken Ruane and he was pointing out the risks.", mention: "he", entity: "John Barrett", coreferent: true),
        // A pronoun subject of a clause put first refers ahead to the main clause's named subject, over anyone named
        // before; not when its gender says otherwise, nor from a clause that comes after.
        .init(text: "Peter Lang met the committee on Monday. Although he did not mention Alvarez by name, Senator Tom Ruiz criticised the policy.", mention: "he", entity: "Tom Ruiz", coreferent: true),
        .init(text: "Peter Lang met the committee on Monday. When she arrived in Berlin, Chancellor Maria Weber praised France.", mention: "she", entity: "Maria Weber", coreferent: true),
        .init(text: "The committee met on Monday. When she arrived in Berlin, Mr Tom Ruiz praised France.", mention: "she", entity: nil, coreferent: false),
        .init(text: "Peter Lang met the committee on Monday. Tom Ruiz praised France when he arrived in Berlin.", mention: "he", entity: "Tom Ruiz", coreferent: true),
        // A place with a day glued to it ("New York Thursday") is the place, never a person "he" could be.
        .init(text: "Anna Berg met Peter Keller on Monday. At a rally in New York Thursday, the crowd cheered. He said the plan would fail.", mention: "He", entity: "Peter Keller", coreferent: true, asSpeaker: true),
        .init(text: "Sorley Kessel met the commissioner on Monday. She said the plan would fail. Mr Kessel said it would work.", mention: "Mr Kessel", entity: "Sorley Kessel", coreferent: false, asSpeaker: true),
        .init(text: "Peter Keller arrived on Monday. Officials said he would resign.", mention: "he", entity: "Peter Keller", coreferent: true),
        // A description naming someone else in its "to"/"of" phrase is not that person.
        .init(text: "An adviser to President Emmanuel Macron met the Chinese ambassador.", mention: "An adviser to President Emmanuel Macron", entity: nil, coreferent: false),
        // Nothing to refer to: the pronoun stays unresolved rather than guessed.
        .init(text: "The weather was bad. He criticised the plan.", mention: "He", entity: nil, coreferent: false),
        // A name in between is the antecedent: no jump back to the person named before it. (Was: nil, while
        // "Valovaya" was an unknown word; the named-entity tagger now types it a person, and "she" in her own
        // reported speech is the speaker, as in "He said he …".)
        .init(text: "John Kirby spoke on Friday. Valovaya said that she rejected the plan.", mention: "she", entity: "Valovaya", coreferent: true),
        // An object pronoun is never its own clause's subject: the nearest other person is meant.
        .init(text: "Anna Novak met Peter Smith on Monday. Novak praised him.", mention: "him", entity: "Peter Smith", coreferent: true, asObject: true),
        .init(text: "Peter Smith met Anna Novak on Monday. She thanked him.", mention: "him", entity: "Peter Smith", coreferent: true, asObject: true),
        // Also when the subject is a surname the article never gives in full: that unresolved name is still the
        // subject, not the antecedent (was: "him" took the subject's place and resolved to no one).
        .init(text: "Mark Novak asked a question. Trump told him to sit down.", mention: "him", entity: "Mark Novak", coreferent: true, asObject: true),
        .init(text: "Anna Novak asked a question. Trump praised him.", mention: "him", entity: nil, coreferent: false, asObject: true),
        // A role or body described with a phrase the parser hung on it is still the role; a capitalised name is not.
        .init(text: "Chancellor Anna Novak arrived in Ankara. Erdogan criticised the chancellor for her remarks.",
              mention: "the chancellor for her remarks", entity: "Anna Novak", coreferent: true, asObject: true),
        .init(text: "The Social Democratic Party won the election. Voters deserted the party in droves.",
              mention: "the party in droves", entity: "Social Democratic Party", coreferent: true, asObject: true),
        // Bare "police" after the one police force the article names.
        .init(text: "The Lorain Police Department found the child. Police arrested the father on Tuesday.",
              mention: "Police", entity: "Lorain Police Department", coreferent: true),
        // "His opponent Hillary Clinton": whose opponent is the person "his" refers to, never the one named.
        .init(text: "Donald Trump attacked the press on Monday. His opponent Hillary Clinton criticised the plan.", mention: "His", entity: "Donald Trump", coreferent: true, asObject: true),
        // A title with no country is still an office: "the president" is the one named with it, and not the vice president.
        .init(text: "President Anna Novak met Vice President Peter Smith on Monday. The president criticised the media.", mention: "The president", entity: "Anna Novak", coreferent: true),
        .init(text: "President Anna Novak met Vice President Peter Smith on Monday. The vice president praised the plan.", mention: "The vice president", entity: "Peter Smith", coreferent: true),
        // Inside reported speech, "I" is the speaker.
        .init(text: "\"I have asked the European Union for help,\" Hassan Rouhani said on Friday.", mention: "I", entity: "Hassan Rouhani", coreferent: true),
        .init(text: "Maria Lopez criticised the plan. \"I will sue the ministry,\" she said.", mention: "I", entity: "Maria Lopez", coreferent: true),
        // A surname alone after "Mr. X" still names the full name given before ("Mr. Polanski" names no one else).
        .init(text: "The court reviewed the case against director Roman Kowal. \"Mr. Kowal is 83 years old,\" his lawyer said. Prosecutors said that Kowal must appear in court. \"He forfeited his right,\" said the office.", mention: "He", entity: "Roman Kowal", coreferent: true),
        // A role noun titling the next name is no office of the subject: "the president" is Trump, not Ross.
        .init(text: "President Donald Trump named Wilbur Ross on Monday. Mr Ross will be President Donald Trump's top official on trade. The president praised the choice.", mention: "The president", entity: "Donald Trump", coreferent: true),
        // Inside the speaker's own quoted words, "he" is someone else.
        .init(text: "Pedro Alvarez met Juan Ortiz on Monday. \"He will not accept my challenge,\" Ortiz said.", mention: "He", entity: "Pedro Alvarez", coreferent: true),
        // ... also inside a speech verb the quotation gives someone else, when the speaker is named after it; but
        // one named inside the quotation before "he" may be him.
        .init(text: "Police arrested Peter Lund on Monday. Commissioner Andrew Colvin said officers would charge Lund. \"We will also allege that he has been designing weapons,\" Colvin said.",
              mention: "he", entity: "Peter Lund", coreferent: true),
        .init(text: "Anna Berg met Peter Lund on Monday. \"Lund could argue that he was joking,\" said Tom Weber.", mention: "he", entity: "Peter Lund", coreferent: true),
        // ... and in the sentences a quotation runs on into, which go on with its speaker.
        .init(text: "Peter Lund died on Monday. His colleague Tom Weber described Lund as a family man. \"Lund helped everyone in the village,\" Weber said. \"He had a nice family. He loved his children.\"",
              mention: "He", entity: "Peter Lund", coreferent: true),
        // An apostrophe typed as a straight quote opens no quotation: "he" after it may be the speaker.
        .init(text: "Peter Lund met Tom Weber in Oslo. Weber said it wouldn\"t matter until he had exhausted his options.",
              mention: "he", entity: "Tom Weber", coreferent: true),
        // Outside it, "I" names no one.
        .init(text: "I will sue the ministry.", mention: "I", entity: nil, coreferent: false),
        // A subject "he" links the chain: the name four sentences back is still the one "him" means, and the
        // subject of "sit", which is the object of "told", is that same person, never the teller.
        .init(text: "Mark Novak is a reporter. He was baffled. \"I was trying to figure out what I did wrong,\" he explains now. \"Did I say the wrong word?\" Apparently, he did. President Donald Trump told him to sit down.", mention: "him", entity: "Mark Novak", coreferent: true, asObject: true),
        .init(text: "Mark Novak is a reporter. He was baffled. \"I was trying to figure out what I did wrong,\" he explains now. \"Did I say the wrong word?\" Apparently, he did. President Donald Trump told him to sit down.", mention: "him", entity: "Mark Novak", coreferent: true),
        .init(text: "Mark Novak met Anna Berg on Monday. Chancellor Peter Smith told him to leave.", mention: "him", entity: "Mark Novak", coreferent: true),
        // A "she" linked to a name whose gender nothing else tells makes that person a woman: a later "he" is not her.
        .init(text: "Li Xianyu walked home on Monday. She found a baby in the bush. He was crying.", mention: "He", entity: nil, coreferent: false),
        .init(text: "Li Xianyu walked home on Monday. She found a baby in the bush. She was shocked.", mention: "She", entity: "Li Xianyu", coreferent: true),
        // No pronoun in between keeps him in focus: four sentences on, "him" is no one.
        .init(text: "Mark Novak is a reporter. The weather was bad. It rained all day. Nobody came. President Donald Trump told him to leave.", mention: "him", entity: nil, coreferent: false, asObject: true),
        // "the administration" is the government of the country whose leader the article names; with leaders of
        // two countries, of neither; with no country known, of none.
        .init(text: "US President Donald Trump spoke on Monday. Katie Walsh, a senior aide, decided to leave the administration.", mention: "the administration", entity: "United States", coreferent: true, asObject: true),
        .init(text: "US President Donald Trump spoke on Monday. Critics said his administration failed Mexico.", mention: "his administration", entity: "United States", coreferent: true),
        .init(text: "German Chancellor Angela Merkel met French President Emmanuel Macron. The administration rejected the plan.", mention: "The administration", entity: nil, coreferent: false),
        .init(text: "President Anna Novak spoke on Monday. Peter Smith decided to leave the administration.", mention: "the administration", entity: nil, coreferent: false, asObject: true),
        // "the government", "the army": the state the article is plainly about, when it is about one.
        .init(text: "Pakistan said on Monday that militants attacked a base near Lahore, Pakistan's second city. The army launched an operation against the militants.", mention: "The army", entity: "Pakistan", coreferent: true),
        .init(text: "India and Pakistan traded fire on Monday. The army launched an operation against the militants.", mention: "The army", entity: nil, coreferent: false),
        // So is "the country", in any position.
        .init(text: "Venezuela is in crisis. Protesters marched in Venezuela's capital. Thousands of doctors have left the country.", mention: "the country", entity: "Venezuela", coreferent: true, asObject: true),
        .init(text: "Venezuela and Colombia closed the border. Thousands of doctors have left the country.", mention: "the country", entity: nil, coreferent: false, asObject: true),
        // A state body the article named with its country ("Kenyan police", "Chile's navy") is that country's
        // wherever it comes back, as actor, target or speaker, even when the article is about two countries; not
        // when it named the body for two, nor a body it never named with a country, nor an idiom ("in government").
        .init(text: "Kenyan police arrested three men from Somalia on Monday. Somalia denied it. The police said the men had weapons.", mention: "The police", entity: "Kenya", coreferent: false, asSpeaker: true),
        .init(text: "Kenyan police arrested three men from Somalia on Monday. Somalia denied it. Police questioned the men.", mention: "Police", entity: "Kenya", coreferent: true),
        .init(text: "Peru's navy and Chile's navy held drills on Monday. Argentina criticised the navy.", mention: "the navy", entity: nil, coreferent: false, asObject: true),
        .init(text: "Kenyan police arrested three men from Somalia on Monday. Somalia denied it. Prosecutors charged the men.", mention: "Prosecutors", entity: nil, coreferent: false),
        .init(text: "Chile's navy rescued three fishermen from Peru. Peru thanked the navy.", mention: "the navy", entity: "Chile", coreferent: true, asObject: true),
        .init(text: "Kenya's government and Somalia signed a deal. The opposition vowed to return to government.", mention: "government", entity: nil, coreferent: false, asObject: true),
        // A body's description speaks for the one body named so before; not when two names fit ("Commerzbank"
        // ends in "bank").
        .init(text: "The European Commission fined Google on Tuesday. The commission said the firm had abused its power.",
              mention: "The commission", entity: "European Commission", coreferent: false, asSpeaker: true),
        .init(text: "The Bank of England criticised Commerzbank on Tuesday. The bank said the German lender had broken the rules.",
              mention: "The bank", entity: nil, coreferent: false, asSpeaker: true),
        // "the ministry" is the country whose ministry the article named.
        .init(text: "Russia's foreign ministry summoned the US ambassador. The ministry accused Washington of meddling.",
              mention: "The ministry", entity: "Russia", coreferent: true),
        // "they" is never a person, even one named by surname only.
        .init(text: "Donald Trump criticised Ford. Trump said they moved jobs to Mexico.", mention: "they", entity: nil, coreferent: false),
    ]

    @Test(arguments: variants + references)
    func resolvesAcrossTheDocument(_ c: DocumentCase) throws {
        let all = try Self.assertions(c.text)
        if c.asSpeaker {
            let found = try #require(all.first { $0.attribution?.text == c.mention }, "no assertion attributed to \(c.mention)")
            #expect(found.attribution?.entity == c.entity)
        } else if c.asObject {
            let found = try #require(all.first { $0.object?.text == c.mention }, "no assertion with object \(c.mention)")
            #expect(found.object?.entity == c.entity)
            #expect(found.object?.coreferent == c.coreferent)
        } else {
            let found = try #require(all.first { $0.subject.text == c.mention }, "no assertion with subject \(c.mention)")
            #expect(found.subject.entity == c.entity)
            #expect(found.subject.coreferent == c.coreferent)
        }
    }

    @Test func aBareSurnameWithATitleDoesNotMergeAcrossDocuments() throws {
        let first = try Self.assertions("Mr Kirby accused Russia of lying.", id: "a")
        let second = try Self.assertions("Mr Kirby accused Russia of lying.", id: "b")
        let a = try #require(first.first { $0.subject.text == "Mr Kirby" })
        let b = try #require(second.first { $0.subject.text == "Mr Kirby" })
        #expect(a.subject.type == .person)
        #expect(a.subject.entity != b.subject.entity)
    }

    @Test func aFullNameIsTheSamePersonInEveryDocument() throws {
        let first = try Self.assertions("John Kirby accused Russia of lying.", id: "a")
        let second = try Self.assertions("Later, John Kirby accused Iran of lying.", id: "b")
        #expect(first.first { $0.subject.text == "John Kirby" }?.subject.entity == "John Kirby")
        #expect(second.first { $0.subject.text == "John Kirby" }?.subject.entity == "John Kirby")
    }

    /// A kind of party many countries have, named bare, is the party of that kind of the country the document says
    /// it rules, else of the country the document is about; elsewhere it is no one country's party.
    @Test func aBareKindOfPartyIsTheDocumentsCountrysParty() throws {
        let ruling = try Self.assertions("Japan's ruling Liberal Democratic Party won the vote. The Liberal Democratic Party then adopted a budget.")
        let adopted = try #require(ruling.first { $0.relation.lemma == "adopt" })
        #expect(adopted.subject.entity == "Liberal Democratic Party (JPN)" && adopted.subject.wikidata == "Q232595")
        let cuba = try Self.assertions("Cuba will elect a new president. Raul Castro leads Cuba. A Communist Party official met Raul Castro in Havana.")
        let met = try #require(cuba.first { $0.relation.lemma == "meet" })
        #expect(met.subject.entity == "Communist Party of Cuba", "\(cuba.map { "\($0.subject.entity ?? "-") \($0.relation.lemma)" })")
        let nowhere = try Self.assertions("A Communist Party official met the delegation.")
        let official = try #require(nowhere.first { $0.relation.lemma == "meet" })
        #expect(official.subject.entity == "Communist Party" && official.subject.wikidata == nil)
    }

    /// A lone surname followed by "who" is a person's, and stands between a later "he" and the people named before
    /// it, even when the parse made it the sentence's root: "he" is not Zhou Enlai.
    @Test func aLoneSurnameWithWhoBlocksAnEarlierAntecedent() throws {
        let found = try Self.assertions("On that trip he met Zhou Enlai and Mao. McManus, who took a first at Oxford University, began his career working in the Conservative Research Department. When he worked for Heath as political secretary one of his tasks was to persuade him to write his memoirs.")
        let worked = try #require(found.first { $0.relation.lemma == "work for" })
        #expect(worked.subject.entity != "Zhou Enlai", "\(found.map { "\($0.subject.entity ?? $0.subject.text) \($0.relation.lemma)" })")
        #expect(found.contains { $0.subject.text == "McManus" && $0.subject.type == .person })
    }

    @Test func governmentBodiesArePartOfTheirCountry() throws {
        let all = try Self.assertions("The Russian Defense Ministry released a video.")
        let membership = try #require(all.first { $0.relation.lemma == "part of" })
        #expect(membership.subject.entity == "Russian Defense Ministry")
        #expect(membership.subject.type == .org)
        #expect(membership.object?.entity == "Russia")
        #expect(membership.object?.wikidata == "Q159")
    }

    /// "The couple", "the pair" and "they" while the pair is in focus mean both people a document names together,
    /// as a husband and wife or as "X and Y": one coreferent assertion each.
    @Test(arguments: [
        ("Anna Berg found the boy in 1994. She took the child home to her husband, Peter Berg. The couple later took the boy to Paris.", "The couple"),
        ("Anna Berg found the boy in 1994. She took the child home to her husband, Peter Berg. He recalls the night. They named him Tom.", "They"),
        ("Maria Lopez and Juan Perez were arrested on Monday. The pair told police they had bought the drugs from Carlos Ruiz.", "they"),
    ])
    func aPairActsAsBothOfItsPeople(_ text: String, _ mention: String) throws {
        let found = try Self.assertions(text).filter { $0.subject.text == mention }
        let people = Set(found.compactMap(\.subject.entity))
        #expect(people.count == 2 && found.allSatisfy(\.subject.coreferent), "\(found.map { "\($0.subject.entity ?? "-") \($0.relation.lemma)" })")
    }

    /// "The two leaders", "both countries", "the two companies": a description of two in the plural means the two
    /// actors of that kind the document last named together (meeting, fighting, or as one subject), as subject or
    /// object, one coreferent assertion each.
    @Test(arguments: [
        ("Chancellor Maria Weber met President Tom Ruiz in Rome. The two leaders criticised Iran.", "The two leaders", ["Maria Weber", "Tom Ruiz"]),
        ("Russia fought Ukraine for two years. Both countries accused Poland of meddling.", "Both countries", ["Russia", "Ukraine"]),
        ("Toyota and Nissan announced a joint venture. Regulators fined the two companies.", "the two companies", ["Toyota", "Nissan"]),
        ("Anna Berg married Peter Berg in 1990. Police arrested the couple in Paris.", "the couple in Paris", ["Anna Berg", "Peter Berg"]),
        ("France and Germany signed a treaty. China urged the two nations to help.", "the two nations", ["France", "Germany"]),
        // Each member as the document resolves the name: "Ms Huong" is Doan Thi Huong, no "Ms Huong" node.
        ("Police arrested Doan Thi Huong and Siti Aishah. Ms Huong and Ms Aishah were charged on Friday. Both women told diplomats they were paid.",
         "Both women", ["Doan Thi Huong", "Siti Aishah"]),
    ])
    func aDescriptionOfTwoIsBothActors(_ text: String, _ mention: String, _ members: [String]) throws {
        let all = try Self.assertions(text)
        let found = (all.map(\.subject) + all.compactMap(\.object)).filter { $0.text.hasPrefix(mention) }
        #expect(Set(found.compactMap(\.entity)) == Set(members) && found.allSatisfy(\.coreferent), "\(found.map { "\($0.text)=\($0.entity ?? "-")" })")
    }

    /// A description of two that names others ("the two leaders of Italy"), that one of the pair acts on, of the
    /// wrong gender, or "the couple" after two people who only met: no pair.
    @Test(arguments: [
        ("Chancellor Maria Weber met President Tom Ruiz in Rome. Weber praised the two leaders of Italy and Spain.", "the two leaders"),
        ("Chancellor Maria Weber met President Tom Ruiz in Rome. Ruiz thanked both leaders for their help.", "both leaders"),
        ("Mr Tom Ruiz met Mr Pedro Alvarez in Rome. Both women criticised Iran.", "Both women"),
        ("Chancellor Maria Weber met President Tom Ruiz in Rome. The couple criticised Iran.", "The couple"),
    ])
    func aDescriptionOfOthersIsNoPair(_ text: String, _ mention: String) throws {
        let all = try Self.assertions(text)
        let arguments = all.map(\.subject) + all.compactMap(\.object)
        let found = arguments.filter { $0.text.hasPrefix(mention) }
        #expect(!found.isEmpty && found.allSatisfy { $0.entity == nil || !$0.coreferent }, "\(found.map { "\($0.text)=\($0.entity ?? "-")" })")
    }

    /// A leader's government ("Maduro's government") is the country the document makes that person the leader of;
    /// someone else's government is no country the document names.
    @Test func aLeadersGovernmentIsTheCountry() throws {
        let found = try Self.assertions("Venezuelan President Nicolas Maduro spoke on Monday. The OAS urged Maduro's government to free prisoners.")
        #expect(found.contains { $0.object?.text == "Maduro's government" && $0.object?.entity == "Venezuela" && $0.object?.coreferent == true },
                "\(found.map { "\($0.subject.entity ?? "-") \($0.relation.lemma) \($0.object?.entity ?? "-")" })")
        let other = try Self.assertions("Venezuelan President Nicolas Maduro spoke on Monday. Anna Berg's government fell.")
        #expect(!other.contains { $0.subject.text == "Anna Berg's government" && $0.subject.entity != nil })
    }

    /// "His French counterpart" holds the subject's office for France; not after a bare "secretary", nor for the
    /// subject's own country.
    @Test func aCounterpartHoldsTheSameOfficeForItsCountry() throws {
        let found = try Self.assertions("German Finance Minister Klaus Richter held talks with his French counterpart Marie Blanc on Monday.")
        #expect(found.contains { $0.subject.entity == "Marie Blanc" && $0.relation.lemma == "finance minister of" && $0.object?.entity == "France" },
                "\(found.map { "\($0.subject.entity ?? "-") \($0.relation.lemma) \($0.object?.entity ?? "-")" })")
        for text in ["US Secretary Tom Ruiz met his Chinese counterpart Wang Li in Beijing.",
                     "German Finance Minister Klaus Richter met his German counterpart Marie Blanc."] {
            let none = try Self.assertions(text)
            #expect(!none.contains { $0.relation.relationClass.category == .role && ["Wang Li", "Marie Blanc"].contains($0.subject.entity ?? "") },
                    "\(none.map { "\($0.subject.entity ?? "-") \($0.relation.lemma) \($0.object?.entity ?? "-")" })")
        }
    }

    /// A one-word name the document shows to be a company ("telecoms firm Huawei", "Uber chief executive …") is one
    /// wherever the entity tagger guessed a person; a person the document names in full keeps the surname.
    @Test func aNameTheDocumentShowsToBeACompanyIsOneThroughout() throws {
        for (text, company) in [("Telecoms firm Huawei reported higher profits on Friday.\n\nHuawei lost its home crown to Oppo, a rival.", "Huawei"),
                                ("Uber chief executive Travis Kalanick resigned. Uber called the lawsuit baseless.", "Uber")] {
            let found = try Self.assertions(text)
            let named = found.flatMap { [$0.subject] + ($0.object.map { [$0] } ?? []) }.filter { $0.entity == company }
            #expect(named.count >= 2 && named.allSatisfy { $0.type == .org }, "\(named.map { "\($0.text)=\($0.type)" })")
        }
        let person = try Self.assertions("Anna Berg founded the engineering firm Berg Systems. Berg said the firm would grow.")
        #expect(person.contains { $0.subject.entity == "Anna Berg" && $0.subject.type == .person }, "\(person.map { "\($0.subject.text)=\($0.subject.entity ?? "-")" })")
    }

    /// A pronoun in an adverbial clause of reported speech whose clause names its own subject is that subject, not
    /// the speaker; without one it is the speaker ("Trump said he would sign the bill after he met Putin").
    @Test func aPronounUnderAReportedClausesNamedSubjectIsThatSubject() throws {
        let found = try Self.assertions("Prosecutor Anna Berg said Karim Haddad called his father after he fired at a police patrol.")
        #expect(found.contains { $0.subject.text == "he" && $0.subject.entity == "Karim Haddad" && $0.relation.lemma.hasPrefix("fire") },
                "\(found.map { "\($0.subject.text)=\($0.subject.entity ?? "-") \($0.relation.lemma)" })")
        let speaker = try Self.assertions("Donald Trump said he would sign the bill after he met Vladimir Putin.")
        #expect(speaker.contains { $0.subject.text == "he" && $0.subject.entity == "Donald Trump" && $0.relation.lemma == "meet" },
                "\(speaker.map { "\($0.subject.text)=\($0.subject.entity ?? "-") \($0.relation.lemma)" })")
    }

    /// "They" in what speakers report is the speakers: never the actor of the sentence before; one country or
    /// organisation speaking is "they".
    @Test func theyInReportedSpeechIsTheSpeakers() throws {
        let pair = try Self.assertions("Russia denied the report on Monday. Johnston and MSNBC said they would reveal the filing.")
        #expect(pair.contains { $0.subject.text == "they" && $0.relation.lemma == "reveal" && $0.subject.entity == nil },
                "\(pair.map { "\($0.subject.text)=\($0.subject.entity ?? "-")" })")
        let body = try Self.assertions("Russia denied the report on Monday. The European Union said they would impose sanctions on Iran.")
        #expect(body.contains { $0.subject.text == "they" && $0.subject.entity == "European Union" && $0.object?.entity == "Iran" },
                "\(body.map { "\($0.subject.text)=\($0.subject.entity ?? "-")" })")
    }

    /// "They" after police, officials or a country acting is theirs, not the pair's.
    @Test func theyAfterAnotherActorIsNoPair() throws {
        let found = try Self.assertions("Maria Lopez and Juan Perez met Carlos Ruiz in Madrid. Police arrested the men on Monday. They found the drugs in a car.")
        #expect(!found.contains { $0.subject.text == "They" && $0.subject.entity != nil }, "\(found.map { "\($0.subject.text)=\($0.subject.entity ?? "-")" })")
    }
}
