import ArgumentParser
import Foundation
import KGExport
import KGStore

/// `newsgraph export`: the graph, or part of it, as an edge list, JSONL, RDF, GraphML or Neo4j import files.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Dump the graph (or the network around an entity) as tsv, csv, jsonl, ntriples, turtle, graphml or neo4j.",
        discussion: """
            neo4j writes nodes.csv and relationships.csv into the --output directory; import them with
            neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv neo4j
            """)

    @Option(help: "Dump format (default: from the --output extension, else tsv).")
    var format: ExportFormat?

    @Option(name: .shortAndLong, help: "File to write (a directory for neo4j); - writes to standard output.")
    var output: String = "-"

    @OptionGroup var selection: GraphSelectionOptions
    @OptionGroup var store: StoreOptions

    var resolvedFormat: ExportFormat {
        if let format { return format }
        return ExportFormat(fileExtension: (output as NSString).pathExtension) ?? .tsv
    }

    func validate() throws {
        if resolvedFormat.writesDirectory && output == "-" {
            throw ValidationError("neo4j output is two files: give a directory with --output, e.g. --output neo4j-import")
        }
    }

    func run() throws {
        OutputFile.prepareProcess()
        let graphStore = try GraphStore.openExisting(path: store.db)
        let selected = try selection.select(from: graphStore)
        let exporter = GraphExporter(format: resolvedFormat)
        if output == "-" {
            var out = StandardOutput()
            exporter.write(selected.graph, to: &out)
            return
        }
        let files = try exporter.write(selected.graph, toPath: output)
        Terminal.warn("wrote \(files.joined(separator: ", ")) (\(resolvedFormat.rawValue), \(selected.query): "
            + "\(selected.graph.entityCount) entities, \(selected.graph.edgeCount) edges, \(selected.articleCount) article\(selected.articleCount == 1 ? "" : "s"))")
    }
}

extension ExportFormat: ExpressibleByArgument {}
