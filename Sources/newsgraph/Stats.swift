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

    func run() throws {
        let graphStore = try store.openForReading()
        if check {
            let problems = try graphStore.integrityProblems()
            for problem in problems { Terminal.warn("integrity: \(problem)") }
            if !problems.isEmpty { throw ExitCode(1) }
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
