import KGCore
import KGGraph

extension GraphQuery {
    /// The questions the server answers, named as in URLs and CLI subcommands.
    public enum Name: String, Sendable, Hashable, Codable, CaseIterable {
        case neighbors, path, entities, evidence, contested, whole
    }

    /// The one parser from URL query parameters to a `GraphQuery`, shared by the pages and the JSON API.
    ///
    /// Names follow the CLI's options: `entity`, `depth`, `direction`, `relation`, `category`, `polarity`,
    /// `min-evidence`, `from-date`, `to-date`, `include-concepts`, `contested-only`, `limit`; `from`/`to`/`max-length` for
    /// paths; `subject`/`object`/`relation` for evidence; `type`/`search` for entities. Anything malformed or
    /// beyond `limits` throws a `ServerError` naming the parameter.
    public init(_ name: Name, parameters: QueryParameters, limits: ServerLimits = ServerLimits()) throws(ServerError) {
        let filter = try GraphFilter(parameters: parameters)
        let limit = try parameters.integer("limit", default: limits.defaultRows, in: 1...limits.maximumRows)
        switch name {
        case .neighbors:
            let entity = try parameters.required("entity", example: "Russia")
            let depth = try parameters.integer("depth", default: 1, in: 1...limits.maximumDepth)
            let direction = try parameters.choice("direction", as: Direction.self) ?? .both
            self.init(.neighbors(entity: entity, depth: depth, direction: direction), filter: filter, limit: limit)
        case .path:
            let from = try parameters.required("from", example: "Russia")
            let to = try parameters.required("to", example: "Iran")
            let length = try parameters.integer("max-length", default: 3, in: 1...limits.maximumPathLength)
            let paths = try parameters.integer("limit", default: 10, in: 1...GraphQuery.defaultPathLimit)
            self.init(.path(from: from, to: to, maxLength: length), filter: filter, limit: paths)
        case .entities:
            let type = try parameters.choice("type", as: EntityType.self)
            self.init(.entities(type: type, search: parameters.string("search")), filter: filter,
                      limit: try parameters.integer("limit", default: 50, in: 1...limits.maximumRows))
        case .evidence:
            let subject = try parameters.required("subject", example: "United States")
            let object = try parameters.required("object", example: "Russia")
            self.init(.evidence(subject: subject, object: object, relation: parameters.string("relation")),
                      filter: filter, limit: limit)
        case .contested:
            var contested = filter
            contested.contestedOnly = true
            self.init(.contested, filter: contested, limit: limit)
        case .whole:
            self.init(.whole, filter: filter,
                      limit: try parameters.integer("limit", default: 150, in: 1...limits.maximumEdges))
        }
    }
}

extension GraphFilter {
    /// The filter part of a query's parameters (see `GraphQuery.init(_:parameters:limits:)`).
    public init(parameters: QueryParameters) throws(ServerError) {
        self.init()
        relations = Set(parameters.list("relation").map { $0.lowercased() })
        categories = try parameters.choices("category", as: RelationCategory.self)
        polarities = try parameters.choices("polarity", as: Polarity.self)
        minimumEvidence = try parameters.integer("min-evidence", default: 1, in: 1...1_000_000)
        fromDate = try parameters.date("from-date")
        toDate = try parameters.date("to-date")
        if let from = fromDate, let to = toDate, from > to {
            throw ServerError(.badRequest, "from-date \(from) is after to-date \(to)", hint: "swap the two dates")
        }
        includeConcepts = try parameters.flag("include-concepts", default: true)
        contestedOnly = try parameters.flag("contested-only", default: false)
    }
}
