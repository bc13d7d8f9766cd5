import Foundation
import KGGraph

/// Writes a graph in any `ExportFormat`: to a stream, a file, or (Neo4j) a directory.
public struct GraphExporter: Sendable {
    /// The format written.
    public var format: ExportFormat

    /// An exporter for `format`.
    public init(format: ExportFormat) {
        self.format = format
    }

    /// Streams a single-file format into `output`; Neo4j's two files are written one after the other, each
    /// preceded by a `# nodes.csv` / `# relationships.csv` line (use `write(_:toDirectory:)` for importable files).
    public func write<Output: TextOutputStream>(_ graph: KnowledgeGraph, to output: inout Output) {
        switch format {
        case .tsv: TripleWriter(format: .tsv).write(graph, to: &output)
        case .csv: TripleWriter(format: .csv).write(graph, to: &output)
        case .jsonl: TripleWriter(format: .jsonl).write(graph, to: &output)
        case .ntriples: RDFWriter(syntax: .nTriples).write(graph, to: &output)
        case .turtle: RDFWriter(syntax: .turtle).write(graph, to: &output)
        case .graphml: GraphMLWriter().write(graph, to: &output)
        case .neo4j:
            let files = Neo4jWriter().files(graph)
            for name in [Neo4jWriter.nodesFile, Neo4jWriter.relationshipsFile] {
                output.write("# \(name)\n")
                output.write(files[name] ?? "")
            }
        }
    }

    /// The whole dump as one string.
    public func write(_ graph: KnowledgeGraph) -> String {
        var out = ""
        write(graph, to: &out)
        return out
    }

    /// Writes the dump to `path` (a file, `-` for standard output, or for Neo4j a directory created if needed);
    /// returns the files written.
    public func write(_ graph: KnowledgeGraph, toPath path: String) throws(ExportError) -> [String] {
        let url = URL(fileURLWithPath: path)
        if format.writesDirectory {
            if path == "-" {
                throw ExportError(message: "neo4j output is two files and cannot go to standard output",
                                  hint: "give a directory, e.g. --output neo4j-import")
            }
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw ExportError(
                    message: "cannot create the directory \(path): \(error.localizedDescription)",
                    hint: "neo4j output is a directory holding nodes.csv and relationships.csv; pick a writable path")
            }
            let nodesURL = url.appendingPathComponent(Neo4jWriter.nodesFile)
            let relationshipsURL = url.appendingPathComponent(Neo4jWriter.relationshipsFile)
            let nodes = try FileOutput(target: nodesURL)
            let relationships = try FileOutput(target: relationshipsURL)
            var nodeStream = nodes
            var relationshipStream = relationships
            Neo4jWriter().write(graph, nodes: &nodeStream, relationships: &relationshipStream)
            try nodes.finish()
            try relationships.finish()
            return [nodesURL.path, relationshipsURL.path]
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ExportError(
                message: "\(path) is a directory, but \(format.rawValue) output is one file",
                hint: "give a file name, e.g. \(path)/graph.\(format.fileExtension ?? format.rawValue)")
        }
        let file = try FileOutput(path: path)
        var stream = file
        write(graph, to: &stream)
        try file.finish()
        return [path == "-" ? "-" : url.path]
    }
}
