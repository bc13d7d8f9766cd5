import Foundation
import Hummingbird
import KGExport
import KGGraph

extension GraphServer {
    /// `/api/entities`, `/api/neighbors`, `/api/path`, `/api/evidence`, `/api/contested`, `/api/timeline`,
    /// `/api/changes`, `/api/export`.
    func addAPIRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/entities") { request, _ in
            await Self.api {
                let query = try GraphQuery(.entities, parameters: parameters(request), limits: limits)
                return Self.json(APIModels.Entities(entities: try service.entities(query)))
            }
        }
        router.get("/api/neighbors") { request, _ in
            await Self.api {
                let query = try GraphQuery(.neighbors, parameters: parameters(request), limits: limits)
                let answer = try service.neighbors(query)
                let edges = RelationTable.ranked(answer.graph).prefix(query.limit ?? limits.defaultRows)
                return Self.json(APIModels.Neighbors(
                    center: APIModels.EntityRef(answer.center), depth: answer.depth, total_edges: answer.totalEdges,
                    edges: edges.map { EdgeRecord(EdgeRow($0, in: answer.graph), withHop: false) }))
            }
        }
        router.get("/api/path") { request, _ in
            await Self.api {
                let answer = try service.path(GraphQuery(.path, parameters: parameters(request), limits: limits))
                let paths = answer.paths.map { path in
                    path.hops.map { hop in
                        hop.compactMap { answer.graph.edges[$0] }.map { EdgeRecord(EdgeRow($0, in: answer.graph), withHop: false, evidence: $0.evidence) }
                    }
                }
                return Self.json(APIModels.Paths(from: APIModels.EntityRef(answer.from), to: APIModels.EntityRef(answer.to),
                                                 paths: paths))
            }
        }
        router.get("/api/evidence") { request, _ in
            await Self.api {
                let answer = try service.evidence(GraphQuery(.evidence, parameters: parameters(request), limits: limits))
                return Self.json(APIModels.EvidenceAnswer(
                    subject: APIModels.EntityRef(answer.subject), object: APIModels.EntityRef(answer.object),
                    relation: answer.relation,
                    edges: RelationTable.ranked(answer.graph).map { EdgeRecord(EdgeRow($0, in: answer.graph), withHop: false, evidence: $0.evidence) }))
            }
        }
        router.get("/api/contested") { request, _ in
            await Self.api {
                let graph = try service.contested(GraphQuery(.contested, parameters: parameters(request), limits: limits))
                return Self.json(RelationTable.ranked(graph).map { EdgeRecord(EdgeRow($0, in: graph), withHop: false) })
            }
        }
        router.get("/api/timeline") { request, _ in
            await Self.api {
                let parameters = try parameters(request)
                let entity = try parameters.required("entity", example: "Russia")
                let period = try parameters.choice("by", as: TimelinePeriod.self) ?? .week
                let direction = try parameters.choice("direction", as: Direction.self) ?? .both
                let result = try service.timeline(of: entity, with: parameters.string("with"), direction: direction,
                                                  filter: try GraphFilter(parameters: parameters), by: period)
                return Self.json(APIModels.TimelineAnswer(result))
            }
        }
        router.get("/api/changes") { request, _ in
            await Self.api {
                let parameters = try parameters(request)
                let since = try parameters.date("since")
                let until = try parameters.date("until")
                let days = try parameters.integer("days", default: 7, in: 1...3_660)
                let limit = try parameters.integer("limit", default: 10, in: 1...limits.maximumRows)
                guard let report = try service.changes(since: since, until: until, days: days, limit: limit) else {
                    throw ServerError(.notFound, "no article in the store is dated, so there are no last days to report",
                                      hint: "add since=YYYY-MM-DD to the URL")
                }
                // The CLI's `changes --format jsonl` object, key for key.
                return Self.json(report, convertingKeysToSnakeCase: true)
            }
        }
        router.get("/api/export") { request, _ in
            await Self.api { try await export(request) }
        }
    }

    /// A query's subgraph as a dump (`format=tsv|csv|jsonl|ntriples|turtle|graphml|neo4j|dot|svg`): around `entity`, between `from` and `to`,
    /// the contested edges (`contested-only=true`), or the strongest edges of the whole graph, with every sentence
    /// behind each edge (as `newsgraph export` writes them), not the one example the other routes show.
    private func export(_ request: Request) async throws -> Response {
        let parameters = try parameters(request)
        // A dump is not a table to read: `limit` reaches the edge cap, not the table's row cap.
        var limits = limits
        limits.maximumRows = max(limits.maximumRows, limits.maximumEdges)
        let formatName = parameters.string("format")?.lowercased() ?? "jsonl"
        let graph: KnowledgeGraph
        let name: String
        func query(_ name: GraphQuery.Name) throws -> GraphQuery {
            var query = try GraphQuery(name, parameters: parameters, limits: limits)
            query.evidence = .all
            return query
        }
        if parameters.string("entity") != nil {
            let answer = try service.neighbors(query(.neighbors))
            (graph, name) = (answer.graph, "newsgraph \(answer.center.name)")
        } else if parameters.string("from") != nil || parameters.string("to") != nil {
            let answer = try service.path(query(.path))
            (graph, name) = (answer.graph, "newsgraph path")
        } else if try parameters.flag("contested-only", default: false) {
            graph = try service.contested(query(.contested))
            name = "newsgraph contested"
        } else {
            graph = try service.whole(query(.whole))
            name = "newsgraph"
        }
        if let format = ExportFormat(rawValue: formatName) {
            return Self.response(.ok, contentType: format.mediaType + "; charset=utf-8",
                                 body: GraphExporter(format: format).write(graph))
        }
        switch formatName {
        case "dot":
            return Self.response(.ok, contentType: "text/vnd.graphviz; charset=utf-8",
                                 body: DOTWriter(options: DiagramRenderer.options(name: name, title: nil)).write(graph))
        case "svg":
            guard graph.edgeCount <= limits.maximumDrawnEdges, graph.entityCount <= limits.maximumDrawnNodes else {
                throw ServerError(.tooLarge, "the subgraph has \(graph.entityCount) nodes and \(graph.edgeCount) edges; "
                                  + "at most \(limits.maximumDrawnNodes) nodes and \(limits.maximumDrawnEdges) edges are drawn",
                                  hint: "lower limit or depth, raise min-evidence, or export as dot and lay it out yourself")
            }
            let diagram = try await diagrams.svg(for: graph, name: name, title: nil)
            return Self.response(.ok, contentType: "image/svg+xml", body: diagram.svg)
        default:
            let choices = ExportFormat.allCases.map(\.rawValue) + ["dot", "svg"]
            throw ServerError(.badRequest, "the parameter 'format' cannot be '\(QueryParameters.clipped(formatName))'",
                              hint: "use one of: \(choices.joined(separator: ", "))")
        }
    }
}
