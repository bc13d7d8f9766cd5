import ArgumentParser
import KGGraph

/// `newsgraph merge`: make two entities one, after the fact.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge one entity into another: its edges, evidence and names move to the target.",
        discussion: """
            The merged entity's name becomes an alias of the target, and later ingests that find it land in the \
            target too. `newsgraph split` undoes a merge; `--list` shows the merges made so far.
            """)

    @ArgumentParser.Argument(help: "The entity to merge away (name or alias, any case), e.g. Putin.")
    var entity: String?

    @ArgumentParser.Argument(help: "The entity it becomes, e.g. 'Vladimir Putin'.")
    var target: String?

    @Flag(help: "List the merges the database remembers instead of merging.")
    var list = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if list {
            guard entity == nil else { throw ValidationError("--list takes no entity names") }
        } else if entity == nil || target == nil {
            throw ValidationError("give the entity to merge and the entity to merge it into, e.g. "
                                  + "`newsgraph merge Putin 'Vladimir Putin'`")
        }
    }

    func run() throws {
        if list {
            let merges = try store.openForEditing(readOnly: true).merges()
            if merges.isEmpty { Terminal.write("no merges\n") }
            for merge in merges {
                let target = merge.targetName.map { "\($0) (\(merge.targetKey))" } ?? merge.targetKey
                // Joins ingest made by surname say so: a later ingest may undo them, a user's merge never.
                let made = merge.joinedSurname == nil ? "" : ", surname join by ingest"
                Terminal.write("\(merge.entity.name) (\(merge.entity.id)) → \(target)  "
                               + "[\(merge.evidenceCount) evidence, \(merge.mergedAt)\(made)]\n")
            }
            return
        }
        guard let entity, let target else { return }
        let graphStore = try store.openForEditing()
        let source = try graphStore.resolveEntity(named: entity)
        let into = try graphStore.resolveEntity(named: target)
        let summary = try graphStore.merge(entity, into: target)
        var lines = [
            "merged \(source.name) (\(source.id)) into \(into.name) (\(into.id))",
            "edges: \(summary.edgesMoved) moved, \(summary.edgesCombined) combined with existing edges",
            "evidence: \(summary.evidenceMoved) moved"
                + (summary.duplicateEvidenceDropped > 0 ? ", \(summary.duplicateEvidenceDropped) duplicates dropped" : ""),
            "aliases added to \(into.name): " + Self.list(summary.aliasesAdded),
        ]
        if summary.selfLoopsDropped > 0 {
            lines.append("dropped \(summary.selfLoopsDropped) edges between the two (\(summary.selfLoopEvidenceDropped) "
                         + "evidence): they would be self-loops; `newsgraph split` marks their documents for re-ingest")
        }
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }

    /// "none", or the first ten names and how many more.
    static func list(_ names: [String]) -> String {
        guard !names.isEmpty else { return "none" }
        let more = names.count > 10 ? " … and \(names.count - 10) more" : ""
        return names.prefix(10).joined(separator: ", ") + more
    }
}
