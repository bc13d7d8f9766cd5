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
        let source = try store.openForReading()
        var output = StandardOutput()
        let writer = TripleWriter(format: format)
        guard format == .jsonl else {
            // TSV and CSV print counts and dates, which every edge keeps: one sentence per edge is read, not all
            // of them (at the 10x corpus, 517,080 sentences held 787 MB).
            writer.write(try source.answer(GraphQuery(.whole, evidence: .sample)).graph, to: &output)
            return
        }
        // Every sentence, a batch of edges at a time, so the dump never holds the whole graph.
        try source.forEachEdgeBatch(size: 1_000) { edges, entities in
            let graph = KnowledgeGraph(entities: Array(entities.values), edges: edges)
            for edge in edges { output.write(writer.line(for: edge, in: graph)) }
        }
    }
}

/// Standard output as a `TextOutputStream`, so dumps stream instead of building one big string.
struct StandardOutput: TextOutputStream {
    mutating func write(_ string: String) {
        Terminal.write(string)
    }
}

extension TripleFormat: ExpressibleByArgument {}
