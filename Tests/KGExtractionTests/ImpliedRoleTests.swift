import Testing
import KGCore
import KGExtraction

/// A document and the office of a country a bare title in it must (or must not) give a person.
struct ImpliedRoleCase: CustomStringConvertible, Sendable {
    var text: String
    var person: String
    /// The role edge expected in the sentence at `sentence`, as "office of → country"; nil: none for the person.
    var role: String?
    var country: String?
    var sentence = 0

    var description: String { "\(person) in \"\(text)\" → \(role.map { "\($0) \(country ?? "?")" } ?? "no implied role")" }
}

/// "President X" with no country written: the office of the country the document gives the same person
/// elsewhere, or of the country it is plainly about; never a guess when no country stands out.
@Suite struct ImpliedRoleTests {
    static let cases: [ImpliedRoleCase] = [
        // The document names the person's country elsewhere.
        .init(text: "President Anton Weber arrived on Monday. Austrian President Anton Weber met the Pope.",
              person: "Anton Weber", role: "president of", country: "Austria"),
        // The document is plainly about one country.
        .init(text: "Prime Minister Lena Sorensen criticised the budget. Denmark's parliament debated it on Monday. "
                + "Danish unions and Danish farmers joined the protests in Copenhagen.",
              person: "Lena Sorensen", role: "prime minister of", country: "Denmark"),
        // "Vice-President" is the vice president, not the president.
        .init(text: "Vice-President Marco Ricci visited a school. Italy's economy grew, Italian officials said in Rome.",
              person: "Marco Ricci", role: "vice president of", country: "Italy"),
        // Two countries as often as each other: no guess.
        .init(text: "President Anton Weber criticised the budget. France and Germany signed a deal. France praised Germany.",
              person: "Anton Weber", role: nil, country: nil),
        // Not a state office.
        .init(text: "Chairman Anton Weber criticised the budget. Austria's parliament debated it. Austrian farmers protested in Vienna.",
              person: "Anton Weber", role: nil, country: nil),
        // US news writes its own president bare in an article about another country: a bare president is that
        // country's only when the article never names the United States; a prime minister still is.
        .init(text: "President Anton Weber criticised Russia. Russia's parliament debated it. Russian farmers protested in Moscow, a US report said.",
              person: "Anton Weber", role: nil, country: nil),
        .init(text: "President Anton Weber criticised the budget. Russia's parliament debated it. Russian farmers protested in Moscow.",
              person: "Anton Weber", role: "president of", country: "Russia"),
        .init(text: "Prime Minister Anton Weber criticised Russia. Russia's parliament debated it. Russian farmers protested in Moscow, a US report said.",
              person: "Anton Weber", role: "prime minister of", country: "Russia"),
        // "Georgia" is as often the US state: never the country a document is about.
        .init(text: "Secretary Anton Weber criticised the budget. Georgia farmers protested. Georgia lawmakers debated it.",
              person: "Anton Weber", role: nil, country: nil),
    ]

    @Test(arguments: cases)
    func aBareTitleIsAnOfficeOfTheDocumentsCountry(_ c: ImpliedRoleCase) throws {
        let all = try DocumentResolutionTests.assertions(c.text)
        let roles = all.filter { $0.sentenceIndex == c.sentence && $0.subject.entity == c.person && $0.relation.relationClass.category == .role }
        guard let role = c.role else {
            #expect(roles.isEmpty, "unexpected: \(roles.map { "\($0.relation.lemma) \($0.object?.entity ?? "-")" })")
            return
        }
        let found = try #require(roles.first { $0.relation.lemma == role }, "no \(role) edge; roles: \(roles.map(\.relation.lemma))")
        #expect(found.object?.entity == c.country)
        // The country is not written in the sentence: reached through the document, and no alias of it.
        #expect(found.object?.coreferent == true)
    }

    @Test func aWrittenCountryLeavesNothingToImply() throws {
        let all = try DocumentResolutionTests.assertions("Austrian President Anton Weber met the Pope. Austria's parliament debated it.")
        let roles = all.filter { $0.sentenceIndex == 0 && $0.subject.entity == "Anton Weber" && $0.relation.relationClass.category == .role }
        #expect(roles.count == 1)
        #expect(roles.first?.object?.coreferent == false)
    }
}
