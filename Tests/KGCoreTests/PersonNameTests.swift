import KGCore
import Testing

/// Person keys that survive transliteration, titles, middle names and diacritics; and the person vocabulary.
@Suite struct PersonNameTests {
    static let sameKey: [(String, String)] = [
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Dmitri Peskov", "Dmitry Peskov"),
        ("Dmitriy Peskov", "Dmitry Peskov"),
        ("Alexei Navalny", "Aleksey Navalny"),
        ("Aleksandr Timonin", "Alexander Timonin"),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("Mr Sergei Lavrov", "Sergei Lavrov"),
        ("President Vladimir Putin", "Vladimir Putin"),
        ("Gen. Mike Flynn", "Mike Flynn"),
        ("George W. Bush", "George Bush"),
        ("François Hollande", "Francois Hollande"),
        ("Rep. Devin Nunes", "Devin Nunes"),
        // A short given name is the full one.
        ("Mike Harlow", "Michael Harlow"),
        ("Gen. Mike Harlow", "Michael Harlow"),
        ("Bill Carver", "William Carver"),
        ("Kate Lindqvist", "Katherine Lindqvist"),
        // Other spellings of one given name.
        ("Stephen Harlow", "Steve Harlow"),
        ("Hasan Karimi", "Hassan Karimi"),
        ("Mohamed Karimi", "Muhammad Karimi"),
        // A scraper's hyphen for the space between given name and surname.
        ("Sergey-Lavrov", "Sergey Lavrov"),
        ("Angela-Merkel", "Angela Merkel"),
    ]

    @Test(arguments: sameKey)
    func spellingsOfOnePersonShareAKey(_ pair: (String, String)) {
        #expect(PersonName.key(pair.0) == PersonName.key(pair.1))
    }

    static let differentKey: [(String, String)] = [
        ("Sergei Lavrov", "Sergei Ryabkov"),
        ("Anna Novak", "Peter Novak"),
        ("Novak (doc-1)", "Novak (doc-2)"),
        // Only the given name folds: a surname that is also a short form stays itself.
        ("Anna Bill", "Anna William"),
        // A hyphenated given name or surname is no glued pair.
        ("Jean-Pierre", "Jean Pierre"),
        ("Abdel-Hamid", "Abdel Hamid"),
        ("Amir-Abdollahian", "Hossein Amir-Abdollahian"),
        ("Mike Harlow", "Michelle Harlow"),
    ]

    @Test(arguments: differentKey)
    func differentPeopleKeepDifferentKeys(_ pair: (String, String)) {
        #expect(PersonName.key(pair.0) != PersonName.key(pair.1))
    }

    @Test func surnamesKeepTheirParticles() {
        #expect(PersonName.surnameKey("Marine Le Pen") == "le pen")
        #expect(PersonName.surnameKey("Ursula von der Leyen") == "von der leien")
        #expect(PersonName.surnameKey("Mr Novak") == "novak")
        #expect(PersonName.surnameKey("Novak (doc-1)") == "novak")
        #expect(PersonName.isSurnameOnly("Ms Novak"))
        #expect(PersonName.isSurnameOnly("Novak (doc-1)"))
        #expect(!PersonName.isSurnameOnly("Anna Novak"))
        // A particle that opens the name is the surname's; a given name that is also a particle is not.
        #expect(PersonName.isSurnameOnly("De Mistura") && PersonName.isSurnameOnly("Mr de Mistura"))
        #expect(PersonName.surnameKey("De Mistura") == PersonName.surnameKey("Staffan de Mistura"))
        #expect(PersonName.surnameKey("Bin Salman") == PersonName.surnameKey("Mohammed bin Salman"))
        #expect(!PersonName.isSurnameOnly("Ben Carson") && PersonName.surnameKey("Ben Carson") == "carson")
        // A title before a given name alone is part of the name, which has no surname.
        #expect(PersonName.key("King Salman") == "king salman" && PersonName.key("Pope Francis") != PersonName.key("Francis"))
        #expect(PersonName.surnameKey("King Salman") == nil && !PersonName.isSurnameOnly("King Salman"))
    }

    static let familyNameFirst: [(String, String)] = [
        ("Park Geun-hye", "park"), ("President Park Geun-hye", "park"), ("Kim Jong-un", "kim"), ("Xi Jinping", "xi"),
        ("Li Keqiang", "li"), ("Zhao Xuecheng", "zhao"),
        // Given name first: a hyphenated French given name, a given name the vocabulary knows, a name not in pinyin.
        ("Jean-Claude Juncker", "juncker"), ("Ken Chan", "chan"), ("Lee Smith", "smith"), ("Shinzo Abe", "abe"),
        ("Anna Novak", "novak"),
    ]

    @Test(arguments: familyNameFirst)
    func koreanAndChineseNamesPutTheFamilyNameFirst(_ c: (String, String)) {
        #expect(PersonName.surnameKey(c.0) == PersonName.key(c.1))
    }

    static let titles: [(String, Gender?)] = [("Mr", .male), ("Mrs.", .female), ("Ms", .female), ("Lord", .male), ("Dame", .female), ("Gen.", nil), ("Dr", nil)]

    @Test(arguments: titles)
    func titlesMarkPersonsAndSometimesGender(_ c: (String, Gender?)) throws {
        let title = try #require(PersonVocabulary.title(c.0))
        #expect(title.gender == c.1)
    }

    @Test func pronounsAgree() throws {
        #expect(try #require(PersonVocabulary.pronoun("she")).gender == .female)
        #expect(try #require(PersonVocabulary.pronoun("he")).isPersonal)
        #expect(try #require(PersonVocabulary.pronoun("they")).isPersonal == false)
        #expect(try #require(PersonVocabulary.pronoun("it")).isPersonal == false)
        #expect(PersonVocabulary.gender(ofGivenName: "Anna") == .female)
        #expect(PersonVocabulary.gender(ofGivenName: "Sergei") == .male)
        #expect(PersonVocabulary.title("Novak") == nil)
    }
}
