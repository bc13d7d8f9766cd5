import Hummingbird

/// Wraps the router so HTTP methods are answered as HTTP says: HEAD on any route is its GET without a body
/// (200, not 404), and any other method is 405 with `Allow: GET, HEAD`, since every route only reads.
public struct MethodGuard: HTTPResponderBuilder {
    let router: Router<BasicRequestContext>

    /// Guards the routes of `router`.
    public init(router: Router<BasicRequestContext>) {
        self.router = router
    }

    /// The router's responder behind the method checks.
    public func buildResponder() -> Responder {
        Responder(inner: router.buildResponder())
    }

    /// The responder `buildResponder()` makes.
    public struct Responder: HTTPResponder {
        let inner: any HTTPResponder<BasicRequestContext>

        /// Answers HEAD as GET without its body, other non-GET methods with 405.
        public func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
            switch request.method {
            case .get:
                return try await inner.respond(to: request, context: context)
            case .head:
                var head = request.head
                head.method = .get
                var response = try await inner.respond(to: Request(head: head, body: request.body), context: context)
                response.body = ResponseBody()
                return response
            default:
                var response = GraphServer.json(
                    APIModels.Failure(error: "the method \(request.method.rawValue) is not allowed here",
                                      hint: "every newsgraph route answers GET (and HEAD) only", status: 405),
                    status: .methodNotAllowed)
                response.headers[.allow] = "GET, HEAD"
                return response
            }
        }
    }
}
