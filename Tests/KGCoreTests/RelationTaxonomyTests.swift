import Foundation
import KGCore
import Testing

@Suite struct RelationTaxonomyTests {
    @Test func lexiconFilesHaveNoMalformedRows() {
        #expect(RelationTaxonomy.tableProblems == [])
    }

    @Test func tableIsLargeEnoughToCoverNewsRelations() {
        #expect(RelationTaxonomy.entries.count >= 400)
    }

    @Test(arguments: RelationCategory.allCases)
    func everyCategoryIsReachable(_ category: RelationCategory) {
        let lemmas = RelationTaxonomy.entries.filter { $0.value.category == category }.keys
        if category == .other {
            #expect(RelationTaxonomy.classify("frobnicate") == .unknown)
        } else {
            #expect(!lemmas.isEmpty, "no lemma classifies as \(category)")
            for lemma in lemmas { #expect(RelationTaxonomy.classify(lemma).category == category, "\(lemma)") }
        }
    }

    @Test func everyListedLemmaIsCanonicalSoItCanBeReached() {
        let unreachable = RelationTaxonomy.entries.keys.filter { RelationTaxonomy.canonicalLemma($0) != $0 }
        #expect(unreachable.sorted() == [])
    }

    @Test func polarityAndWeightAgreeInSign() {
        for (lemma, relationClass) in RelationTaxonomy.entries {
            switch relationClass.polarity {
            case .cooperative: #expect(relationClass.weight > 0, "\(lemma) is cooperative with weight \(relationClass.weight)")
            case .conflictual: #expect(relationClass.weight < 0, "\(lemma) is conflictual with weight \(relationClass.weight)")
            case .neutral: #expect(abs(relationClass.weight) <= 2, "\(lemma) is neutral with weight \(relationClass.weight)")
            }
            #expect((-10...10).contains(relationClass.weight))
        }
    }

    @Test(arguments: [
        ("say", RelationCategory.makeStatement, Polarity.neutral),
        ("urge", .appeal, .cooperative),
        ("call on", .appeal, .cooperative),
        ("pledge", .expressIntent, .cooperative),
        ("meet", .consult, .cooperative),
        ("meet with", .consult, .cooperative),
        ("talk with", .consult, .cooperative),
        ("sign agreement with", .diplomaticCooperation, .cooperative),
        ("recognize", .diplomaticCooperation, .cooperative),
        ("supply", .materialCooperation, .cooperative),
        ("send to", .materialCooperation, .cooperative),
        ("buy from", .materialCooperation, .cooperative),
        ("donate", .provideAid, .cooperative),
        ("withdraw from", .yield, .cooperative),
        ("investigate", .investigate, .neutral),
        ("demand", .demand, .conflictual),
        ("criticise", .disapprove, .conflictual),
        ("accuse", .disapprove, .conflictual),
        ("deny", .reject, .conflictual),
        ("veto", .reject, .conflictual),
        ("threaten", .threaten, .conflictual),
        ("boycott", .protest, .conflictual),
        ("deploy", .forcePosture, .conflictual),
        ("sanction", .reduceRelations, .conflictual),
        ("cut ties with", .reduceRelations, .conflictual),
        ("arrest", .coerce, .conflictual),
        ("attack", .assault, .conflictual),
        ("kill", .assault, .conflictual),
        ("invade", .fight, .conflictual),
        ("shell", .fight, .conflictual),
        ("massacre", .massViolence, .conflictual),
        ("foreign minister of", .role, .neutral),
        ("defence minister of", .role, .neutral),
        ("secretary state of", .role, .neutral),
        ("part of", .membership, .neutral),
        ("member of", .membership, .neutral),
    ])
    func classifiesNewsRelations(_ lemma: String, _ category: RelationCategory, _ polarity: Polarity) {
        let relationClass = RelationTaxonomy.classify(lemma)
        #expect(relationClass.category == category, "\(lemma)")
        #expect(relationClass.polarity == polarity, "\(lemma)")
    }

    @Test func weightsFollowGoldsteinOrdering() {
        func weight(_ lemma: String) -> Double { RelationTaxonomy.classify(lemma).weight }
        #expect(weight("sign") > weight("meet"))
        #expect(weight("meet") > weight("say"))
        #expect(weight("say") > weight("criticize"))
        #expect(weight("criticize") > weight("threaten"))
        #expect(weight("threaten") > weight("attack"))
        #expect(weight("attack") >= weight("massacre"))
        #expect(weight("sanction") == -8)
    }

    @Test(arguments: [
        ("criticise", "criticize"),
        ("Criticise", "criticize"),
        ("apologise to", "apologize to"),
        ("recognise", "recognize"),
        ("defence minister of", "defense minister of"),
        ("co-operate with", "cooperate with"),
        ("fulfil", "fulfill"),
        ("analyse", "analyze"),
        ("meet with", "meet"),
        ("hold  talks   with", "talk with"),
        ("speak to", "talk with"),
        ("pull out of", "withdraw from"),
        ("impose sanctions on", "sanction"),
        ("clamp down on", "crack down on"),
        ("lash out at", "criticize"),
        ("sign deal with", "sign agreement with"),
        ("organisation of", "organization of"),
        ("send to", "supply to"),
        ("supply to", "supply to"),
    ])
    func canonicalisesSpellingAndPhrasing(_ lemma: String, _ canonical: String) {
        #expect(RelationTaxonomy.canonicalLemma(lemma) == canonical)
        #expect(RelationTaxonomy.canonicalLemma(canonical) == canonical, "canonical forms are fixed points")
    }

    @Test(arguments: ["promise", "advise", "exercise", "compromise", "surprise", "supervise", "raise", "praise"])
    func leavesWordsThatOnlyLookBritishAlone(_ lemma: String) {
        #expect(RelationTaxonomy.canonicalLemma(lemma) == lemma)
    }

    @Test func particlesKeepPhrasalVerbsFromTheirVerbsClass() {
        #expect(RelationTaxonomy.classify("back down").category == .yield)
        #expect(RelationTaxonomy.classify("back").category == .diplomaticCooperation)
        #expect(RelationTaxonomy.classify("back away").category == .other)
        #expect(RelationTaxonomy.classify("lead to").category == .other)
        #expect(RelationTaxonomy.classify("say in").category == .makeStatement)
    }

    @Test func versionIsStableAndNamesTheRulesRevision() {
        #expect(RelationTaxonomy.version == RelationTaxonomy.version)
        #expect(RelationTaxonomy.version.hasPrefix("1-"))
        #expect(RelationTaxonomy.version.count > 10)
    }

    @Test func jsonlRelationCarriesCategoryAndPolarityBesideItsKeys() throws {
        let relation = RelationPhrase(lemma: "impose sanctions on", text: "imposed sanctions on")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try #require(try JSONSerialization.jsonObject(with: encoder.encode(relation)) as? [String: Any])
        #expect(json["lemma"] as? String == "impose sanctions on")
        #expect(json["category"] as? String == "reduce-relations")
        #expect(json["polarity"] as? String == "conflictual")
        let decoded = try JSONDecoder().decode(RelationPhrase.self, from: encoder.encode(relation))
        #expect(decoded == relation)
    }
}
