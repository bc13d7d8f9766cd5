import ArgumentParser
import Foundation
import KGExport
import KGGraph
import KGStore

/// `newsgraph render`: a relationship diagram, drawn in-process by Graphviz.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the graph (or the network around one entity) as DOT, SVG, PNG or PDF.")

    @Option(help: "Draw only the network around this entity (name or alias).")
    var entity: String?

    @Option(help: "Hops around --entity to include.")
    var depth: Int = 1

    @Option(help: "Without --entity: draw the strongest edges only, at most this many.")
    var maxEdges: Int = 150

    @Option(help: "Output format: dot, svg, png or pdf (default: from the --output extension, else svg).")
    var format: RenderFormat?

    @Option(help: "Layout engine: dot, neato, sfdp or circo.")
    var layout: LayoutEngine = .dot

    @Option(name: .shortAndLong, help: "File to write; - writes to standard output.")
    var output: String

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (1...4).contains(depth) else { throw ValidationError("--depth must be between 1 and 4") }
        guard maxEdges > 0 else { throw ValidationError("--max-edges must be at least 1") }
    }

    var resolvedFormat: RenderFormat {
        if let format { return format }
        return RenderFormat(rawValue: (output as NSString).pathExtension.lowercased()) ?? .svg
    }

    func run() throws {
        let graphStore = try GraphStore.openExisting(path: store.db)
        let graph: KnowledgeGraph
        var title: String
        if let entity {
            let center = try graphStore.resolveEntity(named: entity)
            graph = try graphStore.neighborhood(of: center.id, depth: depth, direction: .both)
            title = "\(center.name): relations within \(depth) hop\(depth == 1 ? "" : "s")"
        } else {
            graph = try graphStore.topEdges(limit: maxEdges)
            title = "newsgraph: the \(graph.edgeCount) strongest relations"
        }
        let documents = Set(graph.edges.values.flatMap { $0.evidence.map(\.documentID) }).count
        title += " (\(documents) article\(documents == 1 ? "" : "s"))"
        let name = entity.map { "newsgraph \($0)" } ?? "newsgraph"
        let options = DOTOptions(graphName: name, title: title)
        let data: Data
        if resolvedFormat == .dot {
            data = Data(DOTWriter(options: options).write(graph).utf8)
        } else {
            data = try GraphvizRenderer().render(graph, options: options, format: resolvedFormat, engine: layout)
        }
        if output == "-" {
            FileHandle.standardOutput.write(data)
        } else {
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw ValidationError("cannot write \(output): \(error.localizedDescription)")
            }
            Terminal.warn("wrote \(output) (\(resolvedFormat.rawValue), \(graph.entityCount) nodes, \(graph.edgeCount) edges)")
        }
    }
}

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
