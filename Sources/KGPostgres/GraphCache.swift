import Foundation
import KGGraph

/// The whole graph as last read, with the store revision it was read at, so `loadGraph()` (checks and tests
/// that compare a store's contents) is answered in memory until an ingest commits (each commit bumps the
/// revision). Queries (`answer(_:)`), timelines and change reports never fill it.
final class GraphCache: @unchecked Sendable {
    private let lock = NSLock()
    private var revision: String?
    private var graph = KnowledgeGraph()

    /// The cached graph when it was read at `revision`.
    func graph(at revision: String) -> KnowledgeGraph? {
        lock.lock()
        defer { lock.unlock() }
        return self.revision == revision ? graph : nil
    }

    /// Whether no whole graph was read since the store was opened.
    var isEmpty: Bool {
        lock.lock()
        defer { lock.unlock() }
        return revision == nil
    }

    /// Remembers `graph` as read at `revision`.
    func store(_ graph: KnowledgeGraph, at revision: String) {
        lock.lock()
        defer { lock.unlock() }
        self.revision = revision
        self.graph = graph
    }
}
