import ArgumentParser
import Foundation
import KGStore

/// `newsgraph stats`: what the graph database holds.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show how many documents, entities, edges and evidence the graph holds.")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Also check the file (PRAGMA integrity_check, foreign keys, evidence counts); exit 1 on a problem.")
    var check = false

    @Flag(help: "Print every stored row, sorted, without row ids or times, to compare two stores.")
    var contents = false

    func run() throws {
        let graphStore = try GraphStore.openExisting(path: store.db)
        if contents {
            Terminal.write(try graphStore.contentLines().map { $0 + "\n" }.joined())
            return
        }
        if check {
            let problems = try graphStore.integrityProblems()
            for problem in problems { Terminal.warn("integrity: \(problem)") }
            if !problems.isEmpty {
                Terminal.warn("hint: ingest the articles again into a new database (a damaged store cannot be "
                              + "repaired in place); `newsgraph stats --contents` lists what it still holds")
                throw ExitCode(1)
            }
            Terminal.warn("integrity: ok")
        }
        let stats = try graphStore.stats()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            Terminal.write(String(decoding: try encoder.encode(stats), as: UTF8.self) + "\n")
            return
        }
        Terminal.write("""
            documents  \(stats.documents)
            sentences  \(stats.sentences)
            entities   \(stats.entities)
            edges      \(stats.edges)
            evidence   \(stats.evidence)

            """)
    }
}
