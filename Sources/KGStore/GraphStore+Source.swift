import KGGraph

/// The SQLite store is one of the backends the shells read from and ingest into.
extension GraphStore: GraphSink {
    /// The database file, or "in memory".
    public var location: String { path ?? "in memory" }
}
