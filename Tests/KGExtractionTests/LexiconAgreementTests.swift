import KGCore
import KGExtraction
import Testing

/// The bundled gazetteer's offices (roles.tsv) and the lexicon's role nouns are one idea of what a role is:
/// a role phrase the gazetteer finds must be one the taxonomy classifies and the parse rules recognise.
@Suite struct LexiconAgreementTests {
    @Test func everyGazetteerRoleEndsInARoleNounAndRefersBackByOne() throws {
        let roles = try Gazetteer.bundled().roles
        #expect(!roles.isEmpty)
        for (phrase, head) in roles {
            #expect(RelationTaxonomy.isRoleNoun(head), "roles.tsv: head '\(head)' of '\(phrase)' is not in role-nouns")
            let words = phrase.split(separator: " ").map(String.init)
            let named = words.contains(where: RelationTaxonomy.isRoleNoun) || RelationTaxonomy.isRoleNoun(phrase)
            #expect(named, "roles.tsv: '\(phrase)' has no word in role-nouns")
            #expect(RelationTaxonomy.classify(phrase + " of").category == .role, "'\(phrase) of' is not a role")
        }
    }
}
