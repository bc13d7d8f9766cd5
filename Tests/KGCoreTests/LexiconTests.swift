import Foundation
import KGCore
import Testing

/// The lexicon files are well formed and agree with each other: one list per concept, and where one concept
/// depends on another (denials are speech verbs, gendered roles are roles), the tables say so.
@Suite struct LexiconTests {
    @Test func everyFileIsWellFormed() {
        #expect(Lexicon.problems == [])
        for file in Lexicon.File.allCases {
            #expect(!Lexicon.rows(file).isEmpty, "\(file.fileName) has no rows")
        }
    }

    @Test(arguments: Lexicon.WordList.allCases)
    func everyWordListHasEntriesOfItsKind(_ list: Lexicon.WordList) {
        #expect(!Lexicon.words(list).isEmpty)
        #expect(Lexicon.map(list).values.allSatisfy { $0.isEmpty != list.hasValues })
        #expect(Lexicon.words(list).allSatisfy { $0 == $0.trimmingCharacters(in: .whitespaces) && !$0.contains("\t") })
    }

    @Test func versionIsAHashOfTheFiles() {
        #expect(Lexicon.version.count == 64)
        #expect(RelationTaxonomy.version.hasSuffix(String(Lexicon.version.prefix(16))))
    }

    /// `(list, sublist)`: every entry of the second is an entry (or key) of the first.
    static let inclusions: [(Lexicon.WordList, Lexicon.WordList)] = [
        (.speechVerbs, .denialVerbs),
        (.controlModality, .directiveVerbs),
        (.adjectiveControl, .negatingAdjectives),
        (.roleNouns, .roleNounsNeverVerbs),
        (.roleNouns, .roleGenders),
        (.temporalNouns, .trailingDays),
        (.nameJoiners, .nameParticles),
        (.targetPrepositions, .recipientPrepositions),
        (.relationPrepositions, .targetPrepositions),
        (.eventNouns, .forTargetNouns),
    ]

    @Test(arguments: inclusions.indices)
    func oneListIncludesAnother(_ index: Int) {
        let (whole, part) = Self.inclusions[index]
        let missing = Lexicon.words(part).subtracting(Lexicon.words(whole))
        #expect(missing.sorted() == [], "in \(part.rawValue) but not in \(whole.rawValue)")
    }

    /// Words a speech verb, an event noun or a control verb turns into a relation must be relations the
    /// taxonomy classifies, or the edge they make has no category.
    @Test func relationsTheWordListsMakeAreInTheTaxonomy() {
        var relations = Lexicon.words(.speechVerbs).union(Lexicon.map(.eventNouns).values)
        relations.formUnion(Lexicon.words(.directiveVerbs))
        let unknown = relations.filter { RelationTaxonomy.classify($0) == .unknown }
        #expect(unknown.sorted() == [])
    }

    /// Person titles and pronouns use the marks their loader reads; a typo would silently tell nothing.
    @Test func personTablesUseKnownMarks() {
        for row in Lexicon.rows(.personTitles) {
            #expect(["m", "f", "-"].contains(row.fields[1]) && ["courtesy", "rank"].contains(row.fields[2]), "line \(row.line)")
        }
        for row in Lexicon.rows(.pronouns) {
            #expect(["m", "f", "-"].contains(row.fields[1]) && ["sg", "pl", "-"].contains(row.fields[2]), "line \(row.line)")
        }
        for row in Lexicon.rows(.givenNames) { #expect(["m", "f"].contains(row.fields[1]), "line \(row.line)") }
        for value in Lexicon.map(.roleGenders).values { #expect(["m", "f"].contains(value)) }
    }

    /// Spellings map British to American once: no American form is itself rewritten.
    @Test func spellingsAreIdempotent() {
        let rows = Lexicon.rows(.spellings)
        let british = Set(rows.map { $0.fields[0] })
        #expect(rows.filter { british.contains($0.fields[1]) }.map(\.fields) == [])
    }
}
