import KGCore
import KGGraph
import Testing

/// What a store does with another store's merge after `newsgraph copy` copied its documents, for every state
/// the destination can be in; both stores follow these answers.
@Suite struct MergeReplayTests {
    /// Belarus merged into Russia in the source, whose Russia still exists unless `targetIsStored` says not.
    static func merge(targetIsStored: Bool = true) -> PortableMerge {
        PortableMerge(entity: Entity(id: "country:belarus", name: "Belarus", type: .country, aliases: ["Minsk"]),
                      addedAliases: ["Belarus", "Minsk"], droppedDocuments: [], targetKey: "country:russia",
                      targetIsStored: targetIsStored, mergedAt: "2026-01-01T00:00:00Z", evidence: [])
    }

    /// Whether the action is a refusal whose reason contains `words`.
    static func refuses(_ action: MergeReplay.Action, saying words: String) -> Bool {
        if case .refuse(let refusal) = action { return refusal.reason.contains(words) }
        return false
    }

    @Test func anEmptyDestinationRecordsTheMerge() {
        #expect(MergeReplay.action(for: Self.merge(), existingTargetKey: nil, entityIsStored: false,
                                   finalTargetKey: "country:russia", finalTargetIsStored: true) == .record)
    }

    @Test func aMergeAlreadyThereIsSkippedAndOneIntoAnotherTargetRefused() {
        #expect(MergeReplay.action(for: Self.merge(), existingTargetKey: "country:russia", entityIsStored: false,
                                   finalTargetKey: "country:russia", finalTargetIsStored: true) == .alreadyThere)
        let elsewhere = MergeReplay.action(for: Self.merge(), existingTargetKey: "country:iran", entityIsStored: false,
                                           finalTargetKey: "country:russia", finalTargetIsStored: true)
        #expect(Self.refuses(elsewhere, saying: "already has it merged into 'country:iran'"))
    }

    @Test func anEntityTheDestinationStillHasIsMergedIntoWhereTheTargetLeadsThere() {
        #expect(MergeReplay.action(for: Self.merge(), existingTargetKey: nil, entityIsStored: true,
                                   finalTargetKey: "country:ukraine", finalTargetIsStored: true)
                == .mergeHere(intoKey: "country:ukraine"))
        let missing = MergeReplay.action(for: Self.merge(), existingTargetKey: nil, entityIsStored: true,
                                         finalTargetKey: "country:russia", finalTargetIsStored: false)
        #expect(Self.refuses(missing, saying: "which the destination does not hold"))
    }

    @Test func aMissingTargetIsRefusedUnlessTheSourceLacksItToo() {
        let missing = MergeReplay.action(for: Self.merge(), existingTargetKey: nil, entityIsStored: false,
                                         finalTargetKey: "country:russia", finalTargetIsStored: false)
        #expect(Self.refuses(missing, saying: "which the destination does not hold"))
        #expect(MergeReplay.action(for: Self.merge(targetIsStored: false), existingTargetKey: nil, entityIsStored: false,
                                   finalTargetKey: "country:russia", finalTargetIsStored: false) == .record)
    }

    @Test func aMergeThatWouldCloseACycleIsRefused() {
        let cycle = MergeReplay.action(for: Self.merge(), existingTargetKey: nil, entityIsStored: false,
                                       finalTargetKey: "country:belarus", finalTargetIsStored: false)
        #expect(Self.refuses(cycle, saying: "leads back to 'country:belarus'"))
    }
}
