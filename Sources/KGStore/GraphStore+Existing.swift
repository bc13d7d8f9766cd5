import Foundation

extension GraphStore {
    /// Opens a database that must already exist, read-only, for queries; a missing file is an error that
    /// says how to create one, and nothing is created.
    public static func openExisting(path: String) throws -> GraphStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError(
                .cannotOpen, "no graph database at \(path)",
                hint: "run `newsgraph ingest ARTICLES… --db \(path)` first, or pass --db with the right path", path: path)
        }
        return try GraphStore(path: path, readOnly: true)
    }
}
