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
            Readable by default: actor-to-actor relations only (--show-concepts adds concepts), role and
            membership edges folded into names ("Sergey Lavrov / foreign minister, Russia"; --show-roles draws
            them), and the \(DiagramSelection.Options.defaultEdges) strongest edges on at most \(DiagramSelection.Options.defaultNodes) nodes, spread over categories and
            neighbours (--limit, --max-nodes); the subtitle says what was left out. Pictures are scaled to fit
            \(DOTOptions.screenPixels) × \(DOTOptions.screenPixels) pixels; --all draws everything at full size. Layout: dot (left to right) for
            graphs up to \(LayoutEngine.readableNodes) nodes and \(LayoutEngine.readableEdges) edges, sfdp beyond;
            graphs too large for the engine are refused before layout, with filters to try.
            """)

    @OptionGroup var selection: GraphSelectionOptions

    @Option(name: .customLong("max-edges"), help: .hidden)
    var maxEdges: Int?

    @Option(help: "Draw at most this many nodes (default \(DiagramSelection.Options.defaultNodes)).")
    var maxNodes: Int?

    @Flag(help: "Draw every selected edge at full size: no edge, node or canvas cap.")
    var all = false

    @Flag(help: "Draw edges to concepts (non-actor objects) too.")
    var showConcepts = false

    @Flag(help: "Draw role and membership edges as edges instead of folding them into names.")
    var showRoles = false

    @Flag(help: "Group people and bodies in a box of their country or organisation.")
    var clusters = false

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

    /// Edges read from the whole graph with --all and no --limit.
    static let defaultLimit = 150
    /// How many more of the strongest edges than it draws a whole-graph diagram chooses from.
    static let candidateFactor = 10

    /// How a reader of a rendered picture brings back what it left out.
    static let switches = DiagramSelection.Switches(
        more: "--limit N or --all", concepts: "--show-concepts", roles: "--show-roles")

    func validate() throws {
        if let maxEdges, maxEdges < 1 { throw ValidationError("--max-edges must be at least 1") }
        if let maxNodes, maxNodes < 2 { throw ValidationError("--max-nodes must be at least 2, not \(maxNodes)") }
        guard exampleLength >= 0 else { throw ValidationError("--example-length must be 0 or more, not \(exampleLength)") }
    }

    var resolvedFormat: RenderFormat {
        if let format { return format }
        return RenderFormat(rawValue: (output as NSString).pathExtension.lowercased()) ?? .svg
    }

    /// The edge budget: --limit (or the hidden --max-edges), else the readable default.
    var edgeBudget: Int { selection.limit ?? maxEdges ?? DiagramSelection.Options.defaultEdges }

    /// The query behind the picture: every edge around an entity (the selection picks), the paths asked for,
    /// or a pool of the whole graph's strongest edges to pick from.
    var query: GraphQuery {
        var query = selection.graphQuery(defaultLimit: nil)
        if selection.pathFrom != nil { return query }
        if selection.entity != nil {
            query.limit = nil
        } else {
            query.limit = all ? (selection.limit ?? maxEdges ?? Self.defaultLimit) : edgeBudget * Self.candidateFactor
        }
        return query
    }

    /// A drawn picture and what it shows.
    struct Drawing {
        var data: Data
        var graph: KnowledgeGraph
        var engine: LayoutEngine
        var query: String
        var articles: Int
        var notes: [String]
    }

    /// Selects, lays out and renders the picture the options ask for.
    func draw(from graphStore: any GraphSource) throws -> Drawing {
        let drawsPaths = selection.pathFrom != nil
        let selected = try selection.select(from: graphStore, query: query, describesCut: drawsPaths)
        var graph = selected.graph
        var options = DOTOptions(
            graphName: "newsgraph " + selected.query, title: selected.query, showsLegend: !noLegend,
            focusEntityIDs: selected.focus, exampleSentenceLength: exampleLength)
        if !drawsPaths {
            let picked = DiagramSelection.select(
                from: graph,
                options: .init(maximumEdges: edgeBudget, maximumNodes: maxNodes ?? DiagramSelection.Options.defaultNodes,
                               drawsEverything: all, drawsConcepts: showConcepts, drawsRoles: showRoles,
                               focus: selected.focus),
                totalEdges: selected.totalCount)
            graph = picked.graph
            options = options.drawing(picked, switches: Self.switches, clusters: clusters)
        }
        if all { options.maximumCanvasPixels = nil }
        let engine = layout ?? LayoutEngine.suggested(nodes: graph.entityCount, edges: graph.edgeCount)
        let articles = Set(graph.edges.values.flatMap { $0.evidence.map(\.documentID) }).count
        options.subtitle = "\(articles) article\(articles == 1 ? "" : "s") · \(graph.entityCount) entities · "
            + "\(graph.edgeCount) relation\(graph.edgeCount == 1 ? "" : "s")"
        // Force-directed layouts put labels on top of edges; beyond a hundred edges they are clutter.
        options.showsEdgeLabels = engine == .dot || graph.edgeCount <= 100
        do {
            let data = try GraphvizRenderer().render(graph, options: options, format: resolvedFormat, engine: engine)
            return Drawing(data: data, graph: graph, engine: engine, query: selected.query, articles: articles,
                           notes: options.notes)
        } catch {
            throw Self.suggestingFilters(error, engine: engine)
        }
    }

    func run() throws {
        OutputFile.prepareProcess()
        let drawing = try draw(from: try store.openForReading())
        let (data, graph, engine, articles) = (drawing.data, drawing.graph, drawing.engine, drawing.articles)
        // Not a ValidationError: a failed write is no usage mistake (exit 1 with the reason, not 64 and usage).
        try OutputFile.write(data, toPath: output)
        if output != "-" {
            var message = "wrote \(output) (\(resolvedFormat.rawValue), \(engine.rawValue) layout, \(drawing.query): "
                + "\(graph.entityCount) nodes, \(graph.edgeCount) edges, \(articles) article\(articles == 1 ? "" : "s"))"
            if !drawing.notes.isEmpty { message += "\n" + drawing.notes.joined(separator: "\n") }
            Terminal.warn(message)
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
