import ArgumentParser
import Foundation
import KGExport
import KGGraph
import KGStore

/// `newsgraph render`: a relationship diagram, drawn in-process by Graphviz.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the graph (or the network around one entity) as DOT, SVG, PNG or PDF.",
        discussion: """
            Without --entity, draws the strongest --limit edges (default 150). Layout: dot (left to right) for
            graphs up to \(LayoutEngine.readableNodes) nodes and \(LayoutEngine.readableEdges) edges, sfdp beyond;
            graphs too large for the engine are refused before layout, with filters to try.
            """)

    @OptionGroup var selection: GraphSelectionOptions

    @Option(name: .customLong("max-edges"), help: .hidden)
    var maxEdges: Int?

    @Option(help: "Output format: dot, svg, png or pdf (default: from the --output extension, else svg).")
    var format: RenderFormat?

    @Option(help: "Layout engine: dot, neato, sfdp or circo (default: dot for small graphs, sfdp for large).")
    var layout: LayoutEngine?

    @Option(help: "Longest example sentence quoted in tooltips, in characters; 0 quotes none.")
    var exampleLength: Int = 160

    @Flag(help: "Leave out the legend under the title.")
    var noLegend = false

    @Option(name: .shortAndLong, help: "File to write; - writes to standard output.")
    var output: String

    @OptionGroup var store: StoreOptions

    /// Edges drawn without --entity when --limit is not given.
    static let defaultLimit = 150

    func validate() throws {
        if let maxEdges, maxEdges < 1 { throw ValidationError("--max-edges must be at least 1") }
        guard exampleLength >= 0 else { throw ValidationError("--example-length must be 0 or more, not \(exampleLength)") }
    }

    var resolvedFormat: RenderFormat {
        if let format { return format }
        return RenderFormat(rawValue: (output as NSString).pathExtension.lowercased()) ?? .svg
    }

    func run() throws {
        OutputFile.prepareProcess()
        let graphStore = try GraphStore.openExisting(path: store.db)
        let drawsWholeGraph = selection.entity == nil && selection.pathFrom == nil
        let defaultLimit = drawsWholeGraph ? (maxEdges ?? Self.defaultLimit) : maxEdges
        let selected = try selection.select(from: graphStore, defaultLimit: defaultLimit)
        let graph = selected.graph
        let engine = layout ?? LayoutEngine.suggested(nodes: graph.entityCount, edges: graph.edgeCount)
        let articles = selected.articleCount
        let options = DOTOptions(
            graphName: "newsgraph " + selected.query,
            title: selected.query,
            subtitle: "\(articles) article\(articles == 1 ? "" : "s") · \(graph.entityCount) entities · "
                + "\(graph.edgeCount) relation\(graph.edgeCount == 1 ? "" : "s")",
            // Force-directed layouts put labels on top of edges; beyond a hundred edges they are clutter.
            showsEdgeLabels: engine == .dot || graph.edgeCount <= 100,
            showsLegend: !noLegend,
            focusEntityIDs: selected.focus,
            exampleSentenceLength: exampleLength)
        let data: Data
        do {
            data = try GraphvizRenderer().render(graph, options: options, format: resolvedFormat, engine: engine)
        } catch {
            throw Self.suggestingFilters(error, engine: engine)
        }
        // Not a ValidationError: a failed write is no usage mistake (exit 1 with the reason, not 64 and usage).
        try OutputFile.write(data, toPath: output)
        if output != "-" {
            Terminal.warn("wrote \(output) (\(resolvedFormat.rawValue), \(engine.rawValue) layout, \(selected.query): "
                + "\(graph.entityCount) nodes, \(graph.edgeCount) edges, \(articles) article\(articles == 1 ? "" : "s"))")
        }
    }

    /// A too-large graph's error, with the options that shrink it as the hint.
    static func suggestingFilters(_ error: RenderError, engine: LayoutEngine) -> RenderError {
        guard error.kind == .graphTooLarge else { return error }
        var changed = error
        changed.hint = "narrow it down with --min-evidence 2 (or more), --depth 1, --limit 100 or --no-include-concepts"
            + (engine == .sfdp ? "" : ", or lay it out with --layout sfdp")
        return changed
    }
}

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
