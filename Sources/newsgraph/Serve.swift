import ArgumentParser
import KGCore
import KGServer
import KGStore

/// `newsgraph serve`: the graph as web pages and a JSON API, read-only.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the graph as web pages and a JSON API (read-only; bound to localhost by default).")

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on; 0.0.0.0 exposes the server to the network.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8080

    @Option(help: "Seconds a connection may stay idle (or take to send a request's head) before it is closed.")
    var idleTimeout: Int = 30

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
        guard !host.isEmpty else { throw ValidationError("--host must not be empty") }
        guard (1...3_600).contains(idleTimeout) else {
            throw ValidationError("--idle-timeout must be between 1 and 3600 seconds, not \(idleTimeout)")
        }
    }

    func run() async throws {
        let graphStore = try store.openForReading()
        let stats = try graphStore.stats()
        var limits = ServerLimits()
        limits.idleTimeout = .seconds(idleTimeout)
        let server = GraphServer(store: graphStore, limits: limits)
        do {
            try await server.run(host: host, port: port) { url in
                Terminal.write("newsgraph: serving \(stats.entities) entities and \(stats.edges) relations from \(store.location)\n")
                Terminal.write("open \(url)\n")
                Terminal.warn("(Ctrl-C stops the server)")
            }
        } catch where "\(error)".contains("Address already in use") {
            throw PortInUse(host: host, port: port)
        }
    }
}

/// The port `serve` was asked to listen on is taken (the bare socket error named neither port nor remedy).
private struct PortInUse: NewsgraphError {
    var host: String
    var port: Int
    var message: String { "cannot listen on \(host):\(port): the address is already in use" }
    var hint: String? {
        "another program (perhaps another newsgraph serve) listens there; choose another --port, or --port 0 for a free one"
    }
}
