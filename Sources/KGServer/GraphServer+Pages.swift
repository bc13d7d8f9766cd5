import Foundation
import Hummingbird
import KGGraph

extension GraphServer {
    /// `/`, `/search`, `/entity/{name}`, `/evidence`, `/path`, `/contested`.
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        let html = "text/html; charset=utf-8"
        router.get("/") { request, _ in
            await Self.page {
                _ = try parameters(request)
                let top = try service.entities(GraphQuery(.entities(type: nil, search: nil), limit: 80))
                let changes = try service.changes()
                return Self.response(.ok, contentType: html,
                                     body: HomePage.html(stats: try service.stats(), top: top, changes: changes))
            }
        }
        router.get("/search") { request, _ in
            await Self.page {
                let parameters = try parameters(request)
                let text = try parameters.required("q", example: "Russia")
                do {
                    let entity = try service.resolve(text)
                    var headers: HTTPFields = [:]
                    headers[.location] = HTML.entityURL(entity.name)
                    return Response(status: .seeOther, headers: headers)
                } catch let error as ServerError where error.kind == .notFound {
                    let matches = try service.entities(GraphQuery(.entities(type: nil, search: text), limit: 50))
                    return Self.response(.notFound, contentType: html, body: HomePage.matches(text, matches, error: error))
                }
            }
        }
        router.get("/entity/:name") { request, context in
            await Self.page {
                let name = try Self.pathName(context.parameters.get("name"))
                let parameters = try parameters(request)
                var query = try GraphQuery(.neighbors, parameters: parameters.replacing("entity", with: name), limits: limits)
                let rows = query.limit ?? limits.defaultRows
                // The diagram picks from more edges than the table lists, so actors are not crowded out by concepts.
                query.limit = max(rows, Self.diagramPool)
                let answer = try service.neighbors(query)
                let maximumDrawn = try parameters.integer("max-edges", default: limits.defaultDrawnEdges,
                                                          in: 1...limits.maximumDrawnEdges)
                let choices = DiagramRenderer.Choices(
                    drawsConcepts: try parameters.flag("concepts", default: false),
                    drawsRoles: try parameters.flag("roles", default: false),
                    clusters: try parameters.flag("clusters", default: false))
                let diagram: Result<DiagramRenderer.Diagram, ServerError>
                do {
                    diagram = .success(try await diagrams.svg(
                        for: answer.graph, name: "newsgraph \(answer.center.name)", title: nil,
                        keeping: [answer.center.id], maximumEdges: maximumDrawn, choices: choices,
                        totalEdges: answer.totalEdges))
                } catch let error as ServerError {
                    diagram = .failure(error)
                }
                let timeline = try timelineSection(answer: answer, query: query, parameters: parameters)
                let status: HTTPResponse.Status = if case .failure(let error) = diagram { Self.status(error) } else { .ok }
                let body = EntityPage.html(answer: answer, parameters: parameters, diagram: diagram, limits: limits,
                                           rows: rows, timeline: timeline)
                return Self.response(status, contentType: html, body: body)
            }
        }
        router.get("/evidence") { request, _ in
            await Self.page {
                let query = try GraphQuery(.evidence, parameters: parameters(request), limits: limits)
                let answer = try service.evidence(query)
                return Self.response(.ok, contentType: html, body: EvidencePage.html(answer: answer, rows: limits.maximumRows))
            }
        }
        router.get("/path") { request, _ in
            await Self.page {
                let parameters = try parameters(request)
                guard parameters.string("from") != nil || parameters.string("to") != nil else {
                    return Self.response(.ok, contentType: html, body: PathPage.emptyForm(limits: limits))
                }
                let answer = try service.path(GraphQuery(.path, parameters: parameters, limits: limits))
                var diagram: Result<DiagramRenderer.Diagram, ServerError>?
                if !answer.paths.isEmpty {
                    do {
                        diagram = .success(try await diagrams.svg(
                            for: answer.graph, name: "newsgraph path", title: nil,
                            keeping: [answer.from.id, answer.to.id]))
                    } catch let error as ServerError {
                        diagram = .failure(error)
                    }
                }
                let status: HTTPResponse.Status = if case .failure(let error) = diagram { Self.status(error) } else { .ok }
                return Self.response(status, contentType: html,
                                     body: PathPage.html(answer: answer, diagram: diagram, limits: limits))
            }
        }
        router.get("/contested") { request, _ in
            await Self.page {
                let graph = try service.contested(GraphQuery(.contested, parameters: parameters(request), limits: limits))
                return Self.response(.ok, contentType: html, body: ContestedPage.html(graph: graph))
            }
        }
    }

    /// Edges an entity page reads for its diagram to choose from.
    static let diagramPool = 400

    /// The entity page's timeline section: the centre's timeline with the page's filters, and the pair's when
    /// the reader chose a neighbour (`with`); a bad neighbour name shows as a notice, not an error page.
    func timelineSection(answer: NeighborsAnswer, query: GraphQuery, parameters: QueryParameters) throws(ServerError)
        -> String
    {
        let period = try parameters.choice("by", as: TimelinePeriod.self) ?? .week
        var direction = Direction.both
        if case .neighbors(_, _, let chosen) = query.kind { direction = chosen }
        let timeline = try service.timeline(of: answer.center.name, direction: direction, filter: query.filter, by: period)
        var pair: Result<TimelineResult, ServerError>?
        if let other = parameters.string("with") {
            do {
                pair = .success(try service.timeline(of: answer.center.name, with: other, filter: query.filter, by: period))
            } catch {
                pair = .failure(error)
            }
        }
        return TimelineSection.html(center: answer.center, timeline: timeline, pair: pair,
                                    neighbours: TimelineSection.neighbours(of: answer.center, in: answer.graph),
                                    parameters: parameters)
    }

    /// The `{name}` path segment percent-decoded; the router hands it over raw.
    static func pathName(_ raw: String?) throws(ServerError) -> String {
        guard let raw, let decoded = raw.removingPercentEncoding,
              !decoded.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            throw ServerError(.badRequest, "the entity name in the URL is empty or badly percent-encoded",
                              hint: "link to /entity/ followed by the percent-encoded name, e.g. /entity/United%20States")
        }
        return decoded
    }
}

extension QueryParameters {
    /// These parameters with every `name` replaced by one pair `name=value` (the path's entity wins over the query).
    func replacing(_ name: String, with value: String) -> QueryParameters {
        QueryParameters(pairs.filter { $0.name != name }.map { ($0.name, $0.value) } + [(name, value)])
    }
}
