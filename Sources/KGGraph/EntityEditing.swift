/// A stored graph whose entities can be merged and split after the fact (`newsgraph merge`/`split`), whichever
/// database holds it; both stores follow `MergeRules`, so they accept, refuse and report the same way.
public protocol EntityEditing: GraphSink {
    /// Merges the entity named `name` into the one named `targetName` (names or aliases, any case), in one
    /// transaction: edges and evidence move to the target, its names become the target's aliases, and its key
    /// leads to the target in later ingests.
    @discardableResult
    func merge(_ name: String, into targetName: String) throws -> MergeSummary
    /// Undoes the merge of the entity once called `name` (its former name, key or alias), in one transaction.
    @discardableResult
    func split(_ name: String) throws -> SplitSummary
    /// Every merge the store remembers, oldest first.
    func merges() throws -> [EntityMerge]
    /// Takes in another store's merges, oldest first, after its documents were copied here (`newsgraph copy`),
    /// in one transaction; a merge already here is skipped, one that cannot be replayed is listed, not thrown.
    func replayMerges(_ merges: [PortableMerge]) throws -> MergeReplaySummary
    /// Keeps the nodes with these keys out of surname joins from now on, as a split of their join does
    /// (`newsgraph copy` carries them across before the documents, so the copy does not join them).
    func keepApartFromSurnameJoins(_ keys: [String]) throws
}
