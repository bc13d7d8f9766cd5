import Foundation
import Hummingbird
import KGGraph
import KGStore

/// `newsgraph serve`: HTML pages and a JSON API over a read-only graph store, on Hummingbird.
///
/// Every route parses its URL into a `GraphQuery` (`GraphQuery.init(_:parameters:limits:)`), answers it through
/// `GraphService`, and draws through `DiagramRenderer`, whose Graphviz work runs on its own `RenderQueue`.
public struct GraphServer: Sendable {
    /// The queries the routes answer.
    public let service: GraphService
    /// The caps every route respects.
    public var limits: ServerLimits { service.limits }
    /// Where Graphviz work runs.
    public let renderQueue: RenderQueue
    let diagrams: DiagramRenderer

    /// A server over `store` (open it read-only: `GraphStore.openExisting(path:)`, or a PostgreSQL store); every
    /// page and route, changes and timelines included, answers alike from either.
    public init(store: any GraphSource, limits: ServerLimits = ServerLimits(), renderQueue: RenderQueue? = nil) {
        service = GraphService(store: store, limits: limits)
        let queue = renderQueue ?? RenderQueue(timeout: limits.renderTimeout, maximumPending: limits.maximumPendingRenders)
        self.renderQueue = queue
        diagrams = DiagramRenderer(queue: queue, limits: limits)
    }

    /// Every route (pages, the JSON API, the static stylesheet and script), HEAD answered as GET and other
    /// methods refused with 405.
    public func router() -> MethodGuard {
        MethodGuard(router: routes())
    }

    /// The GET routes.
    func routes() -> Router<BasicRequestContext> {
        let router = Router()
        addPageRoutes(to: router)
        addAPIRoutes(to: router)
        router.get("/static/newsgraph.css") { _, _ in
            Self.response(.ok, contentType: "text/css; charset=utf-8", body: StaticAssets.css, cacheable: true)
        }
        router.get("/static/newsgraph.js") { _, _ in
            Self.response(.ok, contentType: "text/javascript; charset=utf-8", body: StaticAssets.javaScript,
                          cacheable: true)
        }
        return router
    }

    /// Serves until the process gets SIGINT or SIGTERM; `onReady` gets the URL to open once the port is bound.
    public func run(host: String, port: Int, onReady: @escaping @Sendable (String) -> Void) async throws {
        let app = Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(limits.idleTimeout.components.seconds)))),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "newsgraph"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                let shownHost = host.contains(":") ? "[\(host)]" : host
                onReady("http://\(shownHost):\(bound)/")
            })
        try await app.runService()
    }

    // MARK: - Responses

    /// Headers every answer carries: no scripts but our own, no sniffing, no framing.
    static func response(_ status: HTTPResponse.Status, contentType: String, body: String, cacheable: Bool = false)
        -> Response
    {
        var headers: HTTPFields = [:]
        headers[.contentType] = contentType
        headers[.contentSecurityPolicy] = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers[.xContentTypeOptions] = "nosniff"
        headers[.cacheControl] = cacheable ? "public, max-age=3600" : "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func status(_ error: ServerError) -> HTTPResponse.Status {
        HTTPResponse.Status(code: error.statusCode)
    }

    /// Runs a page handler; a `ServerError` becomes an HTML page with its status, anything else a 500 page.
    static func page(_ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch let error as ServerError {
            return retryingLater(response(status(error), contentType: "text/html; charset=utf-8",
                                          body: PageLayout.errorPage(error)), error)
        } catch {
            let failure = ServerError(.internalError, "the server failed: \(error)")
            return response(.internalServerError, contentType: "text/html; charset=utf-8",
                            body: PageLayout.errorPage(failure))
        }
    }

    /// Runs an API handler; errors become `{"error": …, "hint": …, "status": …}` with their status.
    static func api(_ body: () async throws -> Response) async -> Response {
        do {
            return try await body()
        } catch let error as ServerError {
            return retryingLater(json(APIModels.Failure(error: error.message, hint: error.hint, status: error.statusCode),
                                      status: status(error)), error)
        } catch {
            return json(APIModels.Failure(error: "the server failed: \(error)", hint: nil, status: 500),
                        status: .internalServerError)
        }
    }

    /// A 503 says when to come back (`Retry-After`), so clients back off instead of hammering.
    static func retryingLater(_ response: Response, _ error: ServerError) -> Response {
        guard error.kind == .unavailable else { return response }
        var response = response
        response.headers[.retryAfter] = "1"
        return response
    }

    /// `value` as JSON with sorted keys; `convertingKeysToSnakeCase` for library types whose Swift names differ
    /// from the snake_case keys the CLI writes.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, convertingKeysToSnakeCase: Bool = false)
        -> Response
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if convertingKeysToSnakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        let text = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
            ?? #"{"error":"the answer could not be encoded as JSON","status":500}"#
        return response(status, contentType: "application/json; charset=utf-8", body: text)
    }

    /// The request's query parameters, refusing overlong or malformed query strings.
    func parameters(_ request: Request) throws(ServerError) -> QueryParameters {
        try QueryParameters(query: request.uri.query, maximumLength: limits.maximumQueryLength)
    }
}
