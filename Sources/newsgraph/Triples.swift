import ArgumentParser
import KGExport
import KGGraph
import KGStore

/// `newsgraph triples`: every edge of the graph with its evidence count.
struct Triples: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Dump every (subject, relation, object) edge with its evidence counts as TSV, CSV or JSONL.")

    @Option(help: "Output format: tsv, csv, or jsonl (with every piece of evidence).")
    var format: TripleFormat = .tsv

    @OptionGroup var store: StoreOptions

    func run() throws {
        // TSV and CSV print counts and dates, which every edge keeps: one sentence per edge is read, not all of
        // them (at the 10x corpus, 517,080 sentences held 787 MB).
        let evidence: EvidenceDetail = format == .jsonl ? .all : .sample
        let graph = try store.openForReading().answer(GraphQuery(.whole, evidence: evidence)).graph
        var output = StandardOutput()
        TripleWriter(format: format).write(graph, to: &output)
    }
}

/// Standard output as a `TextOutputStream`, so dumps stream instead of building one big string.
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) {
        Terminal.write(string)
    }
}

extension TripleFormat: ExpressibleByArgument {}
