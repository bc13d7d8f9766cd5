import CGraphviz
import Foundation

/// Graphviz's messages for the call in progress; only touched while `GraphvizSession.lock` is held.
///
/// A global because the `agseterrf` callback is a C function pointer and cannot capture anything.
nonisolated(unsafe) private var pendingMessages = ""

/// The process's one libgvc context, and the one lock every Graphviz call goes through.
///
/// Graphviz keeps process-wide state (parser, error level, layout globals, plugin loading), so separate
/// contexts do not make it thread-safe: everything here runs under `lock`, one call at a time.
final class GraphvizSession: @unchecked Sendable {
    static let shared = GraphvizSession()

    private enum State {
        case notStarted
        case ready(OpaquePointer)
        case failed(RenderError)
    }

    private let lock = NSLock()
    /// Guarded by `lock`.
    private var state = State.notStarted

    private init() {}

    /// Runs `body` with the started context while holding the process-wide lock.
    func withContext<T>(_ body: (OpaquePointer) throws(RenderError) -> T) throws(RenderError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let context = try startedContext()
        return try body(context)
    }

    /// Clears the message buffer and cgraph's sticky error count before a Graphviz call.
    /// Caller holds the lock.
    func resetMessages() {
        pendingMessages = ""
        _ = agreseterrors()
    }

    /// The messages Graphviz reported since `resetMessages()`, one per line, "Error: " prefixes dropped.
    /// Caller holds the lock.
    func takeMessages() -> [String] {
        let text = pendingMessages
        pendingMessages = ""
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            var message = line.trimmingCharacters(in: .whitespaces)
            for prefix in ["Error: ", "Warning: "] where message.hasPrefix(prefix) {
                message.removeFirst(prefix.count)
            }
            return message.isEmpty ? nil : message
        }
    }

    /// Parses the first graph in `dot`; on failure returns nil and Graphviz's messages. Caller holds the lock.
    ///
    /// cgraph 2.43 keeps parser state between calls: the line counter, and any text after the first graph
    /// on its last line, which the *next* agmemread would parse as its own input. So reset the counter
    /// first and drain leftovers after (both harmless where Graphviz has fixed this).
    func parse(_ dot: String) -> (graph: UnsafeMutablePointer<Agraph_t>?, messages: [String]) {
        resetMessages()
        agreadline(1)
        let graph = agmemread(dot)
        let messages = takeMessages()
        if graph != nil {
            var drained = 0
            while drained < 10_000, let leftover = agmemread("") {
                agclose(leftover)
                drained += 1
            }
            resetMessages()
        }
        return (graph, messages)
    }

    /// Starts libgvc on first use and checks once that a tiny graph lays out. Caller holds the lock.
    private func startedContext() throws(RenderError) -> OpaquePointer {
        switch state {
        case .ready(let context): return context
        case .failed(let error): throw error
        case .notStarted: break
        }
        _ = agseterrf { text in
            if let text { pendingMessages += String(cString: text) }
            return 0
        }
        ng_report_all_messages()
        resetMessages()
        guard let context = gvContext() else {
            let error = RenderError(
                kind: .graphvizUnavailable, message: "Graphviz could not start (gvContext failed)",
                hint: "check that Graphviz is installed (apt-get install graphviz, brew install graphviz)",
                graphvizMessages: takeMessages())
            state = .failed(error)
            throw error
        }
        if let error = probe(context) {
            state = .failed(error)
            throw error
        }
        state = .ready(context)
        return context
    }

    /// Lays out and renders a two-node graph; a missing plugin configuration shows up here.
    private func probe(_ context: OpaquePointer) -> RenderError? {
        let (parsed, messages) = parse("digraph probe { a -> b }")
        guard let graph = parsed else {
            return RenderError(
                kind: .graphvizUnavailable, message: "Graphviz could not parse a two-node test graph",
                graphvizMessages: messages)
        }
        resetMessages()
        defer { agclose(graph) }
        let laidOut = gvLayout(context, graph, "dot") == 0
        defer { _ = gvFreeLayout(context, graph) }
        var bytes: UnsafeMutablePointer<CChar>?
        var length = 0
        let rendered = laidOut && ng_gvRenderData(context, graph, "svg", &bytes, &length) == 0
        if let bytes { gvFreeRenderData(bytes) }
        guard laidOut, rendered else {
            return RenderError(
                kind: .graphvizUnavailable,
                message: "Graphviz has no working layout plugins (a two-node test graph did not lay out)",
                hint: "run `dot -c` as root to register the plugins, then try again",
                graphvizMessages: takeMessages())
        }
        _ = takeMessages()
        return nil
    }
}
