import ArgumentParser
import KGGraph

/// `newsgraph split`: undo a merge.
struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Undo a merge: bring a merged entity back with its names and evidence.",
        discussion: """
            Give the name (or key) the entity had before `newsgraph merge`. Evidence that named it, at merge time \
            or ingested since, moves back to its own edges. Relations between the two entities, dropped by the \
            merge, return when their documents (listed) are ingested again.
            """)

    @ArgumentParser.Argument(help: "The merged entity's former name, alias or key, e.g. Putin or person:putin.")
    var entity: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let graphStore = try store.openForEditing()
        let summary = try graphStore.split(entity)
        var lines = [
            "split \(summary.restoredName) (\(summary.restoredKey)) from \(summary.targetName)",
            "evidence: \(summary.evidenceMoved) moved back; edges: \(summary.edgesRemoved) left empty and removed; "
                + "aliases: \(summary.aliasesRemoved) taken back from \(summary.targetName)",
        ]
        if summary.evidenceSkipped > 0 {
            lines.append("\(summary.evidenceSkipped) evidence left in place (moved by a later merge or split, or "
                         + "already on the restored edge)")
        }
        if !summary.documentsToReingest.isEmpty {
            lines.append("ingest these documents again to restore relations between the two: "
                         + summary.documentsToReingest.joined(separator: ", "))
        }
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }
}
