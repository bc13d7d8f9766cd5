import ArgumentParser
import KGGraph
import KGStore

/// `newsgraph neighbors`: who an entity is connected to, and how.
struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the relations around an entity (looked up by name or alias, any case).")

    @ArgumentParser.Argument(help: "Entity name or alias, e.g. Russia, Moscow, US.")
    var entity: String

    @Option(help: "How many hops to follow.")
    var depth: Int = 1

    @Option(help: "Follow outgoing, incoming or both kinds of edges.")
    var direction: Direction = .both

    @Option(help: "Show at most this many relations.")
    var limit: Int = 50

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard (1...6).contains(depth) else { throw ValidationError("--depth must be between 1 and 6") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let graphStore = try GraphStore.openExisting(path: store.db)
        let center = try graphStore.resolveEntity(named: entity)
        let graph = try graphStore.neighborhood(of: center.id, depth: depth, direction: direction)
        let edges = graph.edges.values.sorted { ($0.evidenceCount, $1.id) > ($1.evidenceCount, $0.id) }
        Terminal.write("\(center.name) (\(center.type.rawValue)): \(edges.count) relation\(edges.count == 1 ? "" : "s") within \(depth) hop\(depth == 1 ? "" : "s")\n")
        for edge in edges.prefix(limit) {
            let subject = graph.entities[edge.subject]?.name ?? edge.subject
            let object = graph.entities[edge.object]?.name ?? edge.object
            var counts = "\(edge.evidenceCount)×"
            if edge.deniedCount > 0 { counts += ", \(edge.deniedCount) denied" }
            let example = edge.evidence.first.map { Self.clip($0.sentence, 90) } ?? ""
            Terminal.write("  \(subject) —\(edge.relation)→ \(object)  [\(counts)]  \(example)\n")
        }
        if edges.count > limit { Terminal.write("  … \(edges.count - limit) more (raise --limit)\n") }
    }

    static func clip(_ s: String, _ n: Int) -> String {
        let flat = s.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= n ? "\"\(flat)\"" : "\"\(flat.prefix(n - 1))…\""
    }
}

extension Direction: ExpressibleByArgument {}
