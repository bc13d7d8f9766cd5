import KGCore
import KGGraph
import Testing

/// The index behind the store's "did you mean" gives exactly what the plain scan gives.
@Suite struct NameSuggestionIndexTests {
    static let names = [
        "Russia", "Moscow", "the Kremlin", "United States", "United Kingdom", "United Nations", "Washington", "Iran",
        "Tehran", "Iraq", "Ukraine", "Kyiv", "Belarus", "Minsk", "Germany", "Berlin", "Angela Merkel", "Vladimir Putin",
        "Putin", "Ulrich Wagner", "Association president Ulrich Wagner", "Zürich", "北京", "Σωκράτης", "Ana", "Anna",
        "a b", "UN", "U.S.", "Russian Federation", "Russia Today", "RUSSIA", "Rusia", "Ru\u{301}ssia",
    ]

    @Test(arguments: ["Rusia", "Russia", "Moskow", "united", "United", "Kremlin", "Iraan", "Ukrane", "Putn", "Merkel",
                      "Zurich", "北", "Un", "Anaa", "x", "", "Unitd States", "Russ", "Associaton", "wagner", "Berlim"])
    func theIndexAgreesWithTheScan(query: String) {
        let index = NameSuggestionIndex(names: Self.names)
        for limit in [1, 3, 10] {
            #expect(index.closestNames(to: query, limit: limit)
                    == NameSuggester.closestNames(to: query, among: Self.names, limit: limit), "\(query), limit \(limit)")
        }
    }
}
